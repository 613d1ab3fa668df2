package dev.aorhub.planning.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShareOfVoicePolicyTests {

	private static List<FieldProblem> check(String... shares) {
		var problems = new InvalidInputException.Collector();
		ShareOfVoicePolicy.check(Arrays.stream(shares).map((s) -> (s != null) ? new BigDecimal(s) : null).toList(),
				problems);
		return problems.problems();
	}

	@Test
	void sharesThatAddUpTo100AtMostPass() {
		assertThat(check("32.5", "21", "46.50")).isEmpty();
		assertThat(check("0", "100")).isEmpty();
	}

	@Test
	void anUnknownShareCountsNothing() {
		assertThat(check(null, "99.99", null)).isEmpty();
	}

	@Test
	void aShareOutsideZeroToHundredNamesItsCompetitor() {
		assertThat(check("10", "120")).extracting(FieldProblem::field)
			.containsExactly("competitors[1].shareOfVoicePercent");
		assertThat(check("-0.5")).extracting(FieldProblem::message).containsExactly("must be between 0 and 100");
	}

	@Test
	void aShareHasAtMostTwoDecimalsButTrailingZerosAreFine() {
		assertThat(check("12.345")).extracting(FieldProblem::message).containsExactly("must have at most 2 decimals");
		assertThat(check("12.3400")).isEmpty();
	}

	@Test
	void aTotalOver100NamesTheLastCompetitorWithAShare() {
		// 60 + 40.01 = 100.01: the second share brings the total over.
		assertThat(check("60", "40.01", null)).singleElement().satisfies((problem) -> {
			assertThat(problem.field()).isEqualTo("competitors[1].shareOfVoicePercent");
			assertThat(problem.message()).contains("100.01%");
		});
	}

	@Test
	void aTotalIsNotCheckedWhenAShareIsAlreadyWrong() {
		assertThat(check("150", "60")).hasSize(1);
	}

}
