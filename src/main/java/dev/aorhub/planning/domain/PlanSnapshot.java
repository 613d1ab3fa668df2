package dev.aorhub.planning.domain;

import java.time.Instant;
import java.util.UUID;

import dev.aorhub.planning.StrategicPlanStatus;

/**
 * A strategic plan as it was read inside its transaction: its header and everything it
 * says, for answers and pages that outlive the transaction.
 */
public record PlanSnapshot(UUID id, UUID workspaceId, StrategicPlanStatus status, int planVersion, UUID previousPlanId,
		UUID lineageId, Instant sharedAt, Instant approvedAt, UUID approvedBy, boolean archived, long version,
		Instant createdAt, Instant updatedAt, PlanContent content) {

	public static PlanSnapshot of(StrategicPlan plan) {
		return new PlanSnapshot(plan.getId(), plan.getWorkspaceId(), plan.getStatus(), plan.getPlanVersion(),
				plan.getPreviousPlanId(), plan.getLineageId(), plan.getSharedAt(), plan.getApprovedAt(),
				plan.getApprovedBy(), plan.isArchived(), plan.getVersion(), plan.getCreatedAt(), plan.getUpdatedAt(),
				plan.content());
	}

	public String title() {
		return this.content.title();
	}

}
