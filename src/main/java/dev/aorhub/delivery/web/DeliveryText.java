package dev.aorhub.delivery.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dev.aorhub.delivery.CampaignStatus;
import dev.aorhub.delivery.TaskStatus;

/**
 * How delivery's pages word dates, hours and statuses.
 */
final class DeliveryText {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private DeliveryText() {
	}

	static String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "—";
	}

	/** {@code 12.5 h}, {@code 0 h}: minutes as hours to one decimal. */
	static String hours(long minutes) {
		BigDecimal hours = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
		return hours.stripTrailingZeros().toPlainString() + " h";
	}

	/** {@code part} of {@code whole} as a whole percentage; 0 of nothing. */
	static int percent(long part, long whole) {
		return (whole == 0) ? 0 : (int) Math.round(100.0 * part / whole);
	}

	/** The status dot's colour class. */
	static String statusCss(CampaignStatus status) {
		return switch (status) {
			case PLANNING -> "status-info";
			case LIVE -> "status-ok";
			case PAUSED -> "status-warn";
			case COMPLETED -> "status-muted";
		};
	}

	/** The board column's accent class. */
	static String columnCss(TaskStatus status) {
		return "column-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
