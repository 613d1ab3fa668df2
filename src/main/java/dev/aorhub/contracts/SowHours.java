package dev.aorhub.contracts;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The hours worked under SOWs, for the SOW pages' burn. Time is tracked by a module that
 * depends on contracts (delivery), so contracts declares what it needs and that module
 * answers; without one the pages show no burn.
 */
public interface SowHours {

	/** Per SOW with any time: all hours logged and the approved billable ones. */
	Map<UUID, Logged> logged(UUID workspaceId, Collection<UUID> sowIds);

	/** Hours logged under one SOW. */
	record Logged(BigDecimal hours, BigDecimal approvedBillableHours) {

		/** The share of {@code budgetHours} logged, in percent; null without a budget. */
		public Integer percentOf(Integer budgetHours) {
			if (budgetHours == null || budgetHours == 0) {
				return null;
			}
			return this.hours.multiply(BigDecimal.valueOf(100))
				.divide(BigDecimal.valueOf(budgetHours), 0, java.math.RoundingMode.HALF_EVEN)
				.intValue();
		}

	}

}
