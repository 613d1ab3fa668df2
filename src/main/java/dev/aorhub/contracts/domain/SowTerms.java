package dev.aorhub.contracts.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.aorhub.shared.Money;
import dev.aorhub.shared.time.DateRange;

/**
 * A SOW's validated terms: its MSA (and so its client), scope, term, budget, fees and
 * deliverables. {@code budgetDerived} says the budget was not stated but implied by the
 * fees ({@link ImpliedBudget}).
 */
public record SowTerms(UUID msaId, UUID clientId, UUID designationId, String title, String scope, LocalDate startDate,
		LocalDate endDate, Money budget, Integer budgetHours, List<Fee> fees, List<DeliverableTerms> deliverables,
		boolean budgetDerived) {

	public SowTerms {
		fees = List.copyOf(fees);
		deliverables = List.copyOf(deliverables);
	}

	/** Terms with a stated budget. */
	public SowTerms(UUID msaId, UUID clientId, UUID designationId, String title, String scope, LocalDate startDate,
			LocalDate endDate, Money budget, Integer budgetHours, List<Fee> fees, List<DeliverableTerms> deliverables) {
		this(msaId, clientId, designationId, title, scope, startDate, endDate, budget, budgetHours, fees, deliverables,
				false);
	}

	/** A deliverable as the terms state it. */
	public record DeliverableTerms(String name, LocalDate dueDate, boolean done) {
	}

	public DateRange term() {
		return new DateRange(this.startDate, this.endDate);
	}

	/**
	 * Whether the commercial terms (MSA, term, budget, fees) are the same: what a
	 * client-approved SOW may no longer change except by change order.
	 */
	public boolean sameCommercialTerms(SowTerms other) {
		return this.msaId.equals(other.msaId) && this.startDate.equals(other.startDate)
				&& this.endDate.equals(other.endDate) && this.budget.equals(other.budget)
				&& java.util.Objects.equals(this.budgetHours, other.budgetHours) && this.fees.equals(other.fees);
	}

}
