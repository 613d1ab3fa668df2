package dev.aorhub.workspace.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.aorhub.shared.persistence.TenantAggregate;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditedChange;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A person who signs in to a workspace, with one or more roles. A client (portal) user is
 * bound to exactly one client.
 */
@Entity
@Table(name = "app_user")
public class UserAccount extends TenantAggregate {

	public static final String ENTITY = "User";

	private String email;

	private String name;

	@Column(name = "password_hash")
	private String passwordHash;

	@Convert(converter = RolesConverter.class)
	private Set<Role> roles;

	@Column(name = "client_id")
	private UUID clientId;

	private boolean active;

	@Column(name = "last_login_at")
	private Instant lastLoginAt;

	protected UserAccount() {
	}

	/**
	 * A new user; {@code actor} is who made it (the signed-in admin, or at sign-up the
	 * new admin itself, who is not signed in yet).
	 */
	public UserAccount(UUID workspaceId, UserProfile profile, String passwordHash, CurrentUser actor) {
		this(workspaceId, profile, passwordHash);
		registerCreated(actor);
	}

	private UserAccount(UUID workspaceId, UserProfile profile, String passwordHash) {
		super(workspaceId);
		this.active = true;
		this.passwordHash = passwordHash;
		apply(profile);
	}

	/**
	 * The admin who signs a new workspace up: the audit log names them as its own maker.
	 */
	public static UserAccount firstAdmin(UUID workspaceId, String workspaceName, UserProfile profile,
			String passwordHash) {
		UserAccount admin = new UserAccount(workspaceId, profile, passwordHash);
		admin.registerCreated(admin.asCurrentUser(workspaceName));
		return admin;
	}

	private void registerCreated(CurrentUser actor) {
		registerEvent(new AuditedChange(getWorkspaceId(),
				AuditEntry.created(ENTITY, getId(), "Created user " + this.name, auditState()), actor));
	}

	/** An admin's change of the profile and of whether the user may sign in. */
	public void revise(UserProfile profile, boolean active) {
		Map<String, Object> before = auditState();
		apply(profile);
		this.active = active;
		audit(AuditEntry.updated(ENTITY, getId(), "Changed user " + this.name, before, auditState()));
	}

	/** The user's change of their own name. */
	public void rename(UserProfile profile) {
		Map<String, Object> before = auditState();
		apply(profile);
		audit(AuditEntry.updated(ENTITY, getId(), "Changed their own name", before, auditState()));
	}

	/** Assumes the profile passed {@link UserProfile#problems()}. */
	private void apply(UserProfile profile) {
		this.email = profile.normalisedEmail();
		this.name = profile.name().strip();
		this.roles = EnumSet.copyOf(profile.roles());
		this.clientId = profile.clientId();
	}

	/** An admin's reset; the password itself never enters the audit log. */
	public void resetPassword(String newHash) {
		this.passwordHash = newHash;
		audit(AuditEntry.action(ENTITY, getId(), "PASSWORD_RESET", "Reset the password of " + this.name));
	}

	public void changeOwnPassword(String newHash) {
		this.passwordHash = newHash;
		audit(AuditEntry.action(ENTITY, getId(), "PASSWORD_CHANGED", this.name + " changed their password"));
	}

	public void deactivate() {
		if (this.active) {
			this.active = false;
			audit(AuditEntry.action(ENTITY, getId(), "DEACTIVATED", "Deactivated user " + this.name));
		}
	}

	public void activate() {
		if (!this.active) {
			this.active = true;
			audit(AuditEntry.action(ENTITY, getId(), "ACTIVATED", "Reactivated user " + this.name));
		}
	}

	private void audit(AuditEntry entry) {
		registerEvent(new AuditedChange(getWorkspaceId(), entry));
	}

	public void signedIn(Instant at) {
		this.lastLoginAt = at;
	}

	public boolean isActiveAdmin() {
		return this.active && this.roles.contains(Role.ADMIN);
	}

	public CurrentUser asCurrentUser(String workspaceName) {
		return new CurrentUser(getId(), getWorkspaceId(), workspaceName, this.email, this.name, this.roles,
				this.clientId);
	}

	public Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("email", this.email);
		state.put("name", this.name);
		state.put("roles", this.roles.stream().map(Role::name).collect(Collectors.joining(", ")));
		state.put("clientId", this.clientId);
		state.put("active", this.active);
		return state;
	}

	public String getEmail() {
		return this.email;
	}

	public String getName() {
		return this.name;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public Set<Role> getRoles() {
		return EnumSet.copyOf(this.roles);
	}

	public UUID getClientId() {
		return this.clientId;
	}

	public boolean isActive() {
		return this.active;
	}

	public Instant getLastLoginAt() {
		return this.lastLoginAt;
	}

}
