package dev.aorhub.contracts;

import java.util.UUID;

import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditableEvent;

/**
 * A SOW was cancelled before it was complete: no more work is done or billed under it.
 * {@code previousStatus} is where it stood; {@code reason} is why, when someone said.
 * {@code summary} is what the audit log says.
 */
public record SowCancelled(UUID workspaceId, UUID sowId, UUID msaId, UUID clientId, SowStatus previousStatus,
		String reason, String summary) implements AuditableEvent {

	@Override
	public AuditEntry auditEntry() {
		return AuditEntry.action(ContractRecords.SOW, this.sowId, SowStatus.CANCELLED.name(), this.summary);
	}

}
