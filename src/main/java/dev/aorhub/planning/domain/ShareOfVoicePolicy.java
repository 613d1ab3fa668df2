package dev.aorhub.planning.domain;

import java.math.BigDecimal;
import java.util.List;

import dev.aorhub.shared.InvalidInputException;

/**
 * Share of voice is each competitor's part of the category's advertising voice, in
 * percent: between 0 and 100 with at most two decimals, and the competitors of one plan
 * together hold at most all of it (the client's own share is the rest). A competitor
 * whose share is unknown counts nothing.
 */
public final class ShareOfVoicePolicy {

	static final BigDecimal ALL = new BigDecimal("100");

	private ShareOfVoicePolicy() {
	}

	/**
	 * Adds a problem for each share out of range or too precise, named
	 * {@code competitors[i].shareOfVoicePercent}, and, when each is fine but they add up
	 * to more than 100, one naming the last competitor that has a share.
	 */
	public static void check(List<BigDecimal> shares, InvalidInputException.Collector problems) {
		BigDecimal total = BigDecimal.ZERO;
		boolean each = true;
		int last = -1;
		for (int i = 0; i < shares.size(); i++) {
			BigDecimal share = shares.get(i);
			if (share == null) {
				continue;
			}
			String field = field(i);
			if (share.signum() < 0 || share.compareTo(ALL) > 0) {
				problems.add(field, "must be between 0 and 100");
				each = false;
			}
			else if (share.stripTrailingZeros().scale() > 2) {
				problems.add(field, "must have at most 2 decimals");
				each = false;
			}
			else {
				total = total.add(share);
				last = i;
			}
		}
		if (each && total.compareTo(ALL) > 0) {
			problems.add(field(last), "brings the competitors' share of voice to "
					+ total.stripTrailingZeros().toPlainString() + "%; together they hold at most 100%");
		}
	}

	static String field(int index) {
		return "competitors[" + index + "].shareOfVoicePercent";
	}

}
