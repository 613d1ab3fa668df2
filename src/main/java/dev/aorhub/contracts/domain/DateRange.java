package dev.aorhub.contracts.domain;

import java.time.LocalDate;

/**
 * A contract term from {@code start} to {@code end}, both days included; {@code end} null
 * is open-ended (an evergreen MSA).
 */
public record DateRange(LocalDate start, LocalDate end) {

	public DateRange {
		if (start == null) {
			throw new IllegalArgumentException("a term has a start");
		}
		if (end != null && end.isBefore(start)) {
			throw new IllegalArgumentException("a term ends on or after its start");
		}
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(this.start) && (this.end == null || !day.isAfter(this.end));
	}

	/** Whether {@code other} lies wholly inside this term. */
	public boolean encloses(DateRange other) {
		return !other.start.isBefore(this.start)
				&& (this.end == null || (other.end != null && !other.end.isAfter(this.end)));
	}

	/** Whether the terms share at least one day. */
	public boolean overlaps(DateRange other) {
		return (other.end == null || !this.start.isAfter(other.end))
				&& (this.end == null || !other.start.isAfter(this.end));
	}

}
