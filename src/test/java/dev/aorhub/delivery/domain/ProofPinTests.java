package dev.aorhub.delivery.domain;

import java.math.BigDecimal;

import dev.aorhub.delivery.AssetKind;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProofPinTests {

	@Test
	void aPointIsTwoFractionsOfTheImageRoundedToSixDecimals() {
		ProofPin pin = ProofPin.of(new BigDecimal("0.25"), new BigDecimal("0.3333333333"), null);
		assertThat(pin.x()).isEqualByComparingTo("0.25");
		assertThat(pin.y()).isEqualByComparingTo("0.333333");
		assertThat(pin.leftPercent()).isEqualTo("25.000%");
		assertThat(pin.topPercent()).isEqualTo("33.333%");
		assertThat(ProofPin.of(BigDecimal.ZERO, BigDecimal.ONE, null).isPoint()).isTrue();
	}

	@Test
	void coordinatesOutsideTheImageAndPagesBelowOneAreNamed() {
		var problems = catchThrowableOfType(InvalidInputException.class,
				() -> ProofPin.of(new BigDecimal("1.01"), new BigDecimal("-0.1"), 0));
		assertThat(problems.problems()).extracting(FieldProblem::field).containsExactly("x", "y", "page");
	}

	@Test
	void aPointNeedsBothCoordinates() {
		var problems = catchThrowableOfType(InvalidInputException.class,
				() -> ProofPin.of(new BigDecimal("0.5"), null, null));
		assertThat(problems.problems()).extracting(FieldProblem::field).containsExactly("y");
	}

	@Test
	void pointsAreForImagesAndPagesForPdfs() {
		ProofPin point = ProofPin.of(new BigDecimal("0.5"), new BigDecimal("0.5"), null);
		assertThat(point.requireFits(AssetKind.IMAGE, "image/png")).isEqualTo(point);
		assertThat(catchThrowableOfType(InvalidInputException.class,
				() -> point.requireFits(AssetKind.DOCUMENT, "application/pdf"))
			.problems()).extracting(FieldProblem::field).containsExactly("x");
		ProofPin page = ProofPin.of(null, null, 3);
		assertThat(page.requireFits(AssetKind.DOCUMENT, "application/pdf")).isEqualTo(page);
		assertThat(
				catchThrowableOfType(InvalidInputException.class, () -> page.requireFits(AssetKind.IMAGE, "image/png"))
					.problems())
			.extracting(FieldProblem::field)
			.containsExactly("page");
		assertThat(ProofPin.NONE.requireFits(AssetKind.VIDEO, "video/mp4").isPoint()).isFalse();
	}

}
