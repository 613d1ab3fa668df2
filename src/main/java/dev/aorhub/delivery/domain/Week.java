package dev.aorhub.delivery.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A timesheet's week, Monday to Sunday (ISO 8601), named {@code 2026-W48} or by any of
 * its dates.
 */
public record Week(LocalDate monday) {

	private static final Pattern ISO = Pattern.compile("(\\d{4})-W(\\d{1,2})");

	public Week {
		if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
			throw new IllegalArgumentException("A week starts on a Monday, not on " + monday);
		}
	}

	public static Week of(LocalDate date) {
		return new Week(date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
	}

	/** {@code 2026-W48} or a date such as {@code 2026-11-23}; empty when neither. */
	public static Optional<Week> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String value = text.strip().toUpperCase(Locale.ROOT);
		Matcher iso = ISO.matcher(value);
		if (iso.matches()) {
			int year = Integer.parseInt(iso.group(1));
			int number = Integer.parseInt(iso.group(2));
			LocalDate mid = LocalDate.of(year, 6, 1);
			if (number < 1 || number > mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
				return Optional.empty();
			}
			return Optional.of(of(mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number)));
		}
		try {
			return Optional.of(of(LocalDate.parse(value)));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	public LocalDate sunday() {
		return this.monday.plusDays(6);
	}

	public List<LocalDate> days() {
		return IntStream.range(0, 7).mapToObj(this.monday::plusDays).toList();
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(this.monday) && !date.isAfter(sunday());
	}

	/** The one or two months the week falls in. */
	public List<YearMonth> months() {
		YearMonth first = YearMonth.from(this.monday);
		YearMonth last = YearMonth.from(sunday());
		return first.equals(last) ? List.of(first) : List.of(first, last);
	}

	public Week previous() {
		return new Week(this.monday.minusWeeks(1));
	}

	public Week next() {
		return new Week(this.monday.plusWeeks(1));
	}

	/** {@code 2026-W48}. */
	public String isoName() {
		return this.monday.get(IsoFields.WEEK_BASED_YEAR) + "-W"
				+ String.format(Locale.ROOT, "%02d", this.monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	/** {@code 23 – 29 Nov 2026}, or {@code 30 Nov – 6 Dec 2026}. */
	public String label() {
		LocalDate sunday = sunday();
		String end = dev.aorhub.shared.time.DateText.of(sunday);
		if (this.monday.getMonth() == sunday.getMonth()) {
			return this.monday.getDayOfMonth() + " – " + end;
		}
		String start = dev.aorhub.shared.time.DateText.of(this.monday);
		return (this.monday.getYear() == sunday.getYear()) ? start.substring(0, start.length() - 5) + " – " + end
				: start + " – " + end;
	}

	@Override
	public String toString() {
		return isoName();
	}

}
