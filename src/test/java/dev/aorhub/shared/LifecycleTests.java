package dev.aorhub.shared;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * One lifecycle contract and one 409 for every status enum.
 */
class LifecycleTests {

	enum Door implements Lifecycle<Door> {

		OPEN, CLOSED, LOCKED, BRICKED_UP;

		@Override
		public String label() {
			return name().toLowerCase();
		}

		@Override
		public String subject() {
			return "door";
		}

		@Override
		public Set<Door> next() {
			return switch (this) {
				case OPEN -> EnumSet.of(CLOSED);
				case CLOSED -> EnumSet.of(OPEN, LOCKED, BRICKED_UP);
				case LOCKED -> EnumSet.of(CLOSED, BRICKED_UP);
				case BRICKED_UP -> EnumSet.noneOf(Door.class);
			};
		}

		@Override
		public String finalStatusAdvice() {
			return (this == BRICKED_UP) ? "build a new door" : null;
		}

	}

	@Test
	void aStatusWithoutNextStatusesIsFinal() {
		assertThat(Door.BRICKED_UP.isFinal()).isTrue();
		assertThat(Door.LOCKED.isFinal()).isFalse();
	}

	@Test
	void aForbiddenChangeNamesTheAllowedOnesInLifecycleOrder() {
		assertThatExceptionOfType(IllegalStateChangeException.class)
			.isThrownBy(() -> Door.OPEN.requireCanBecome(Door.LOCKED))
			.withMessage("A door cannot go from OPEN to LOCKED; from OPEN it can become CLOSED");
		// BRICKED_UP is declared after CLOSED, so it comes second.
		assertThatExceptionOfType(IllegalStateChangeException.class)
			.isThrownBy(() -> Door.LOCKED.requireCanBecome(Door.OPEN))
			.withMessage("A door cannot go from LOCKED to OPEN; from LOCKED it can become CLOSED or BRICKED_UP");
	}

	@Test
	void aStatusCannotBecomeItself() {
		assertThat(Door.CLOSED.canBecome(Door.CLOSED)).isFalse();
		assertThatExceptionOfType(IllegalStateChangeException.class)
			.isThrownBy(() -> Door.CLOSED.requireCanBecome(Door.CLOSED))
			.withMessage("The door is already CLOSED");
	}

	@Test
	void aFinalStatusRefusesEveryChangeWithItsAdvice() {
		assertThatExceptionOfType(IllegalStateChangeException.class)
			.isThrownBy(() -> Door.BRICKED_UP.requireCanBecome(Door.OPEN))
			.withMessage("A door that is BRICKED_UP cannot change status; build a new door")
			.satisfies((ex) -> assertThat(ex.problemType()).isEqualTo("illegal-state-change"))
			.satisfies((ex) -> assertThat(ex.properties()).containsEntry("currentStatus", "BRICKED_UP")
				.containsEntry("requestedStatus", "OPEN"));
	}

	@Test
	void isAConflict() {
		assertThat(new IllegalStateChangeException(Door.OPEN, Door.LOCKED)).isInstanceOf(ConflictException.class);
	}

}
