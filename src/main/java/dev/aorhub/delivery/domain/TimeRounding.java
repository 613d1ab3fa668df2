package dev.aorhub.delivery.domain;

import java.util.Locale;
import java.util.Set;

/**
 * How a SOW rounds the time logged against it for billing: to a whole number of
 * {@code increment} minutes (0 for none, 6 for tenths of an hour, 15 or 30),
 * {@link Mode#UP} or to the {@link Mode#NEAREST} increment. The minutes worked are always
 * kept as logged; only the billed ({@code rounded_minutes}) follow the rule.
 * <p>
 * Nearest rounds a half increment up (3 minutes on a 6-minute rule become 6), and never
 * rounds an entry that has time to nothing: 7 minutes on a 15-minute rule bill 15, not 0,
 * since work that was done and logged is billable work (agencies' and clients' usual
 * reading of "rounded to the nearest quarter hour" with a minimum of one increment).
 */
public record TimeRounding(int increment, Mode mode) {

	/** The increments a SOW may round to; 0 means no rounding. */
	public static final Set<Integer> INCREMENTS = Set.of(0, 6, 15, 30);

	/** What a SOW without a rule does: nothing. */
	public static final TimeRounding NONE = new TimeRounding(0, Mode.UP);

	public enum Mode {

		UP("Up to the next"), NEAREST("To the nearest");

		private final String label;

		Mode(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	public TimeRounding {
		if (!INCREMENTS.contains(increment)) {
			throw new IllegalArgumentException("A rounding increment is 0, 6, 15 or 30 minutes, not " + increment);
		}
		if (mode == null) {
			throw new IllegalArgumentException("A rounding needs a mode");
		}
	}

	public boolean isNone() {
		return this.increment == 0;
	}

	/** The minutes billed for {@code minutes} worked. */
	public int apply(int minutes) {
		if (isNone() || minutes <= 0) {
			return Math.max(minutes, 0);
		}
		int whole = switch (this.mode) {
			case UP -> (minutes + this.increment - 1) / this.increment;
			case NEAREST -> (minutes + this.increment / 2) / this.increment;
		};
		return Math.max(whole, 1) * this.increment;
	}

	/**
	 * The same rule as SQL over an integer column, for recomputing many entries in one
	 * statement; the integer divisions are those of {@link #apply}.
	 */
	public String sql(String column) {
		if (isNone()) {
			return column;
		}
		return switch (this.mode) {
			case UP -> "((" + column + " + " + (this.increment - 1) + ") / " + this.increment + ") * " + this.increment;
			case NEAREST -> "GREATEST(" + this.increment + ", ((" + column + " + " + (this.increment / 2) + ") / "
					+ this.increment + ") * " + this.increment + ")";
		};
	}

	/** "None", "Up to the next 15 minutes", "To the nearest 6 minutes". */
	public String label() {
		return isNone() ? "None" : this.mode.label() + " " + this.increment + " minutes";
	}

	@Override
	public String toString() {
		return isNone() ? "NONE" : this.mode.name().toLowerCase(Locale.ROOT) + " " + this.increment;
	}

}
