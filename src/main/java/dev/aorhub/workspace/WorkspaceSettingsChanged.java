package dev.aorhub.workspace;

import java.util.UUID;

/**
 * A workspace's name, base currency or time zone changed: what caches them forgets them.
 */
public record WorkspaceSettingsChanged(UUID workspaceId, AuditEntry auditEntry) implements AuditableEvent {

}
