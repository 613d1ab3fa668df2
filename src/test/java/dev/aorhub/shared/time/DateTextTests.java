package dev.aorhub.shared.time;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DateTextTests {

	@Test
	void showsADayInTheWorkspacesDateFormat() {
		assertThat(DateText.of(LocalDate.of(2028, 12, 31))).isEqualTo("31 Dec 2028");
		assertThat(DateText.of(LocalDate.of(2027, 3, 1))).isEqualTo("1 Mar 2027");
		assertThat(DateText.of(null)).isEqualTo("—");
	}

}
