package dev.aorhub.shared.time;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A day as people read it in AOR Hub's pages and messages: "31 Dec 2028", never the ISO
 * form "2028-12-31" (which stays the API's format for values, not for sentences).
 */
public final class DateText {

	/** The workspace's date format, the one pages show dates in. */
	public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private DateText() {
	}

	/** "31 Dec 2028"; a dash for no date. */
	public static String of(LocalDate date) {
		return (date != null) ? FORMAT.format(date) : "—";
	}

}
