package dev.aorhub.relationships.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.TreeMap;

import dev.aorhub.shared.time.DateRange;

/**
 * Sums a person's allocation across their team assignments. Only assignments that run on
 * the same days add up: 60% on one account until March and 60% on another from April is
 * never more than 60%.
 */
public final class AllocationCalculator {

	/** A share of a person's time, on the days of a term. */
	public record Allocation(int percent, DateRange term) {
	}

	/** Above this a person is over-allocated. */
	public static final int FULL_TIME = 100;

	/** The sum of the allocations running on that day. */
	public int on(LocalDate day, Collection<Allocation> allocations) {
		return allocations.stream().filter((a) -> a.term().contains(day)).mapToInt(Allocation::percent).sum();
	}

	/**
	 * The highest sum on any day from {@code from} on (inclusive), over the allocations
	 * that run then.
	 */
	public int peakFrom(LocalDate from, Collection<Allocation> allocations) {
		// A sweep over the days where the sum changes: +percent at a start, -percent the
		// day after an end.
		TreeMap<LocalDate, Integer> changes = new TreeMap<>();
		for (Allocation allocation : allocations) {
			DateRange term = allocation.term();
			if (term.end() != null && term.end().isBefore(from)) {
				continue;
			}
			LocalDate start = term.start().isBefore(from) ? from : term.start();
			changes.merge(start, allocation.percent(), Integer::sum);
			if (term.end() != null) {
				changes.merge(term.end().plusDays(1), -allocation.percent(), Integer::sum);
			}
		}
		int running = 0;
		int peak = 0;
		for (int change : changes.values()) {
			running += change;
			peak = Math.max(peak, running);
		}
		return peak;
	}

	public boolean isOverAllocated(int percent) {
		return percent > FULL_TIME;
	}

}
