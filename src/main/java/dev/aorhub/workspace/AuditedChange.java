package dev.aorhub.workspace;

import java.util.UUID;

/**
 * A change of a record that no other module reacts to (a create, an edit, an archive):
 * the audit log keeps it, nothing else listens. A state change other modules care about
 * gets an event type of its own (e.g. {@code DesignationActivated}) that also implements
 * {@link AuditableEvent}.
 */
public record AuditedChange(UUID workspaceId, AuditEntry auditEntry, CurrentUser actor) implements AuditableEvent {

	/** A change by whoever is signed in. */
	public AuditedChange(UUID workspaceId, AuditEntry auditEntry) {
		this(workspaceId, auditEntry, null);
	}

}
