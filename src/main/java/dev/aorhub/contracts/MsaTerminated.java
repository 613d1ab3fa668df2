package dev.aorhub.contracts;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditableEvent;

/**
 * A signed MSA was terminated before its term ended: from {@code terminatedOn} it no
 * longer governs the designations it names, and its non-compete clause ends.
 * {@code summary} is what the audit log says; null when an edit of the MSA terminated it,
 * which the log keeps as that edit. {@code reason} is why, when someone said.
 */
public record MsaTerminated(UUID workspaceId, UUID msaId, UUID clientId, List<UUID> designationIds,
		LocalDate terminatedOn, String summary, String reason) implements AuditableEvent {

	public MsaTerminated {
		designationIds = List.copyOf(designationIds);
	}

	@Override
	public AuditEntry auditEntry() {
		return (this.summary != null)
				? AuditEntry.action(ContractRecords.MSA, this.msaId, MsaStatus.TERMINATED.name(), this.summary) : null;
	}

}
