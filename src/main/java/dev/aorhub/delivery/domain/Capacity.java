package dev.aorhub.delivery.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Set;

/**
 * A person's hours in a period: their weekly hours spread over the five weekdays, less
 * the days they are away. A commitment to a designation is a share of those hours, on the
 * days the assignment runs; so a promised 50% of a 40-hour week is 4 hours a weekday, and
 * nothing on a day off or before the assignment starts.
 */
public record Capacity(BigDecimal hoursPerWeek, Set<LocalDate> daysOff) {

	/** What a week is when the workspace has not said otherwise. */
	public static final BigDecimal DEFAULT_HOURS_PER_WEEK = BigDecimal.valueOf(40);

	private static final BigDecimal WEEKDAYS = BigDecimal.valueOf(5);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public Capacity {
		if (hoursPerWeek == null || hoursPerWeek.signum() < 0) {
			throw new IllegalArgumentException("hours per week must not be negative");
		}
		daysOff = Set.copyOf(daysOff);
	}

	/** The hours available from {@code from} to {@code to}, both included. */
	public BigDecimal hours(LocalDate from, LocalDate to) {
		return perDay().multiply(BigDecimal.valueOf(workingDays(from, to))).setScale(2, RoundingMode.HALF_EVEN);
	}

	/**
	 * The hours promised by an assignment of {@code allocationPercent} running from
	 * {@code start} to {@code end} (null: open), counted inside {@code from}–{@code to}.
	 */
	public BigDecimal committedHours(int allocationPercent, LocalDate start, LocalDate end, LocalDate from,
			LocalDate to) {
		LocalDate first = start.isAfter(from) ? start : from;
		LocalDate last = (end != null && end.isBefore(to)) ? end : to;
		if (first.isAfter(last)) {
			return BigDecimal.ZERO.setScale(2);
		}
		return perDay().multiply(BigDecimal.valueOf(workingDays(first, last)))
			.multiply(BigDecimal.valueOf(allocationPercent))
			.divide(HUNDRED, 2, RoundingMode.HALF_EVEN);
	}

	private BigDecimal perDay() {
		return this.hoursPerWeek.divide(WEEKDAYS, 6, RoundingMode.HALF_EVEN);
	}

	private int workingDays(LocalDate from, LocalDate to) {
		int days = 0;
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			if (BurnProjection.isWeekday(day) && !this.daysOff.contains(day)) {
				days++;
			}
		}
		return days;
	}

}
