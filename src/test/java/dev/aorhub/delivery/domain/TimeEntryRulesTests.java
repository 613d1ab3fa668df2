package dev.aorhub.delivery.domain;

import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeEntryRulesTests {

	@Test
	void anEntryIsOneMinuteToTwentyFourHours() {
		assertThat(problems(0)).containsExactly("minutes");
		assertThat(problems(1)).isEmpty();
		assertThat(problems(1440)).isEmpty();
		assertThat(problems(1441)).containsExactly("minutes");
		assertThat(problems(null)).containsExactly("minutes");
	}

	@Test
	void aDayHoldsAtMostTwentyFourHoursAcrossEntries() {
		// 14 h already logged that day plus 10 h is exactly 24 h: allowed.
		var exactly = new InvalidInputException.Collector();
		TimeEntryRules.checkDayTotal(14 * 60, 10 * 60, "minutes", exactly);
		assertThat(exactly.isEmpty()).isTrue();
		// 14 h plus 11 h is 25 h: refused, saying how much the day would hold.
		var over = new InvalidInputException.Collector();
		TimeEntryRules.checkDayTotal(14 * 60, 11 * 60, "minutes", over);
		assertThat(over.problems()).extracting(FieldProblem::message)
			.singleElement()
			.asString()
			.contains("25:00 h")
			.contains("14:00 h")
			.contains("24 h");
	}

	private static java.util.List<String> problems(Integer minutes) {
		var problems = new InvalidInputException.Collector();
		TimeEntryRules.checkMinutes(minutes, "minutes", problems);
		return problems.problems().stream().map(FieldProblem::field).toList();
	}

}
