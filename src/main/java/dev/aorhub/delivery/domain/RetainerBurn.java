package dev.aorhub.delivery.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.aorhub.delivery.RetainerMonth;

/**
 * How a retainer's hours burn month by month. Each month includes the fee's hours; with
 * {@code NEXT_MONTH} rollover, the included hours a month left unused are available in
 * the next month only. Rolled-over hours are used first (they lapse at the month's end),
 * so what rolls on is only the month's own included hours still unused: 40 included and
 * 30 used in September make 50 available in October; if October then uses 45, the 10
 * rolled hours went first and 5 of October's 40 roll into November.
 */
public final class RetainerBurn {

	private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

	private static final BigDecimal NONE = BigDecimal.ZERO.setScale(2);

	private RetainerBurn() {
	}

	/**
	 * The months from {@code first} to {@code last}, each from the minutes used in it
	 * (months absent used nothing).
	 */
	public static List<RetainerMonth> months(int includedHours, boolean rollsOver, YearMonth first, YearMonth last,
			Map<YearMonth, Long> usedMinutes) {
		if (includedHours < 0) {
			throw new IllegalArgumentException("included hours must not be negative");
		}
		BigDecimal included = BigDecimal.valueOf(includedHours).setScale(2);
		List<RetainerMonth> months = new ArrayList<>();
		BigDecimal rolloverIn = NONE;
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			BigDecimal used = hours(usedMinutes.getOrDefault(month, 0L));
			BigDecimal available = included.add(rolloverIn);
			BigDecimal remaining = available.subtract(used).max(NONE);
			BigDecimal overage = used.subtract(available).max(NONE);
			months.add(new RetainerMonth(month, included, rolloverIn, available, used, remaining, overage));
			BigDecimal usedOfIncluded = used.subtract(rolloverIn).max(NONE);
			rolloverIn = rollsOver ? included.subtract(usedOfIncluded).max(NONE) : NONE;
		}
		return months;
	}

	/** Minutes as hours with two decimals, half-even (90 minutes are 1.50 hours). */
	public static BigDecimal hours(long minutes) {
		return BigDecimal.valueOf(minutes).divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_EVEN);
	}

}
