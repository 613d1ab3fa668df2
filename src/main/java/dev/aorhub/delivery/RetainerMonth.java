package dev.aorhub.delivery;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One month of a retainer: the hours included, the unused hours carried in from the month
 * before (by the fee's rollover rule), what that makes available, the approved billable
 * hours used (after the SOW's rounding), and what remains or went over. Billing charges
 * the overage hours at the fee's overage rate.
 */
public record RetainerMonth(YearMonth month, BigDecimal includedHours, BigDecimal rolloverInHours,
		BigDecimal availableHours, BigDecimal usedHours, BigDecimal remainingHours, BigDecimal overageHours) {

	/**
	 * How much of the available hours is used, 0–100 and beyond; 0 when none available.
	 */
	public int percentUsed() {
		if (this.availableHours.signum() == 0) {
			return (this.usedHours.signum() > 0) ? 100 : 0;
		}
		return this.usedHours.multiply(BigDecimal.valueOf(100))
			.divide(this.availableHours, 0, java.math.RoundingMode.FLOOR)
			.intValue();
	}

}
