package dev.aorhub.workspace.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.aorhub.shared.persistence.TenantAggregate;
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

	public UserAccount(UUID workspaceId, UserProfile profile, String passwordHash) {
		super(workspaceId);
		this.active = true;
		this.passwordHash = passwordHash;
		changeProfile(profile);
	}

	/** Assumes the profile passed {@link UserProfile#problems()}. */
	public final void changeProfile(UserProfile profile) {
		this.email = profile.normalisedEmail();
		this.name = profile.name().strip();
		this.roles = EnumSet.copyOf(profile.roles());
		this.clientId = profile.clientId();
	}

	public void changePassword(String newHash) {
		this.passwordHash = newHash;
	}

	public void deactivate() {
		this.active = false;
	}

	public void activate() {
		this.active = true;
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
