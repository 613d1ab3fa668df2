package dev.aorhub.delivery;

import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;

/**
 * Delivery's API for billing: how a SOW's retainer burned in a month, from approved
 * billable time after the SOW's rounding, with the rollover of the months before.
 */
public interface RetainerBurns {

	/**
	 * The month of the SOW's retainer fee ({@code feeId} null: its first); empty when the
	 * SOW is not the workspace's, has no such retainer, or the month is outside its term.
	 */
	Optional<RetainerMonth> month(UUID workspaceId, UUID sowId, UUID feeId, YearMonth month);

}
