package dev.aorhub.contracts;

import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditableEvent;

/**
 * Work under a SOW started: time can be logged and billed against it from
 * {@code startDate} to {@code endDate}, in {@code currency}. {@code designationId} is
 * null when the SOW names no designation. {@code summary} is what the audit log says;
 * null when the SOW was recorded as active, which the log keeps as its creation.
 */
public record SowActivated(UUID workspaceId, UUID sowId, UUID msaId, UUID clientId, UUID designationId,
		LocalDate startDate, LocalDate endDate, Currency currency, String summary) implements AuditableEvent {

	@Override
	public AuditEntry auditEntry() {
		return (this.summary != null)
				? AuditEntry.action(ContractRecords.SOW, this.sowId, SowStatus.ACTIVE.name(), this.summary) : null;
	}

}
