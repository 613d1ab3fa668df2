package dev.aorhub.delivery;

import java.time.YearMonth;
import java.util.UUID;

/**
 * A SOW's retainer used 80% or 100% of the hours available in a month (approved, billable
 * time): later issues turn this into a notification for the account lead. Published once
 * per SOW, fee, month and threshold.
 */
public record RetainerThresholdCrossed(UUID workspaceId, UUID sowId, UUID feeId, YearMonth month, int percent,
		double availableHours, double usedHours) {
}
