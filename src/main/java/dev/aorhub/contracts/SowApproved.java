package dev.aorhub.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditableEvent;

/**
 * The client approved a SOW: its commercial terms are now fixed, and only change orders
 * move its budget. The client signed on {@code signedOn} ({@code approverName} says who;
 * {@code signatoryContactId} is that contact when one was picked); both are null for a
 * SOW recorded as already approved. {@code summary} is what the audit log says; null when
 * the approval came with recording the SOW, which the log keeps as its creation.
 */
public record SowApproved(UUID workspaceId, UUID sowId, UUID msaId, UUID clientId, String approverName,
		Instant approvedAt, LocalDate signedOn, UUID signatoryContactId, String summary) implements AuditableEvent {

	@Override
	public AuditEntry auditEntry() {
		return (this.summary != null)
				? AuditEntry.action(ContractRecords.SOW, this.sowId, SowStatus.APPROVED.name(), this.summary) : null;
	}

}
