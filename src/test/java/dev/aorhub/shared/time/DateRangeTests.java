package dev.aorhub.shared.time;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DateRangeTests {

	private static final DateRange YEAR_2026 = range("2026-01-01", "2026-12-31");

	private static final DateRange FROM_JULY_2026 = range("2026-07-01", null);

	@Test
	void needsAStartAndNoEndBeforeIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DateRange(null, LocalDate.of(2026, 1, 1)));
		assertThatIllegalArgumentException().isThrownBy(() -> range("2026-03-02", "2026-03-01"));
	}

	@Test
	void oneDayEndsOnItsStart() {
		DateRange launchDay = range("2026-03-01", "2026-03-01");

		assertThat(launchDay.contains(LocalDate.of(2026, 3, 1))).isTrue();
		assertThat(launchDay.contains(LocalDate.of(2026, 3, 2))).isFalse();
	}

	@Test
	void containsBothEndsAndNothingOutside() {
		assertThat(YEAR_2026.contains(LocalDate.of(2026, 1, 1))).isTrue();
		assertThat(YEAR_2026.contains(LocalDate.of(2026, 12, 31))).isTrue();
		assertThat(YEAR_2026.contains(LocalDate.of(2025, 12, 31))).isFalse();
		assertThat(YEAR_2026.contains(LocalDate.of(2027, 1, 1))).isFalse();
	}

	@Test
	void anOpenEndedRangeRunsForever() {
		assertThat(FROM_JULY_2026.isOpenEnded()).isTrue();
		assertThat(YEAR_2026.isOpenEnded()).isFalse();
		assertThat(FROM_JULY_2026.contains(LocalDate.of(2099, 12, 31))).isTrue();
		assertThat(FROM_JULY_2026.contains(LocalDate.of(2026, 6, 30))).isFalse();
	}

	@Test
	void rangesOverlapWhenTheyShareADay() {
		// 31 December is in both.
		assertThat(YEAR_2026.overlaps(range("2026-12-31", "2027-06-30"))).isTrue();
		assertThat(range("2026-12-31", "2027-06-30").overlaps(YEAR_2026)).isTrue();
		// Back to back: the next term starts the day after this one ends.
		assertThat(YEAR_2026.overlaps(range("2027-01-01", "2027-12-31"))).isFalse();
		assertThat(YEAR_2026.overlaps(FROM_JULY_2026)).isTrue();
		assertThat(range("2025-01-01", "2025-12-31").overlaps(FROM_JULY_2026)).isFalse();
		assertThat(FROM_JULY_2026.overlaps(range("2030-01-01", null))).isTrue();
	}

	@Test
	void enclosesOnlyWhatLiesWhollyInside() {
		assertThat(YEAR_2026.encloses(range("2026-03-01", "2026-12-31"))).isTrue();
		assertThat(YEAR_2026.encloses(range("2026-03-01", "2027-01-01"))).isFalse();
		assertThat(YEAR_2026.encloses(range("2025-12-31", "2026-06-30"))).isFalse();
		assertThat(YEAR_2026.encloses(range("2026-03-01", null))).isFalse();
		assertThat(FROM_JULY_2026.encloses(range("2030-01-01", null))).isTrue();
	}

	@Test
	void isLongerThanAPeriodOnlyPastItsLastDay() {
		// Five years from 1 January 2026 is 1 January 2031.
		assertThat(range("2026-01-01", "2031-01-01").isLongerThan(Period.ofYears(5))).isFalse();
		assertThat(range("2026-01-01", "2031-01-02").isLongerThan(Period.ofYears(5))).isTrue();
		assertThat(FROM_JULY_2026.isLongerThan(Period.ofYears(5))).isFalse();
	}

	private static DateRange range(String start, String end) {
		return new DateRange(LocalDate.parse(start), (end != null) ? LocalDate.parse(end) : null);
	}

}
