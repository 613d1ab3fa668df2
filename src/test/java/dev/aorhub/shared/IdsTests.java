package dev.aorhub.shared;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdsTests {

	@Test
	void makesVersion7UuidsOfTheIetfVariant() {
		UUID id = Ids.newId();
		assertThat(id.version()).isEqualTo(7);
		assertThat(id.variant()).isEqualTo(2);
	}

	@Test
	void carriesTheCreationTimeInTheFirst48Bits() {
		long before = System.currentTimeMillis();
		UUID id = Ids.newId();
		long after = System.currentTimeMillis();
		long millis = id.getMostSignificantBits() >>> 16;
		assertThat(millis).isBetween(before, after);
	}

	@Test
	void makesStrictlyIncreasingUniqueIds() {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			ids.add(Ids.newId().toString());
		}
		assertThat(new HashSet<>(ids)).hasSize(ids.size());
		for (int i = 1; i < ids.size(); i++) {
			assertThat(ids.get(i)).as("id %d sorts after id %d", i, i - 1).isGreaterThan(ids.get(i - 1));
		}
	}

}
