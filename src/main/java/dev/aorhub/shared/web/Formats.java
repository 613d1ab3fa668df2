package dev.aorhub.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.aorhub.shared.time.DateText;

import org.springframework.stereotype.Component;

/**
 * How pages show times: in the workspace's time zone, and as "3 hours ago" where that
 * reads better. Used in templates as {@code @formats}.
 */
@Component("formats")
public class Formats {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

	private static final DateTimeFormatter DATE = DateText.FORMAT;

	private final Clock clock;

	public Formats(Clock clock) {
		this.clock = clock;
	}

	public String dateTime(Instant instant, ZoneId zone) {
		return (instant != null) ? DATE_TIME.format(instant.atZone(zone)) : "—";
	}

	/** A day in the workspace's date format: "31 Dec 2028". */
	public String date(LocalDate date) {
		return DateText.of(date);
	}

	public String date(Instant instant, ZoneId zone) {
		return (instant != null) ? DATE.format(instant.atZone(zone)) : "—";
	}

	public String ago(Instant instant) {
		if (instant == null) {
			return "never";
		}
		Duration age = Duration.between(instant, this.clock.instant());
		if (age.isNegative() || age.toMinutes() < 1) {
			return "just now";
		}
		if (age.toHours() < 1) {
			return plural(age.toMinutes(), "minute") + " ago";
		}
		if (age.toDays() < 1) {
			return plural(age.toHours(), "hour") + " ago";
		}
		if (age.toDays() < 60) {
			return plural(age.toDays(), "day") + " ago";
		}
		return DATE.format(instant.atZone(ZoneId.of("UTC")));
	}

	// Compiled once: avatars call this for every person on a page.
	private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\s]");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	public String initials(String name) {
		if (name == null || name.isBlank()) {
			return "?";
		}
		String[] words = WHITESPACE.split(NOT_A_LETTER.matcher(name).replaceAll(" ").strip());
		if (words[0].isEmpty()) {
			return "?";
		}
		String first = words[0].substring(0, 1);
		String last = (words.length > 1) ? words[words.length - 1].substring(0, 1) : "";
		return (first + last).toUpperCase(Locale.ROOT);
	}

	private static String plural(long count, String unit) {
		return count + " " + unit + ((count == 1) ? "" : "s");
	}

}
