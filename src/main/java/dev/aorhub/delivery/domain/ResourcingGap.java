package dev.aorhub.delivery.domain;

import java.math.BigDecimal;

/**
 * When a designation (or one person on it) got less of its team than promised: worked
 * hours below 90% of the committed hours. The 10% tolerance absorbs a short week or time
 * logged a day late; a real shortfall shows through it.
 */
public final class ResourcingGap {

	/** Worked below this share of committed hours is under-resourced. */
	public static final BigDecimal TOLERATED_SHARE = new BigDecimal("0.90");

	private ResourcingGap() {
	}

	public static boolean underResourced(BigDecimal committedHours, BigDecimal workedHours) {
		return committedHours.signum() > 0 && workedHours.compareTo(committedHours.multiply(TOLERATED_SHARE)) < 0;
	}

	/** The hours promised but not worked; never negative. */
	public static BigDecimal gap(BigDecimal committedHours, BigDecimal workedHours) {
		return committedHours.subtract(workedHours).max(BigDecimal.ZERO);
	}

}
