package dev.aorhub.contracts.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import dev.aorhub.shared.Money;
import dev.aorhub.shared.time.DateRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FeesWithinBudgetTests {

	private static final Currency USD = Currency.getInstance("USD");

	private static final DateRange MARCH_TO_DECEMBER = new DateRange(LocalDate.of(2026, 3, 1),
			LocalDate.of(2026, 12, 31));

	private static final List<Fee> RETAINER_AND_LAUNCH = List.of(
			new Fee.Retainer(Money.of("12000", "USD"), 80, Rollover.NONE, null),
			new Fee.Fixed(List.of(new Fee.Milestone("Launch", Money.of("10000", "USD"), LocalDate.of(2026, 6, 1)))),
			new Fee.Commission(new Percent(new BigDecimal("15"))));

	@Test
	void feesThatCommitMoreThanTheBudgetSayByHowMuch() {
		// 10 months × 12,000 = 120,000 + the 10,000 milestone = 130,000; commission
		// commits nothing yet. Against 120,000: 10,000 over.
		var excess = FeesWithinBudget.check(USD, MARCH_TO_DECEMBER, RETAINER_AND_LAUNCH, Money.of("120000", "USD"));

		assertThat(excess).isPresent();
		assertThat(excess.get().committed()).isEqualTo(Money.of("130000.00", "USD"));
		assertThat(excess.get().amount()).isEqualTo(Money.of("10000.00", "USD"));
		assertThat(excess.get().message())
			.isEqualTo("Fees commit USD 130,000.00, USD 10,000.00 more than the budget of USD 120,000.00");
	}

	@Test
	void feesThatCommitExactlyTheBudgetOrLessFitIt() {
		assertThat(FeesWithinBudget.check(USD, MARCH_TO_DECEMBER, RETAINER_AND_LAUNCH, Money.of("130000", "USD")))
			.isEmpty();
		assertThat(FeesWithinBudget.check(USD, MARCH_TO_DECEMBER, RETAINER_AND_LAUNCH, Money.of("150000", "USD")))
			.isEmpty();
	}

	@Test
	void aTimeAndMaterialsCapCountsInFull() {
		// 5,000 cap + 10 × 1,000 retainer = 15,000 against 14,999.99: one cent over.
		var fees = List.<Fee>of(new Fee.TimeAndMaterials(null, Money.of("5000", "USD")),
				new Fee.Retainer(Money.of("1000", "USD"), 0, Rollover.NONE, null));
		var excess = FeesWithinBudget.check(USD, MARCH_TO_DECEMBER, fees, Money.of("14999.99", "USD"));

		assertThat(excess).map(FeesWithinBudget.Excess::amount).contains(Money.of("0.01", "USD"));
	}

}
