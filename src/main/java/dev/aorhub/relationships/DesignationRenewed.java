package dev.aorhub.relationships;

import java.time.LocalDate;
import java.util.UUID;

import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditableEvent;

/**
 * A designation was renewed: it runs for a new term (from {@code startDate} to
 * {@code endDate}, null when open-ended) and the term it replaced stays in its history.
 * {@code previousStatus} is what it was before: a renewal during a review keeps the
 * business, so the designation is active again.
 */
public record DesignationRenewed(UUID workspaceId, UUID designationId, UUID clientId, UUID categoryId,
		LocalDate previousStartDate, LocalDate previousEndDate, LocalDate startDate, LocalDate endDate,
		DesignationStatus previousStatus, AuditEntry auditEntry) implements AuditableEvent {

}
