package dev.aorhub.delivery.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BrandColourTests {

	@Test
	void aHexColourIsKeptAsAHashAndSixUpperCaseDigits() {
		assertThat(BrandColour.hex("#0b1f3a")).isEqualTo("#0B1F3A");
		assertThat(BrandColour.hex(" 0B1F3A ")).isEqualTo("#0B1F3A");
		assertThat(BrandColour.hex("#fa0")).isEqualTo("#FFAA00");
	}

	@Test
	void anythingElseIsNotAColour() {
		assertThatIllegalArgumentException().isThrownBy(() -> BrandColour.hex("navy"));
		assertThatIllegalArgumentException().isThrownBy(() -> BrandColour.hex("#12345"));
		assertThatIllegalArgumentException().isThrownBy(() -> BrandColour.hex("#GGGGGG"));
		assertThatIllegalArgumentException().isThrownBy(() -> BrandColour.hex(null));
	}

	@Test
	void textOnADarkColourIsWhiteAndOnALightOneBlack() {
		// Relative luminance: navy #0B1F3A ≈ 0.013, mid grey #777777 ≈ 0.184, yellow ≈
		// 0.93.
		assertThat(colour("#0B1F3A").needsLightText()).isTrue();
		assertThat(colour("#000000").needsLightText()).isTrue();
		assertThat(colour("#777777").needsLightText()).isFalse();
		assertThat(colour("#FFD500").needsLightText()).isFalse();
		assertThat(colour("#FFFFFF").needsLightText()).isFalse();
	}

	private static BrandColour colour(String hex) {
		return new BrandColour(null, "Test", hex, null);
	}

}
