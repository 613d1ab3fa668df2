package dev.aorhub.contracts;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditableEvent;

/**
 * An MSA was signed: from {@code signedOn} it governs the client's work and the AOR
 * designations it names, and its non-compete clause is in force. The client's signatory
 * is {@code signatoryName}, one of its contacts ({@code signatoryContactId}) when the
 * agency picked one; both null when no one said. {@code summary} is what the audit log
 * says; it is null when the signature came with an edit of the MSA, which the log keeps
 * as that edit.
 */
public record MsaSigned(UUID workspaceId, UUID msaId, UUID clientId, List<UUID> designationIds, LocalDate signedOn,
		UUID signatoryContactId, String signatoryName, String summary) implements AuditableEvent {

	public MsaSigned {
		designationIds = List.copyOf(designationIds);
	}

	@Override
	public AuditEntry auditEntry() {
		return (this.summary != null)
				? AuditEntry.action(ContractRecords.MSA, this.msaId, MsaStatus.SIGNED.name(), this.summary) : null;
	}

}
