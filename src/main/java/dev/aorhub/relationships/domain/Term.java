package dev.aorhub.relationships.domain;

import dev.aorhub.relationships.DesignationKind;
import dev.aorhub.shared.Money;
import dev.aorhub.shared.time.DateRange;

/**
 * One term of a designation: its dates, its annual value (null when not recorded) and its
 * kind. A renewal replaces the current term with the next one and keeps the old one in
 * the designation's history.
 */
public record Term(DateRange dates, Money annualValue, DesignationKind kind) {

	public Term {
		if (dates == null || kind == null) {
			throw new IllegalArgumentException("a term has dates and a kind");
		}
		if (dates.end() != null && !dates.end().isAfter(dates.start())) {
			throw new IllegalArgumentException("a term must end after it starts");
		}
	}

}
