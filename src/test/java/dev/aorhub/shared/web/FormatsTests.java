package dev.aorhub.shared.web;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTests {

	private final Formats formats = new Formats(Clock.systemUTC());

	@Test
	void initialsAreTheFirstLettersOfTheFirstAndLastWords() {
		assertThat(this.formats.initials("Maria José García")).isEqualTo("MG");
		assertThat(this.formats.initials("  o'brien-smith ")).isEqualTo("OS");
		assertThat(this.formats.initials("Chen")).isEqualTo("C");
		assertThat(this.formats.initials("Łukasz Żak")).isEqualTo("ŁŻ");
	}

	@Test
	void aNameWithoutLettersHasAQuestionMark() {
		assertThat(this.formats.initials(null)).isEqualTo("?");
		assertThat(this.formats.initials("  ")).isEqualTo("?");
		assertThat(this.formats.initials("42 - 7")).isEqualTo("?");
	}

}
