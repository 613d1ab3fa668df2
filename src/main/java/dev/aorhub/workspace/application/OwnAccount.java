package dev.aorhub.workspace.application;

import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.TooManyAttemptsException;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.domain.PasswordPolicy;
import dev.aorhub.workspace.domain.UserAccount;
import dev.aorhub.workspace.domain.UserAccountRepository;
import dev.aorhub.workspace.domain.UserProfile;
import dev.aorhub.workspace.security.LoginThrottle;
import dev.aorhub.workspace.security.SignIns;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every user may change about themselves: their display name and their password
 * (which takes the current one, so an unattended session cannot lock its owner out; wrong
 * current passwords are throttled like sign-ins). A new password ends the user's other
 * sessions, remember-me logins and API tokens.
 */
@Service
public class OwnAccount {

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final LoginThrottle throttle;

	private final SignIns signIns;

	OwnAccount(UserAccountRepository users, PasswordEncoder passwordEncoder, LoginThrottle throttle, SignIns signIns) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
		this.signIns = signIns;
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
		this.throttle.passwordChangeLockedFor(user.userId()).ifPresent((remaining) -> {
			throw new TooManyAttemptsException(
					"Too many wrong current passwords; " + LoginThrottle.tryAgainIn(remaining) + ".", remaining);
		});
		boolean currentIsRight = currentPassword != null
				&& this.passwordEncoder.matches(currentPassword, account.getPasswordHash());
		if (!currentIsRight) {
			this.throttle.passwordChangeFailed(user.userId());
		}
		var problems = new InvalidInputException.Collector();
		problems.check(currentIsRight, "currentPassword", "is not your current password");
		PasswordPolicy.violation(newPassword, account.getEmail(), account.getName())
			.ifPresent((reason) -> problems.add("newPassword", reason));
		problems.throwIfAny();
		this.throttle.passwordChangeSucceeded(user.userId());
		account.changeOwnPassword(this.passwordEncoder.encode(newPassword));
		this.users.saveAndFlush(account);
		this.signIns.endOtherSignIns(account);
	}

	private UserAccount load(CurrentUser user) {
		return this.users.findByWorkspaceIdAndId(user.workspaceId(), user.userId())
			.orElseThrow(() -> new NotFoundException("User", user.userId()));
	}

}
