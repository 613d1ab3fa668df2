package dev.aorhub.clients;

import java.util.UUID;

import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditableEvent;

/**
 * A client was archived: the agency no longer works for it. Its records stay (history,
 * contracts); other modules take it out of what is live, e.g. the roster views.
 */
public record ClientArchived(UUID workspaceId, UUID clientId, String name) implements AuditableEvent {

	@Override
	public AuditEntry auditEntry() {
		return AuditEntry.action(Clients.ENTITY_TYPE, this.clientId, "ARCHIVED", "Archived client " + this.name);
	}

}
