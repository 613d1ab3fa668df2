package dev.aorhub.workspace.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.StaleVersionException;
import dev.aorhub.workspace.AdminOnly;
import dev.aorhub.workspace.ClientDirectory;
import dev.aorhub.workspace.ClientDirectory.ClientChoice;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.domain.LoginIdentities;
import dev.aorhub.workspace.domain.PasswordPolicy;
import dev.aorhub.workspace.domain.UserAccount;
import dev.aorhub.workspace.domain.UserAccountRepository;
import dev.aorhub.workspace.domain.UserProfile;
import dev.aorhub.workspace.security.SignIns;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin's work on the users of their workspace: create, edit, deactivate, reset a
 * password (which ends all of that user's sessions, remember-me logins and API tokens). A
 * workspace always keeps at least one active admin.
 */
@Service
public class UserAdministration {

	private static final String ENTITY = "User";

	private final UserAccountRepository users;

	private final LoginIdentities logins;

	private final PasswordEncoder passwordEncoder;

	private final ObjectProvider<ClientDirectory> clients;

	private final SignIns signIns;

	UserAdministration(UserAccountRepository users, LoginIdentities logins, PasswordEncoder passwordEncoder,
			ObjectProvider<ClientDirectory> clients, SignIns signIns) {
		this.users = users;
		this.logins = logins;
		this.passwordEncoder = passwordEncoder;
		this.clients = clients;
		this.signIns = signIns;
	}

	@Transactional(readOnly = true)
	public UserAccount get(CurrentUser viewer, UUID id) {
		return this.users.findByWorkspaceIdAndId(viewer.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	@AdminOnly
	@Transactional
	public UserAccount create(CurrentUser admin, UserProfile profile, String password) {
		var problems = validate(admin, profile);
		PasswordPolicy.violation(password, profile.email(), profile.name())
			.ifPresent((reason) -> problems.add("password", reason));
		if (problems.isEmpty() && this.logins.isTaken(profile.normalisedEmail())) {
			problems.add("email", LoginIdentities.UNUSABLE_EMAIL);
		}
		problems.throwIfAny();
		UserAccount user = this.users
			.saveAndFlush(new UserAccount(admin.workspaceId(), profile, this.passwordEncoder.encode(password), admin));
		this.logins.register(user.getEmail(), user.getWorkspaceId(), user.getId());
		return user;
	}

	@AdminOnly
	@Transactional
	public UserAccount update(CurrentUser admin, UUID id, UserProfile profile, boolean active, Long version) {
		UserAccount user = get(admin, id);
		StaleVersionException.check("The user", version, user.getVersion());
		var problems = validate(admin, profile);
		String oldEmail = user.getEmail();
		boolean emailChanges = !oldEmail.equals(profile.normalisedEmail());
		if (problems.isEmpty() && emailChanges && this.logins.isTaken(profile.normalisedEmail())) {
			problems.add("email", LoginIdentities.UNUSABLE_EMAIL);
		}
		problems.throwIfAny();
		user.revise(profile, active);
		keepAnAdmin(user);
		if (emailChanges) {
			this.logins.changeEmail(oldEmail, user.getEmail());
		}
		return this.users.saveAndFlush(user);
	}

	@AdminOnly
	@Transactional
	public UserAccount deactivate(CurrentUser admin, UUID id) {
		UserAccount user = get(admin, id);
		if (!user.isActive()) {
			return user;
		}
		user.deactivate();
		keepAnAdmin(user);
		return this.users.saveAndFlush(user);
	}

	@AdminOnly
	@Transactional
	public UserAccount activate(CurrentUser admin, UUID id) {
		UserAccount user = get(admin, id);
		if (user.isActive()) {
			return user;
		}
		user.activate();
		return this.users.saveAndFlush(user);
	}

	@AdminOnly
	@Transactional
	public UserAccount resetPassword(CurrentUser admin, UUID id, String newPassword) {
		UserAccount user = get(admin, id);
		PasswordPolicy.violation(newPassword, user.getEmail(), user.getName()).ifPresent((reason) -> {
			throw new InvalidInputException("password", reason);
		});
		user.resetPassword(this.passwordEncoder.encode(newPassword));
		UserAccount saved = this.users.saveAndFlush(user);
		this.signIns.endOtherSignIns(saved);
		return saved;
	}

	/**
	 * The clients a portal user may be bound to: the workspace's clients that are not
	 * archived, and the one the user is bound to now even if it is archived since.
	 */
	@Transactional(readOnly = true)
	public List<ClientChoice> clientChoices(CurrentUser admin, UUID current) {
		ClientDirectory directory = this.clients.getIfAvailable();
		if (directory == null) {
			return List.of();
		}
		List<ClientChoice> choices = new ArrayList<>(directory.activeClients(admin.workspaceId()));
		if (current != null && choices.stream().noneMatch((choice) -> choice.id().equals(current))) {
			directory.clientName(admin.workspaceId(), current)
				.ifPresent((name) -> choices.add(0, new ClientChoice(current, name + " (archived)")));
		}
		return choices;
	}

	private InvalidInputException.Collector validate(CurrentUser admin, UserProfile profile) {
		var problems = new InvalidInputException.Collector();
		profile.problems().forEach((problem) -> problems.add(problem.field(), problem.message()));
		if (profile.clientId() != null && problems.isEmpty()) {
			boolean known = this.clients.stream()
				.anyMatch((directory) -> directory.clientName(admin.workspaceId(), profile.clientId()).isPresent());
			problems.check(known, "clientId", "is not a client of this workspace");
		}
		return problems;
	}

	private void keepAnAdmin(UserAccount changed) {
		if (!changed.isActiveAdmin()
				&& this.users.countOtherActiveAdmins(changed.getWorkspaceId(), changed.getId()) == 0) {
			throw new ConflictException("last-admin",
					"A workspace needs at least one active admin; make someone else admin first");
		}
	}

}
