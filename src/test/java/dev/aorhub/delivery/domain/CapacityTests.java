package dev.aorhub.delivery.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CapacityTests {

	// Four weeks, Monday 2 November to Sunday 29 November 2026: 20 weekdays.
	private static final LocalDate FROM = LocalDate.of(2026, 11, 2);

	private static final LocalDate TO = LocalDate.of(2026, 11, 29);

	@Test
	void halfOfAFortyHourWeekOverFourWeeksWithADayOffIsSeventySixHours() {
		// 19 working days × 8 hours × 50% = 76.
		Capacity capacity = new Capacity(new BigDecimal("40"), Set.of(LocalDate.of(2026, 11, 11)));

		assertThat(capacity.hours(FROM, TO)).isEqualByComparingTo("152");
		assertThat(capacity.committedHours(50, LocalDate.of(2026, 1, 1), null, FROM, TO)).isEqualByComparingTo("76");
	}

	@Test
	void anAssignmentCountsOnlyTheDaysItRuns() {
		// Starts Monday 16 November: 10 weekdays × 6 hours (30 h a week) × 80% = 48.
		Capacity capacity = new Capacity(new BigDecimal("30"), Set.of());

		assertThat(capacity.committedHours(80, LocalDate.of(2026, 11, 16), null, FROM, TO)).isEqualByComparingTo("48");
		assertThat(capacity.committedHours(80, LocalDate.of(2026, 12, 1), null, FROM, TO)).isEqualByComparingTo("0");
		// Ends Friday 6 November: 5 weekdays × 6 × 80% = 24.
		assertThat(capacity.committedHours(80, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 6), FROM, TO))
			.isEqualByComparingTo("24");
	}

	@Test
	void workedBelowNinetyPercentOfTheCommitmentIsUnderResourced() {
		assertThat(ResourcingGap.underResourced(new BigDecimal("76"), new BigDecimal("60"))).isTrue();
		assertThat(ResourcingGap.gap(new BigDecimal("76"), new BigDecimal("60"))).isEqualByComparingTo("16");
		assertThat(ResourcingGap.underResourced(new BigDecimal("76"), new BigDecimal("68.40"))).isFalse();
		assertThat(ResourcingGap.underResourced(BigDecimal.ZERO, BigDecimal.ZERO)).isFalse();
		assertThat(ResourcingGap.gap(new BigDecimal("10"), new BigDecimal("12"))).isEqualByComparingTo("0");
	}

}
