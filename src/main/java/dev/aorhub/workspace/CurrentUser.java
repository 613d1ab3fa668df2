package dev.aorhub.workspace;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

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

	/** A security principal that stands for a {@link CurrentUser}. */
	public interface Holder {

		CurrentUser user();

	}

	/** The user of the current request's security context, if one is signed in. */
	public static Optional<CurrentUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Optional.empty();
		}
		if (authentication.getPrincipal() instanceof CurrentUser user) {
			return Optional.of(user);
		}
		if (authentication.getPrincipal() instanceof Holder holder) {
			return Optional.of(holder.user());
		}
		return Optional.empty();
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

	/** What {@link CanApprove} grants: admin, account and finance users. */
	public boolean canApprove() {
		return hasRole(Role.ADMIN) || hasRole(Role.ACCOUNT) || hasRole(Role.FINANCE);
	}

	/** What {@link CanPrice} grants: prices and costs are admin's and finance's. */
	public boolean canPrice() {
		return hasRole(Role.ADMIN) || hasRole(Role.FINANCE);
	}

}
