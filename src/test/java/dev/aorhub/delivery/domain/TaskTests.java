package dev.aorhub.delivery.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import dev.aorhub.delivery.Discipline;
import dev.aorhub.delivery.TaskStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TaskTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 5, 12);

	private static TaskDetails details(LocalDate due) {
		return new TaskDetails(UUID.randomUUID(), " Key visual ", null, Discipline.DESIGN, null, new BigDecimal("8"),
				due);
	}

	@Test
	void openWorkPastItsDueDateIsOverdueButNotOnTheDayOrWhenDone() {
		assertThat(new Task(UUID.randomUUID(), details(TODAY.minusDays(1)), TaskStatus.IN_PROGRESS, 0).isOverdue(TODAY))
			.isTrue();
		assertThat(new Task(UUID.randomUUID(), details(TODAY), TaskStatus.TODO, 0).isOverdue(TODAY)).isFalse();
		assertThat(new Task(UUID.randomUUID(), details(TODAY.minusDays(9)), TaskStatus.DONE, 0).isOverdue(TODAY))
			.isFalse();
		assertThat(new Task(UUID.randomUUID(), details(null), TaskStatus.TODO, 0).isOverdue(TODAY)).isFalse();
	}

	@Test
	void aCardMovesToAnyColumnAtAnyPlaceEvenBackFromReview() {
		Task task = new Task(UUID.randomUUID(), details(null), TaskStatus.TODO, 3);
		assertThat(task.getTitle()).isEqualTo("Key visual");
		task.moveTo(TaskStatus.IN_REVIEW, 0);
		assertThat(task.getStatus()).isEqualTo(TaskStatus.IN_REVIEW);
		assertThat(task.getPosition()).isZero();
		task.moveTo(TaskStatus.TODO, 5);
		assertThat(task.getStatus()).isEqualTo(TaskStatus.TODO);
		assertThat(task.getPosition()).isEqualTo(5);
	}

	@Test
	void anEstimateIsFromZeroTo999Point99Hours() {
		UUID campaign = UUID.randomUUID();
		new TaskDetails(campaign, "Ok", null, Discipline.COPY, null, new BigDecimal("999.99"), null);
		new TaskDetails(campaign, "Ok", null, Discipline.COPY, null, BigDecimal.ZERO, null);
		assertThatIllegalArgumentException().isThrownBy(
				() -> new TaskDetails(campaign, "Ok", null, Discipline.COPY, null, new BigDecimal("1000"), null));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new TaskDetails(campaign, "Ok", null, Discipline.COPY, null, new BigDecimal("-0.01"), null));
	}

}
