package dev.aorhub.relationships;

import java.util.UUID;

import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditableEvent;

/**
 * A client put an active designation under review (a re-pitch, a consultant's audit).
 * <p>
 * {@code auditEntry} is null when the move was part of an edit of the designation: the
 * edit's own entry records the new status.
 */
public record DesignationReviewStarted(UUID workspaceId, UUID designationId, UUID clientId, UUID categoryId,
		DesignationStatus previousStatus, AuditEntry auditEntry) implements AuditableEvent {

}
