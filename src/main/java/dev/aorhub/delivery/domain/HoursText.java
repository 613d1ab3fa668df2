package dev.aorhub.delivery.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time as people type it into a timesheet cell: decimal hours ({@code 1.5}, {@code 1,5},
 * {@code 2h}), hours and minutes ({@code 1:30}, {@code 1h30}) or minutes ({@code 90m}). A
 * blank cell is no time.
 */
public final class HoursText {

	/** What a cell that cannot be read says beside it. */
	public static final String EXPECTED = "must be hours such as 1.5, 1:30 or 90m";

	private static final Pattern DECIMAL = Pattern.compile("(\\d{1,2}(?:[.,]\\d{1,4})?|[.,]\\d{1,4})\\s*h?");

	private static final Pattern HOURS_MINUTES = Pattern.compile("(\\d{1,2})\\s*(?::|h)\\s*(\\d{1,2})\\s*m?");

	private static final Pattern MINUTES = Pattern.compile("(\\d{1,4})\\s*m(?:in)?");

	private HoursText() {
	}

	/**
	 * The minutes the text stands for (0 when blank), rounded to the nearest minute;
	 * empty when it is not a time.
	 */
	public static Optional<Integer> minutes(String text) {
		if (text == null || text.isBlank()) {
			return Optional.of(0);
		}
		String value = text.strip().toLowerCase(Locale.ROOT);
		Matcher m = HOURS_MINUTES.matcher(value);
		if (m.matches()) {
			int minutes = Integer.parseInt(m.group(2));
			return (minutes < 60) ? Optional.of(Integer.parseInt(m.group(1)) * 60 + minutes) : Optional.empty();
		}
		m = MINUTES.matcher(value);
		if (m.matches()) {
			return Optional.of(Integer.parseInt(m.group(1)));
		}
		m = DECIMAL.matcher(value);
		if (m.matches()) {
			BigDecimal hours = new BigDecimal(m.group(1).replace(',', '.'));
			return Optional
				.of(hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValueExact());
		}
		return Optional.empty();
	}

	/**
	 * How a cell shows minutes: {@code 1.5}, {@code 0.25}, {@code 7.75}; blank for none.
	 */
	public static String of(int minutes) {
		if (minutes == 0) {
			return "";
		}
		BigDecimal hours = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
		return hours.stripTrailingZeros().toPlainString();
	}

	/** How totals show minutes: {@code 7:30}. */
	public static String clock(long minutes) {
		return (minutes / 60) + ":" + String.format(Locale.ROOT, "%02d", minutes % 60);
	}

}
