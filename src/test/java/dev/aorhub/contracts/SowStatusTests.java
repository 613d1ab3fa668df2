package dev.aorhub.contracts;

import java.util.EnumSet;

import dev.aorhub.shared.IllegalStateChangeException;
import org.junit.jupiter.api.Test;

import static dev.aorhub.contracts.SowStatus.ACTIVE;
import static dev.aorhub.contracts.SowStatus.APPROVED;
import static dev.aorhub.contracts.SowStatus.CANCELLED;
import static dev.aorhub.contracts.SowStatus.COMPLETED;
import static dev.aorhub.contracts.SowStatus.DRAFT;
import static dev.aorhub.contracts.SowStatus.SENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The SOW's life: draft, sent, approved by the client (or declined back to draft),
 * active, completed; cancellable until it is complete.
 */
class SowStatusTests {

	@Test
	void allowsExactlyTheMovesOfASowsLife() {
		assertThat(DRAFT.next()).containsExactlyInAnyOrder(SENT, CANCELLED);
		assertThat(SENT.next()).containsExactlyInAnyOrder(APPROVED, DRAFT, CANCELLED);
		assertThat(APPROVED.next()).containsExactlyInAnyOrder(ACTIVE, CANCELLED);
		assertThat(ACTIVE.next()).containsExactlyInAnyOrder(COMPLETED, CANCELLED);
		assertThat(COMPLETED.next()).isEmpty();
		assertThat(CANCELLED.next()).isEmpty();
	}

	@Test
	void canBecomeOnlyANextStatusAndNeverItself() {
		for (SowStatus from : SowStatus.values()) {
			for (SowStatus to : SowStatus.values()) {
				assertThat(from.canBecome(to)).as(from + " -> " + to).isEqualTo(from.next().contains(to));
			}
			assertThat(from.canBecome(from)).as(from + " -> itself").isFalse();
		}
	}

	@Test
	void completedAndCancelledAreFinal() {
		assertThat(EnumSet.allOf(SowStatus.class).stream().filter(SowStatus::isFinal))
			.containsExactlyInAnyOrder(COMPLETED, CANCELLED);
	}

	@Test
	void requireCanBecomeAnswersTheTargetOrTheConflict() {
		assertThat(SENT.requireCanBecome(APPROVED)).isEqualTo(APPROVED);

		assertThatExceptionOfType(IllegalStateChangeException.class).isThrownBy(() -> DRAFT.requireCanBecome(ACTIVE))
			.withMessage("A SOW cannot go from DRAFT to ACTIVE; from DRAFT it can become SENT or CANCELLED")
			.satisfies((ex) -> assertThat(ex.problemType()).isEqualTo("illegal-state-change"))
			.satisfies((ex) -> assertThat(ex.properties()).containsEntry("currentStatus", "DRAFT")
				.containsEntry("requestedStatus", "ACTIVE"));
		assertThatExceptionOfType(IllegalStateChangeException.class)
			.isThrownBy(() -> COMPLETED.requireCanBecome(ACTIVE))
			.withMessage("A SOW that is COMPLETED cannot change status");
		assertThatExceptionOfType(IllegalStateChangeException.class).isThrownBy(() -> SENT.requireCanBecome(SENT))
			.withMessage("The SOW is already SENT");
	}

}
