package dev.aorhub.delivery.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How exports write dates, durations and yes/no, read into what a time entry holds. Each
 * reader adds a sentence naming the column to {@code problems} when the text is not what
 * it expects, and answers null.
 */
public final class ImportCells {

	/** The date styles exports use, with how a message names them. */
	public enum DateStyle {

		ISO("YYYY-MM-DD", "uuuu-MM-dd"), US("MM/DD/YYYY", "M/d/uuuu"), DOTTED("DD.MM.YYYY", "d.M.uuuu");

		private final String shown;

		private final DateTimeFormatter format;

		DateStyle(String shown, String pattern) {
			this.shown = shown;
			this.format = DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
		}

	}

	private static final Pattern CLOCK = Pattern.compile("(\\d{1,4}):(\\d{2})(?::(\\d{2}))?");

	private static final Pattern DECIMAL = Pattern.compile("\\d{1,4}(?:[.,]\\d{1,6})?|[.,]\\d{1,6}");

	private static final Pattern WHOLE = Pattern.compile("\\d{1,7}");

	private ImportCells() {
	}

	/** A required cell: its text, or a problem saying it is missing. */
	public static String required(String text, ImportColumn column, List<String> problems) {
		if (text == null) {
			problems.add(column.label() + " is required");
		}
		return text;
	}

	/**
	 * A date in one of the styles; a time after it ({@code 2026-03-02 09:00}) is dropped.
	 */
	public static LocalDate date(String text, ImportColumn column, List<String> problems, DateStyle... styles) {
		if (text == null) {
			problems.add(column.label() + " is required");
			return null;
		}
		String day = text.split("[ T]", 2)[0];
		for (DateStyle style : styles) {
			try {
				return LocalDate.parse(day, style.format);
			}
			catch (DateTimeException ex) {
				// the next style may read it
			}
		}
		problems.add(column.label() + " '" + text + "' is not a date in "
				+ String.join(" or ", java.util.Arrays.stream(styles).map((s) -> s.shown).toList()));
		return null;
	}

	/** Decimal hours ({@code 7.5}, {@code 7,5}) as minutes. */
	public static Integer decimalHours(String text, ImportColumn column, List<String> problems) {
		if (text == null) {
			problems.add(column.label() + " is required");
			return null;
		}
		if (!DECIMAL.matcher(text).matches()) {
			problems.add(column.label() + " '" + text + "' is not a number of hours such as 7.5");
			return null;
		}
		BigDecimal seconds = new BigDecimal(text.replace(',', '.')).multiply(BigDecimal.valueOf(3600));
		return minutesOf(seconds.setScale(0, RoundingMode.HALF_UP).longValue());
	}

	/**
	 * A duration as a clock ({@code 01:17:00}, {@code 1:30}); with {@code wholeSeconds}
	 * also a whole number of seconds ({@code 5400}), and any decimal as hours.
	 */
	public static Integer duration(String text, ImportColumn column, boolean wholeSeconds, List<String> problems) {
		if (text == null) {
			problems.add(column.label() + " is required");
			return null;
		}
		Matcher clock = CLOCK.matcher(text);
		if (clock.matches()) {
			int minutes = Integer.parseInt(clock.group(2));
			int seconds = (clock.group(3) != null) ? Integer.parseInt(clock.group(3)) : 0;
			if (minutes < 60 && seconds < 60) {
				return minutesOf(Long.parseLong(clock.group(1)) * 3600 + minutes * 60L + seconds);
			}
		}
		else if (wholeSeconds && WHOLE.matcher(text).matches()) {
			return minutesOf(Long.parseLong(text));
		}
		else if (wholeSeconds && DECIMAL.matcher(text).matches()) {
			return decimalHours(text, column, problems);
		}
		problems.add(column.label() + " '" + text + "' is not a duration such as "
				+ (wholeSeconds ? "1:30, 01:30:00 or 5400 (seconds)" : "01:30:00"));
		return null;
	}

	/**
	 * Seconds to whole minutes, to the nearest one; any time at all is at least a minute,
	 * since the entry records work that was done.
	 */
	static int minutesOf(long seconds) {
		if (seconds <= 0) {
			return 0;
		}
		long minutes = (seconds + 30) / 60;
		return (int) Math.min(Math.max(minutes, 1), Integer.MAX_VALUE);
	}

	/** Yes/no, true/false, 1/0; null when blank (the entry is then billable). */
	public static Boolean yesNo(String text, ImportColumn column, List<String> problems) {
		if (text == null) {
			return null;
		}
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "yes", "y", "true", "1", "billable" -> Boolean.TRUE;
			case "no", "n", "false", "0", "non-billable", "not billable" -> Boolean.FALSE;
			default -> {
				problems.add(column.label() + " '" + text + "' must be Yes or No");
				yield null;
			}
		};
	}

	/**
	 * The note, with the task or activity it was for in front:
	 * {@code Design: Key visual}.
	 */
	public static String note(String task, String text) {
		if (task == null) {
			return text;
		}
		return (text == null) ? task : task + ": " + text;
	}

	/**
	 * {@code Ada} and {@code Lovelace} as {@code Ada Lovelace}; null when both are blank.
	 */
	public static String fullName(String first, String last) {
		String name = ((first != null) ? first : "") + " " + ((last != null) ? last : "");
		return name.isBlank() ? null : name.strip();
	}

}
