package dev.aorhub.workspace.application;

import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.domain.PasswordPolicy;
import dev.aorhub.workspace.domain.UserAccount;
import dev.aorhub.workspace.domain.UserAccountRepository;
import dev.aorhub.workspace.domain.UserProfile;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every user may change about themselves: their display name and their password
 * (which takes the current one, so an unattended session cannot lock its owner out).
 */
@Service
public class OwnAccount {

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	OwnAccount(UserAccountRepository users, PasswordEncoder passwordEncoder) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
	}

	@Transactional
	public UserAccount rename(CurrentUser user, String name) {
		UserAccount account = load(user);
		var profile = new UserProfile(account.getEmail(), name, account.getRoles(), account.getClientId());
		profile.problems().stream().filter((problem) -> problem.field().equals("name")).findFirst().ifPresent((p) -> {
			throw new InvalidInputException(p.field(), p.message());
		});
		account.rename(profile);
		return this.users.saveAndFlush(account);
	}

	@Transactional
	public void changePassword(CurrentUser user, String currentPassword, String newPassword) {
		UserAccount account = load(user);
		var problems = new InvalidInputException.Collector();
		problems.check(
				currentPassword != null && this.passwordEncoder.matches(currentPassword, account.getPasswordHash()),
				"currentPassword", "is not your current password");
		PasswordPolicy.violation(newPassword, account.getEmail())
			.ifPresent((reason) -> problems.add("newPassword", reason));
		problems.throwIfAny();
		account.changeOwnPassword(this.passwordEncoder.encode(newPassword));
		this.users.saveAndFlush(account);
	}

	private UserAccount load(CurrentUser user) {
		return this.users.findByWorkspaceIdAndId(user.workspaceId(), user.userId())
			.orElseThrow(() -> new NotFoundException("User", user.userId()));
	}

}
