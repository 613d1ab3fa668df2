package dev.aorhub.delivery.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * When a month's retainer hours run out at the pace so far. Agencies work weekdays, so
 * the pace is the hours used per weekday elapsed (today included), and the remaining
 * hours are spent over the weekdays to come. Empty when nothing was used yet, when the
 * hours are already gone, or when the month is over.
 */
public final class BurnProjection {

	private BurnProjection() {
	}

	public static Optional<LocalDate> runOutDate(YearMonth month, LocalDate today, BigDecimal usedHours,
			BigDecimal remainingHours) {
		if (!YearMonth.from(today).equals(month) || usedHours.signum() <= 0 || remainingHours.signum() <= 0) {
			return Optional.empty();
		}
		int elapsed = weekdays(month.atDay(1), today);
		if (elapsed == 0) {
			return Optional.empty();
		}
		BigDecimal perDay = usedHours.divide(BigDecimal.valueOf(elapsed), 6, RoundingMode.HALF_EVEN);
		int daysLeft = remainingHours.divide(perDay, 0, RoundingMode.CEILING).intValue();
		LocalDate date = today;
		while (daysLeft > 0) {
			date = date.plusDays(1);
			if (isWeekday(date)) {
				daysLeft--;
			}
		}
		return Optional.of(date);
	}

	/** The weekdays from {@code from} to {@code to}, both included. */
	public static int weekdays(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			if (isWeekday(day)) {
				count++;
			}
		}
		return count;
	}

	public static boolean isWeekday(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

}
