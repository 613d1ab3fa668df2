package dev.aorhub.delivery.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import dev.aorhub.delivery.RetainerMonth;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetainerBurnTests {

	private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

	private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

	private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

	@Test
	void thirtyOfFortyHoursUsedInSeptemberMakeFiftyAvailableInOctober() {
		List<RetainerMonth> months = RetainerBurn.months(40, true, SEPTEMBER, OCTOBER, Map.of(SEPTEMBER, 30L * 60));

		RetainerMonth september = months.get(0);
		assertThat(september.availableHours()).isEqualByComparingTo("40");
		assertThat(september.usedHours()).isEqualByComparingTo("30");
		assertThat(september.remainingHours()).isEqualByComparingTo("10");
		RetainerMonth october = months.get(1);
		assertThat(october.includedHours()).isEqualByComparingTo("40");
		assertThat(october.rolloverInHours()).isEqualByComparingTo("10");
		assertThat(october.availableHours()).isEqualByComparingTo("50");
		assertThat(october.remainingHours()).isEqualByComparingTo("50");
		assertThat(october.overageHours()).isEqualByComparingTo("0");
	}

	@Test
	void rolledHoursAreUsedFirstAndNeverRollTwice() {
		// September leaves 10; October uses 45 of 50: the 10 rolled first, then 35 of its
		// own 40, so 5 roll into November, which has 45.
		List<RetainerMonth> months = RetainerBurn.months(40, true, SEPTEMBER, NOVEMBER,
				Map.of(SEPTEMBER, 30L * 60, OCTOBER, 45L * 60));

		assertThat(months.get(1).remainingHours()).isEqualByComparingTo("5");
		assertThat(months.get(2).rolloverInHours()).isEqualByComparingTo("5");
		assertThat(months.get(2).availableHours()).isEqualByComparingTo("45");
	}

	@Test
	void withoutRolloverUnusedHoursLapseAndOverageIsWhatWentBeyond() {
		List<RetainerMonth> months = RetainerBurn.months(40, false, SEPTEMBER, OCTOBER,
				Map.of(SEPTEMBER, 10L * 60, OCTOBER, 52L * 60 + 30));

		assertThat(months.get(1).rolloverInHours()).isEqualByComparingTo("0");
		assertThat(months.get(1).availableHours()).isEqualByComparingTo("40");
		assertThat(months.get(1).usedHours()).isEqualByComparingTo("52.50");
		assertThat(months.get(1).remainingHours()).isEqualByComparingTo("0");
		assertThat(months.get(1).overageHours()).isEqualByComparingTo("12.50");
		assertThat(months.get(1).percentUsed()).isEqualTo(131);
	}

	@Test
	void anOverspentMonthRollsNothing() {
		List<RetainerMonth> months = RetainerBurn.months(40, true, SEPTEMBER, OCTOBER, Map.of(SEPTEMBER, 44L * 60));

		assertThat(months.get(0).overageHours()).isEqualByComparingTo("4");
		assertThat(months.get(1).rolloverInHours()).isEqualByComparingTo("0");
	}

	@Test
	void minutesBecomeHoursWithTwoDecimals() {
		assertThat(RetainerBurn.hours(7)).isEqualByComparingTo(new BigDecimal("0.12"));
		assertThat(RetainerBurn.hours(90)).isEqualByComparingTo("1.50");
	}

	@Test
	void theRunOutDateSpendsTheRemainingHoursAtThePaceOfTheWeekdaysSoFar() {
		// Thursday 8 October 2026: 6 weekdays elapsed (1, 2, 5, 6, 7, 8), 30 hours used,
		// 5 a
		// day; 20 remaining are 4 more weekdays: Fri 9, Mon 12, Tue 13, Wed 14.
		LocalDate today = LocalDate.of(2026, 10, 8);

		assertThat(BurnProjection.runOutDate(OCTOBER, today, new BigDecimal("30"), new BigDecimal("20")))
			.contains(LocalDate.of(2026, 10, 14));
		assertThat(BurnProjection.runOutDate(OCTOBER, today, BigDecimal.ZERO, new BigDecimal("20"))).isEmpty();
		assertThat(BurnProjection.runOutDate(SEPTEMBER, today, new BigDecimal("30"), new BigDecimal("20"))).isEmpty();
	}

}
