package dev.aorhub.delivery.domain;

import dev.aorhub.shared.InvalidInputException;

/**
 * The limits of a person's logged time: an entry is 1 minute to 24 hours, and all of a
 * person's entries of one day together are at most 24 hours (time on the same date cannot
 * add up to more than the day has, whatever it is logged against).
 */
public final class TimeEntryRules {

	public static final int MINUTES_PER_DAY = 24 * 60;

	private TimeEntryRules() {
	}

	/** Checks an entry's minutes, naming {@code field} in the problem. */
	public static void checkMinutes(Integer minutes, String field, InvalidInputException.Collector problems) {
		if (minutes == null) {
			problems.add(field, "is required");
		}
		else if (minutes < 1 || minutes > MINUTES_PER_DAY) {
			problems.add(field, "must be between 1 and " + MINUTES_PER_DAY + " minutes (24 hours)");
		}
	}

	/**
	 * Checks that {@code minutes} more on a day that already holds {@code otherMinutes}
	 * of the person's time stays within 24 hours.
	 */
	public static void checkDayTotal(long otherMinutes, int minutes, String field,
			InvalidInputException.Collector problems) {
		long total = otherMinutes + minutes;
		if (total > MINUTES_PER_DAY) {
			problems.add(field, "would make " + HoursText.clock(total) + " h on that day with the other entries ("
					+ HoursText.clock(otherMinutes) + " h); a person logs at most 24 h a day");
		}
	}

}
