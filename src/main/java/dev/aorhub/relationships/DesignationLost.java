package dev.aorhub.relationships;

import java.util.UUID;

import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditableEvent;

/**
 * A pitch or a review went to another agency: the designation is lost.
 * <p>
 * {@code auditEntry} is null when the move was part of an edit of the designation: the
 * edit's own entry records the new status. {@code reason} is why, when someone said.
 */
public record DesignationLost(UUID workspaceId, UUID designationId, UUID clientId, UUID categoryId,
		DesignationStatus previousStatus, AuditEntry auditEntry, String reason) implements AuditableEvent {

}
