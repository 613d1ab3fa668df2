package dev.aorhub.contracts.domain;

import java.util.Currency;
import java.util.List;
import java.util.Optional;

import dev.aorhub.shared.Money;
import dev.aorhub.shared.time.DateRange;

/**
 * Whether a SOW's fees fit its budget: what they commit (the sum {@link ImpliedBudget}
 * takes for a budget the fees imply: retainer for every month of the term, fixed
 * milestones, the time-and-materials cap) against the budget the client agreed to, with
 * its approved change orders. A stated budget the fees exceed is allowed (the agency may
 * expect to bill less) but deserves a warning: the client approves the budget, and
 * billing the fees in full would overrun it. A budget the fees imply never falls short of
 * them.
 */
public final class FeesWithinBudget {

	private FeesWithinBudget() {
	}

	/** Fees that commit more than the budget: by how much. */
	public record Excess(Money committed, Money budget) {

		public Money amount() {
			return this.committed.minus(this.budget);
		}

		/** "Fees commit USD 130,000.00, USD 10,000.00 more than the budget of ...". */
		public String message() {
			return "Fees commit " + this.committed.display() + ", " + amount().display() + " more than the budget of "
					+ this.budget.display();
		}

	}

	public static Optional<Excess> check(Currency currency, DateRange term, List<Fee> fees, Money budget) {
		Money committed = ImpliedBudget.of(currency, term, fees);
		return (committed.compareTo(budget) > 0) ? Optional.of(new Excess(committed, budget)) : Optional.empty();
	}

	/** A SOW's stated budget, as its change orders left it, against its fees. */
	public static Optional<Excess> check(Sow sow) {
		if (sow.isBudgetDerived()) {
			return Optional.empty();
		}
		return check(sow.getCurrency(), sow.term(), sow.getFees(), sow.getCurrentBudget());
	}

}
