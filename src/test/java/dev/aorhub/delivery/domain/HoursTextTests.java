package dev.aorhub.delivery.domain;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HoursTextTests {

	@Test
	void readsHoursAsPeopleTypeThem() {
		assertThat(HoursText.minutes("1.5")).contains(90);
		assertThat(HoursText.minutes("1,5")).contains(90);
		assertThat(HoursText.minutes("1:30")).contains(90);
		assertThat(HoursText.minutes("1h30")).contains(90);
		assertThat(HoursText.minutes("90m")).contains(90);
		assertThat(HoursText.minutes("2h")).contains(120);
		assertThat(HoursText.minutes(".25")).contains(15);
		assertThat(HoursText.minutes("8")).contains(480);
		assertThat(HoursText.minutes("  ")).contains(0);
	}

	@Test
	void refusesWhatIsNoTime() {
		assertThat(HoursText.minutes("abc")).isEqualTo(Optional.empty());
		assertThat(HoursText.minutes("1:75")).isEmpty();
		assertThat(HoursText.minutes("-2")).isEmpty();
		assertThat(HoursText.minutes("123")).isEmpty();
	}

	@Test
	void showsMinutesAsHoursAndReadsThemBack() {
		assertThat(HoursText.of(90)).isEqualTo("1.5");
		assertThat(HoursText.of(0)).isEmpty();
		assertThat(HoursText.clock(450)).isEqualTo("7:30");
		for (int minutes = 1; minutes <= 1440; minutes++) {
			assertThat(HoursText.minutes(HoursText.of(minutes))).contains(minutes);
		}
	}

	@Test
	void weeksAreIsoWeeksNamedOrByAnyOfTheirDays() {
		Week week = Week.parse("2026-W48").orElseThrow();
		assertThat(week.monday()).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(Week.parse("2026-11-26")).contains(week);
		assertThat(week.isoName()).isEqualTo("2026-W48");
		assertThat(week.label()).isEqualTo("23 – 29 Nov 2026");
		assertThat(week.next().label()).isEqualTo("30 Nov – 6 Dec 2026");
		assertThat(Week.parse("2026-W60")).isEmpty();
		assertThat(Week.parse("next week")).isEmpty();
		assertThat(Week.parse("2020-W53")).map(Week::monday).contains(LocalDate.of(2020, 12, 28));
	}

}
