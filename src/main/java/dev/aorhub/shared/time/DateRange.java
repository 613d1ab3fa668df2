package dev.aorhub.shared.time;

import java.time.LocalDate;
import java.time.Period;

/**
 * The days from {@code start} to {@code end}, both included: a contract or designation
 * term, a flight, a billing period. {@code end} null is open-ended (an evergreen
 * agreement that runs until notice). A range of one day ends on its start.
 */
public record DateRange(LocalDate start, LocalDate end) {

	public DateRange {
		if (start == null) {
			throw new IllegalArgumentException("a date range has a start");
		}
		if (end != null && end.isBefore(start)) {
			throw new IllegalArgumentException("a date range ends on or after its start");
		}
	}

	public boolean isOpenEnded() {
		return this.end == null;
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(this.start) && (this.end == null || !day.isAfter(this.end));
	}

	/** Whether {@code other} lies wholly inside this range. */
	public boolean encloses(DateRange other) {
		return !other.start.isBefore(this.start)
				&& (this.end == null || (other.end != null && !other.end.isAfter(this.end)));
	}

	/** Whether the ranges share at least one day. */
	public boolean overlaps(DateRange other) {
		return (other.end == null || !this.start.isAfter(other.end))
				&& (this.end == null || !other.start.isAfter(this.end));
	}

	/**
	 * Whether the range ends later than {@code period} after its start; an open-ended
	 * range is not judged long.
	 */
	public boolean isLongerThan(Period period) {
		return this.end != null && this.end.isAfter(this.start.plus(period));
	}

}
