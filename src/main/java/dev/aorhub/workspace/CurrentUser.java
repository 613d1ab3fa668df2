package dev.aorhub.workspace;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in user of a request, resolved in one place (the security layer) and handed
 * to controllers as a method argument. Every query a request makes is scoped by its
 * {@link #workspaceId()}; a client user is further bound to {@link #clientId()}.
 */
public record CurrentUser(UUID userId, UUID workspaceId, String workspaceName, String email, String name,
		Set<Role> roles, UUID clientId) implements Serializable {

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	public boolean isAdmin() {
		return hasRole(Role.ADMIN);
	}

	public boolean isClientUser() {
		return hasRole(Role.CLIENT);
	}

	/** Viewers and client users read; everyone else on the staff may change things. */
	public boolean canEdit() {
		return this.roles.stream().anyMatch((role) -> role.isStaff() && role != Role.VIEWER);
	}

}
