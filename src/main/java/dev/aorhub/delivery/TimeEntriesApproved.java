package dev.aorhub.delivery;

import java.util.List;
import java.util.UUID;

/**
 * Time entries became approved: billable time exists for billing, and retainer burn moved
 * for the SOWs named. Each entry's approval is in the audit log on its own; this is the
 * batch other modules react to.
 */
public record TimeEntriesApproved(UUID workspaceId, List<UUID> timeEntryIds, List<UUID> sowIds) {
}
