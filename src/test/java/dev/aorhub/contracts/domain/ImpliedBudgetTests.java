package dev.aorhub.contracts.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import dev.aorhub.shared.Money;
import dev.aorhub.shared.time.DateRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImpliedBudgetTests {

	private static final Currency USD = Currency.getInstance("USD");

	private static final DateRange MARCH_TO_DECEMBER = new DateRange(LocalDate.of(2026, 3, 1),
			LocalDate.of(2026, 12, 31));

	@Test
	void retainerForEveryMonthPlusMilestonesPlusTheTimeAndMaterialsCap() {
		// 10 months × 12,000 = 120,000; milestones 5,000 + 2,500; cap 20,000: 147,500.
		List<Fee> fees = List.of(new Fee.Retainer(Money.of("12000", "USD"), 80, Rollover.NONE, null),
				new Fee.Fixed(List.of(new Fee.Milestone("Strategy", Money.of("5000", "USD"), LocalDate.of(2026, 4, 1)),
						new Fee.Milestone("Launch", Money.of("2500", "USD"), LocalDate.of(2026, 6, 1)))),
				new Fee.TimeAndMaterials(UUID.randomUUID(), Money.of("20000", "USD")));

		assertThat(ImpliedBudget.of(USD, MARCH_TO_DECEMBER, fees)).isEqualTo(Money.of("147500.00", "USD"));
	}

	@Test
	void commissionPerformanceAndAnUncappedTimeAndMaterialsFeeImplyNothing() {
		List<Fee> fees = List.of(new Fee.Commission(new Percent(new BigDecimal("15"))),
				new Fee.TimeAndMaterials(null, null));

		assertThat(ImpliedBudget.of(USD, MARCH_TO_DECEMBER, fees)).isEqualTo(Money.zero(USD));
	}

	@Test
	void aMonthTheTermOnlyStartsCountsInFull() {
		// 15 Jan to 14 Apr is three whole months; to 20 Apr it starts a fourth.
		assertThat(ImpliedBudget.months(new DateRange(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 4, 14))))
			.isEqualTo(3);
		assertThat(ImpliedBudget.months(new DateRange(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 4, 20))))
			.isEqualTo(4);
		assertThat(ImpliedBudget.months(new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1))))
			.isEqualTo(1);
	}

}
