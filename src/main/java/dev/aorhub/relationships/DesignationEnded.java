package dev.aorhub.relationships;

import java.util.UUID;

import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditableEvent;

/**
 * A designation's term is over: the business ended without being lost to a review.
 * <p>
 * {@code auditEntry} is null when the move was part of an edit of the designation: the
 * edit's own entry records the new status. {@code reason} is why, when someone said.
 */
public record DesignationEnded(UUID workspaceId, UUID designationId, UUID clientId, UUID categoryId,
		DesignationStatus previousStatus, AuditEntry auditEntry, String reason) implements AuditableEvent {

}
