package dev.aorhub.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.aorhub.shared.Money;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditableEvent;

/**
 * The client approved a change order: the SOW's current budget moved by
 * {@code budgetChange} (zero for a change of hours only) and its hours by
 * {@code hoursChange} (null when the hours stay), to {@code currentBudget}. The client
 * signed it on {@code approvedOn}, by {@code signatoryName} (one of its contacts,
 * {@code signatoryContactId}, when one was picked; null when no one said).
 */
public record ChangeOrderApproved(UUID workspaceId, UUID sowId, UUID changeOrderId, Money budgetChange,
		Integer hoursChange, Money currentBudget, Instant approvedAt, LocalDate approvedOn, UUID signatoryContactId,
		String signatoryName, String summary) implements AuditableEvent {

	@Override
	public AuditEntry auditEntry() {
		return AuditEntry.action(ContractRecords.CHANGE_ORDER, this.changeOrderId, ChangeOrderStatus.APPROVED.name(),
				this.summary);
	}

}
