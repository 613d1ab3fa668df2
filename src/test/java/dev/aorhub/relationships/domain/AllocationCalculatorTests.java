package dev.aorhub.relationships.domain;

import java.time.LocalDate;
import java.util.List;

import dev.aorhub.relationships.domain.AllocationCalculator.Allocation;
import dev.aorhub.shared.time.DateRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AllocationCalculatorTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	private final AllocationCalculator calculator = new AllocationCalculator();

	@Test
	void overlappingAssignmentsAddUp() {
		List<Allocation> allocations = List.of(allocation(60, "2026-01-01", "2026-12-31"),
				allocation(50, "2026-02-01", null));

		assertThat(this.calculator.on(TODAY, allocations)).isEqualTo(110);
		assertThat(this.calculator.peakFrom(TODAY, allocations)).isEqualTo(110);
		assertThat(this.calculator.isOverAllocated(110)).isTrue();
	}

	@Test
	void assignmentsThatFollowEachOtherDoNotAddUp() {
		List<Allocation> allocations = List.of(allocation(60, "2026-01-01", "2026-06-30"),
				allocation(60, "2026-07-01", "2026-12-31"));

		assertThat(this.calculator.peakFrom(TODAY, allocations)).isEqualTo(60);
	}

	@Test
	void sharingTheLastDayCounts() {
		List<Allocation> allocations = List.of(allocation(60, "2026-01-01", "2026-06-30"),
				allocation(60, "2026-06-30", "2026-12-31"));

		assertThat(this.calculator.peakFrom(TODAY, allocations)).isEqualTo(120);
	}

	@Test
	void pastAssignmentsDoNotCountButFutureOnesDo() {
		List<Allocation> allocations = List.of(allocation(80, "2025-01-01", "2026-02-28"),
				allocation(40, "2026-01-01", null), allocation(70, "2026-09-01", "2027-03-01"));

		assertThat(this.calculator.on(TODAY, allocations)).isEqualTo(40);
		assertThat(this.calculator.peakFrom(TODAY, allocations)).isEqualTo(110);
	}

	@Test
	void exactlyFullTimeIsNotOverAllocated() {
		List<Allocation> allocations = List.of(allocation(50, "2026-01-01", null), allocation(50, "2026-01-01", null));

		assertThat(this.calculator.peakFrom(TODAY, allocations)).isEqualTo(100);
		assertThat(this.calculator.isOverAllocated(100)).isFalse();
	}

	@Test
	void nobodyWithoutAssignmentsIsAllocated() {
		assertThat(this.calculator.peakFrom(TODAY, List.of())).isZero();
	}

	private static Allocation allocation(int percent, String start, String end) {
		return new Allocation(percent,
				new DateRange(LocalDate.parse(start), (end != null) ? LocalDate.parse(end) : null));
	}

}
