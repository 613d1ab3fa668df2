package dev.aorhub.workspace;

import java.util.UUID;

/**
 * Published in the transaction that makes a new workspace, so modules can give it their
 * defaults (the service categories, for instance) atomically with it. The audit log names
 * the first admin as its maker.
 */
public record WorkspaceCreated(UUID workspaceId, CurrentUser admin, AuditEntry auditEntry) implements AuditableEvent {

	@Override
	public CurrentUser actor() {
		return this.admin;
	}

}
