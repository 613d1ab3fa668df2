package dev.aorhub.contracts.domain;

import java.math.BigDecimal;

import dev.aorhub.shared.InvalidInputException;

/**
 * A percentage from 0 to 100 with at most four decimals, as contracts state commissions,
 * revenue shares and discounts. In JSON it is a string such as {@code "15.0"}: always at
 * least one decimal, no trailing zeros beyond that.
 */
public record Percent(BigDecimal value) implements Comparable<Percent> {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private static final int MAX_SCALE = 4;

	public static final Percent ZERO = new Percent(BigDecimal.ZERO);

	public Percent {
		if (value == null || value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
			throw new IllegalArgumentException("a percent is between 0 and 100");
		}
		value = value.stripTrailingZeros();
		if (value.scale() > MAX_SCALE) {
			throw new IllegalArgumentException("a percent has at most " + MAX_SCALE + " decimals");
		}
	}

	public static Percent of(String text) {
		return new Percent(new BigDecimal(text));
	}

	/**
	 * The percent in {@code text}, or null when it is invalid (a problem is then added
	 * under {@code field}).
	 */
	public static Percent parse(String text, String field, InvalidInputException.Collector problems) {
		BigDecimal value;
		try {
			value = new BigDecimal(text.strip());
		}
		catch (RuntimeException ex) {
			problems.add(field, "must be a decimal number such as 15.0");
			return null;
		}
		if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
			problems.add(field, "must be between 0 and 100");
			return null;
		}
		return checked(value, field, problems);
	}

	/**
	 * The percent {@code value}, already known to be between 0 and 100, or null when it
	 * has more decimals than a percent keeps (a problem is then added under
	 * {@code field}).
	 */
	public static Percent checked(BigDecimal value, String field, InvalidInputException.Collector problems) {
		if (value.stripTrailingZeros().scale() > MAX_SCALE) {
			problems.add(field, "must have at most " + MAX_SCALE + " decimals");
			return null;
		}
		return new Percent(value);
	}

	/** The canonical text: {@code 15.0}, {@code 12.25}, {@code 100.0}. */
	public String text() {
		return this.value.setScale(Math.max(1, this.value.scale())).toPlainString();
	}

	/** The fraction to multiply by: 15% is 0.15. */
	public BigDecimal fraction() {
		return this.value.movePointLeft(2);
	}

	public boolean isZero() {
		return this.value.signum() == 0;
	}

	@Override
	public int compareTo(Percent other) {
		return this.value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return text() + "%";
	}

}
