package dev.aorhub.contracts.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;

import dev.aorhub.shared.Money;
import dev.aorhub.shared.time.DateRange;

/**
 * The budget a SOW's fees imply when it states none: the retainer for every month of the
 * term, the fixed milestones, and the time-and-materials cap. Commission and performance
 * fees depend on media spend and results no one knows yet, so they add nothing. A month
 * the term only starts counts in full: a retainer is billed by the month.
 */
public final class ImpliedBudget {

	private ImpliedBudget() {
	}

	public static Money of(Currency currency, DateRange term, List<Fee> fees) {
		long months = months(term);
		return fees.stream().map((fee) -> fee.accept(new Fee.Visitor<Money>() {

			@Override
			public Money retainer(Fee.Retainer retainer) {
				return retainer.monthlyFee().times(BigDecimal.valueOf(months));
			}

			@Override
			public Money timeAndMaterials(Fee.TimeAndMaterials tm) {
				return (tm.capAmount() != null) ? tm.capAmount() : Money.zero(currency);
			}

			@Override
			public Money fixed(Fee.Fixed fixed) {
				return fixed.total();
			}

			@Override
			public Money commission(Fee.Commission commission) {
				return Money.zero(currency);
			}

			@Override
			public Money performance(Fee.Performance performance) {
				return Money.zero(currency);
			}

		})).reduce(Money.zero(currency), Money::plus);
	}

	/** The months the term covers, a started month counting in full. */
	static long months(DateRange term) {
		LocalDate afterEnd = term.end().plusDays(1);
		long whole = ChronoUnit.MONTHS.between(term.start(), afterEnd);
		return term.start().plusMonths(whole).isBefore(afterEnd) ? whole + 1 : whole;
	}

}
