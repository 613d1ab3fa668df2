package dev.aorhub.contracts.application;

import java.util.EnumSet;
import java.util.Set;

import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.Role;

/**
 * Who may approve a SOW inside the agency before it goes to the client: the people who
 * answer for scope and money.
 */
public final class Approvals {

	/** Method-security expression for internal approval. */
	public static final String CAN_APPROVE = "hasAnyRole('ADMIN','ACCOUNT','FINANCE')";

	/** Method-security expression for rate cards and cost rates. */
	public static final String CAN_PRICE = "hasAnyRole('ADMIN','FINANCE')";

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
