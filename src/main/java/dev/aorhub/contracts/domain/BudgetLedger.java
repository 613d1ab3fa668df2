package dev.aorhub.contracts.domain;

import java.util.List;

import dev.aorhub.shared.Money;

/**
 * A SOW's current budget: the original budget plus every approved change order, in money
 * and in hours. Proposed and rejected change orders do not count. Hours stay unknown
 * (null) while neither the SOW nor any approved change names any.
 */
public final class BudgetLedger {

	private BudgetLedger() {
	}

	/** An approved change: money (may be negative, a descoping) and hours (or null). */
	public record Change(Money budget, Integer hours) {
	}

	/** The budget after the changes. */
	public record Budget(Money money, Integer hours) {

		public boolean isNegative() {
			return this.money.isNegative() || (this.hours != null && this.hours < 0);
		}

	}

	public static Budget current(Money original, Integer originalHours, List<Change> approved) {
		Money money = original;
		Integer hours = originalHours;
		for (Change change : approved) {
			money = money.plus(change.budget());
			if (change.hours() != null) {
				hours = ((hours != null) ? hours : 0) + change.hours();
			}
		}
		return new Budget(money, hours);
	}

}
