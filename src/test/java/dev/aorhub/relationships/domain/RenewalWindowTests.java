package dev.aorhub.relationships.domain;

import java.time.LocalDate;

import dev.aorhub.relationships.domain.RenewalWindow.Urgency;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RenewalWindowTests {

	private static final LocalDate END = LocalDate.of(2026, 12, 31);

	@Test
	void noticeIsDueTheNoticeDaysBeforeTheEnd() {
		RenewalWindow window = RenewalWindow.of(END, 90);

		assertThat(window.noticeDate()).isEqualTo(LocalDate.of(2026, 10, 2));
	}

	@Test
	void theWindowOpensOnTheNoticeDate() {
		RenewalWindow window = RenewalWindow.of(END, 90);

		assertThat(window.isOpen(LocalDate.of(2026, 10, 1))).isFalse();
		assertThat(window.isOpen(LocalDate.of(2026, 10, 2))).isTrue();
		assertThat(window.daysUntilNotice(LocalDate.of(2026, 9, 2))).isEqualTo(30);
		assertThat(window.daysUntilNotice(LocalDate.of(2026, 10, 12))).isEqualTo(-10);
		assertThat(window.daysUntilEnd(LocalDate.of(2026, 12, 1))).isEqualTo(30);
	}

	@Test
	void thePipelineShowsWindowsOpeningWithin180Days() {
		RenewalWindow window = RenewalWindow.of(END, 90);

		assertThat(window.opensWithin(LocalDate.of(2026, 4, 5), RenewalWindow.PIPELINE_HORIZON_DAYS)).isTrue();
		assertThat(window.opensWithin(LocalDate.of(2026, 4, 4), RenewalWindow.PIPELINE_HORIZON_DAYS)).isFalse();
		assertThat(window.opensWithin(LocalDate.of(2027, 3, 1), RenewalWindow.PIPELINE_HORIZON_DAYS)).isTrue();
	}

	@Test
	void zeroNoticeDaysOpensTheWindowOnTheLastDay() {
		RenewalWindow window = RenewalWindow.of(END, 0);

		assertThat(window.noticeDate()).isEqualTo(END);
		assertThat(window.urgency(END)).isEqualTo(Urgency.OPEN);
	}

	@Test
	void urgencyGrowsAsTheDatesApproach() {
		RenewalWindow window = RenewalWindow.of(END, 90);

		assertThat(window.urgency(LocalDate.of(2026, 6, 1))).isEqualTo(Urgency.LATER);
		assertThat(window.urgency(LocalDate.of(2026, 9, 10))).isEqualTo(Urgency.SOON);
		assertThat(window.urgency(LocalDate.of(2026, 11, 1))).isEqualTo(Urgency.OPEN);
		assertThat(window.urgency(LocalDate.of(2027, 1, 1))).isEqualTo(Urgency.OVERDUE);
	}

	@Test
	void anOpenEndedTermHasNoWindow() {
		assertThat(RenewalWindow.of(null, 90)).isNull();
	}

}
