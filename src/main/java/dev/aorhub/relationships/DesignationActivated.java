package dev.aorhub.relationships;

import java.util.UUID;

import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditableEvent;

/**
 * A designation became active: a pitch was won, or a review kept the business.
 * <p>
 * {@code auditEntry} is null when the move was part of an edit of the designation: the
 * edit's own entry records the new status.
 */
public record DesignationActivated(UUID workspaceId, UUID designationId, UUID clientId, UUID categoryId,
		DesignationStatus previousStatus, AuditEntry auditEntry) implements AuditableEvent {

}
