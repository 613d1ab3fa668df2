package dev.aorhub.clients;

import java.util.UUID;

import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditableEvent;

/**
 * An archived client is a client again: what {@link ClientArchived} took out comes back.
 */
public record ClientRestored(UUID workspaceId, UUID clientId, String name) implements AuditableEvent {

	@Override
	public AuditEntry auditEntry() {
		return AuditEntry.action(Clients.ENTITY_TYPE, this.clientId, "RESTORED", "Restored client " + this.name);
	}

}
