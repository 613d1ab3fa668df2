package dev.aorhub.contracts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.contracts.domain.Fee;
import dev.aorhub.contracts.domain.Percent;
import dev.aorhub.contracts.domain.Rollover;

/**
 * Fees in plain language, as the SOW page and its PDF state them to a client.
 */
final class FeeWording {

	/** A fee's heading, its sentences, and a fixed fee's milestones. */
	record Wording(String title, String text, List<Fee.Milestone> milestones) {
	}

	private FeeWording() {
	}

	/**
	 * @param rateCardNames names of the rate cards by id
	 * @param defaultCardName the card a time-and-materials fee without one uses (the
	 * MSA's or the workspace default), or null
	 * @param discount the MSA's discount off the rate card
	 */
	static Wording of(Fee fee, Map<UUID, String> rateCardNames, String defaultCardName, Percent discount) {
		return fee.accept(new Fee.Visitor<>() {

			@Override
			public Wording retainer(Fee.Retainer r) {
				List<String> parts = new ArrayList<>();
				parts.add(r.monthlyFee().display() + " a month, covering " + hours(r.includedHours()) + " of work.");
				parts.add((r.rollover() == Rollover.NEXT_MONTH)
						? "Hours not used in a month roll over into the next month only."
						: "Hours not used in a month lapse at its end.");
				parts.add((r.overageRate() != null)
						? "Hours beyond those are billed at " + r.overageRate().display() + " an hour."
						: "Work beyond those hours needs a change order.");
				return new Wording("Monthly retainer", String.join(" ", parts), List.of());
			}

			@Override
			public Wording timeAndMaterials(Fee.TimeAndMaterials t) {
				String card = (t.rateCardId() != null) ? rateCardNames.get(t.rateCardId()) : defaultCardName;
				StringBuilder text = new StringBuilder("Hours worked are billed at the hourly rates of the rate card");
				text.append((card != null) ? " \u201c" + card + "\u201d" : "");
				if (discount != null && !discount.isZero()) {
					text.append(", less the agreement's ").append(discount).append(" discount");
				}
				text.append((t.capAmount() != null) ? ", up to a cap of " + t.capAmount().display() + "." : ".");
				return new Wording("Time and materials", text.toString(), List.of());
			}

			@Override
			public Wording fixed(Fee.Fixed f) {
				int count = f.milestones().size();
				return new Wording("Fixed fee", f.total().display() + " in total, paid in " + count + " milestone"
						+ ((count == 1) ? "" : "s") + ":", f.milestones());
			}

			@Override
			public Wording commission(Fee.Commission c) {
				return new Wording("Media commission",
						c.percent() + " of the media spend the agency plans and buys for the client.", List.of());
			}

			@Override
			public Wording performance(Fee.Performance p) {
				String text = switch (p.metric()) {
					case LEAD -> p.unitFee().display() + " for each qualified lead the work generates";
					case ACQUISITION -> p.unitFee().display() + " for each new customer acquired";
					case REVENUE -> p.revenueSharePercent() + " of the revenue attributed to the agency's work";
				};
				text += (p.cap() != null) ? ", capped at " + p.cap().display() + " over the term." : ".";
				String title = switch (p.metric()) {
					case LEAD -> "Performance fee per lead";
					case ACQUISITION -> "Performance fee per acquisition";
					case REVENUE -> "Revenue share";
				};
				return new Wording(title, text, List.of());
			}

		});
	}

	static String hours(int hours) {
		return hours + ((hours == 1) ? " hour" : " hours");
	}

}
