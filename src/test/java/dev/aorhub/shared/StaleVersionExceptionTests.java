package dev.aorhub.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StaleVersionExceptionTests {

	@Test
	void tellsPeopleWhatHappenedWithoutAVersionNumber() {
		assertThatExceptionOfType(StaleVersionException.class)
			.isThrownBy(() -> StaleVersionException.check("The client", 1L, 2))
			.withMessage("The client was changed by someone else meanwhile; reload to see their change")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContainPattern("\\d"));
	}

}
