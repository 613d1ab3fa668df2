package dev.aorhub.contracts.application;

import java.util.EnumSet;
import java.util.Set;

import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.Role;

/**
 * Who may approve a SOW inside the agency before it goes to the client: the people who
 * answer for scope and money (the same roles as {@link dev.aorhub.workspace.CanApprove}),
 * and who sees costs (those of {@link dev.aorhub.workspace.CanPrice}).
 */
public final class Approvals {

	static final Set<Role> APPROVER_ROLES = EnumSet.of(Role.ADMIN, Role.ACCOUNT, Role.FINANCE);

	private Approvals() {
	}

	public static boolean canApproveInternally(CurrentUser user) {
		return user.roles().stream().anyMatch(APPROVER_ROLES::contains);
	}

	public static boolean canSeeCosts(CurrentUser user) {
		return user.hasRole(Role.ADMIN) || user.hasRole(Role.FINANCE);
	}

}
