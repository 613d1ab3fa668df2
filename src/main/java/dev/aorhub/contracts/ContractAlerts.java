package dev.aorhub.contracts;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Contracts that need attention soon, for dashboards and the renewal pipeline: statements
 * of work about to end and master services agreements about to expire.
 */
public interface ContractAlerts {

	/** SOWs ending within this many days are flagged. */
	int SOW_ENDING_DAYS = 30;

	/** MSAs expiring within this many days are flagged (a renewal takes a quarter). */
	int MSA_EXPIRING_DAYS = 90;

	/** An approved or active SOW that ends soon; {@code daysLeft} 0 means today. */
	record EndingSow(UUID sowId, String number, String title, UUID clientId, String clientName, LocalDate endDate,
			SowStatus status, long daysLeft) {
	}

	/**
	 * A signed MSA that expires soon, or has passed its expiry date without being marked
	 * expired ({@code daysLeft} negative).
	 */
	record ExpiringMsa(UUID msaId, String title, UUID clientId, String clientName, LocalDate expiryDate,
			int noticePeriodDays, long daysLeft) {
	}

	/** SOWs ending within this many days show on the dashboard. */
	int SOW_ENDING_DASHBOARD_DAYS = 60;

	default List<EndingSow> sowsEnding(UUID workspaceId, LocalDate today, int withinDays) {
		return sowsEnding(workspaceId, today, withinDays, Integer.MAX_VALUE);
	}

	/** The first {@code limit} SOWs ending soon, the soonest first. */
	List<EndingSow> sowsEnding(UUID workspaceId, LocalDate today, int withinDays, int limit);

	default List<ExpiringMsa> msasExpiring(UUID workspaceId, LocalDate today, int withinDays) {
		return msasExpiring(workspaceId, today, withinDays, Integer.MAX_VALUE);
	}

	/** The first {@code limit} MSAs expiring soon, the soonest first. */
	List<ExpiringMsa> msasExpiring(UUID workspaceId, LocalDate today, int withinDays, int limit);

}
