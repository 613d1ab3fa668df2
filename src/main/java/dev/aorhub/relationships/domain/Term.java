package dev.aorhub.relationships.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * The dates a designation runs, both inclusive; a missing end is open-ended (an evergreen
 * agreement that runs until notice).
 */
public record Term(LocalDate start, LocalDate end) {

	/** Typical AOR terms are one to three years; anything above this deserves a look. */
	public static final Period LONG_TERM = Period.ofYears(5);

	public Term {
		if (start == null) {
			throw new IllegalArgumentException("a term needs a start date");
		}
		if (end != null && !end.isAfter(start)) {
			throw new IllegalArgumentException("a term must end after it starts");
		}
	}

	public boolean isOpenEnded() {
		return this.end == null;
	}

	/** Whether the two terms share at least one day. */
	public boolean overlaps(Term other) {
		boolean thisStartsBeforeOtherEnds = other.end == null || !this.start.isAfter(other.end);
		boolean otherStartsBeforeThisEnds = this.end == null || !other.start.isAfter(this.end);
		return thisStartsBeforeOtherEnds && otherStartsBeforeThisEnds;
	}

	public boolean covers(LocalDate day) {
		return !day.isBefore(this.start) && (this.end == null || !day.isAfter(this.end));
	}

	/** Longer than {@link #LONG_TERM}; an open-ended term is not judged long. */
	public boolean isLongerThan(Period period) {
		return this.end != null && this.end.isAfter(this.start.plus(period));
	}

}
