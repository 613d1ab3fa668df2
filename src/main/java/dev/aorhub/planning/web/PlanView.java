package dev.aorhub.planning.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import dev.aorhub.planning.StrategicPlanStatus;
import dev.aorhub.planning.domain.SegmentPriority;

/**
 * A strategic plan as the page and the PDF present it: the plan, its roadmap as a
 * timeline, the competitors' share of voice as bars, and the plan's versions.
 */
record PlanView(PlanQueries.Plan plan, Roadmap roadmap, String agencyName, LocalDate today, ZoneId zone,
		List<PlanQueries.Row> versions, List<PlanApi.Warning> warnings) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	static PlanView of(PlanQueries.Plan plan, String agencyName, LocalDate today, ZoneId zone,
			List<PlanQueries.Row> versions, List<PlanApi.Warning> warnings) {
		return new PlanView(plan, Roadmap.of(plan.lists().milestones(), today), agencyName, today, zone, versions,
				warnings);
	}

	public PlanQueries.Row row() {
		return this.plan.row();
	}

	public PlanQueries.Lists lists() {
		return this.plan.lists();
	}

	/** The competitors' share of voice added up; null when no share is known. */
	public BigDecimal shareOfVoiceTotal() {
		return this.plan.lists()
			.competitors()
			.stream()
			.map(PlanQueries.Competitor::shareOfVoicePercent)
			.filter(java.util.Objects::nonNull)
			.reduce(BigDecimal::add)
			.orElse(null);
	}

	/** What the listed competitors leave to the client and everyone else, in percent. */
	public String restOfVoice() {
		BigDecimal total = shareOfVoiceTotal();
		return (total != null) ? percent(new BigDecimal("100").subtract(total)) : null;
	}

	public String percent(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() + "%" : "—";
	}

	/** A bar's width, the share itself (out of 100). */
	public String barStyle(BigDecimal value) {
		return "width: "
				+ ((value != null) ? value.max(BigDecimal.ZERO).min(new BigDecimal("100")).toPlainString() : "0") + "%";
	}

	public String date(LocalDate date) {
		return (date != null) ? DAY.format(date) : "—";
	}

	public String date(Instant instant) {
		return (instant != null) ? DAY.format(instant.atZone(this.zone)) : "—";
	}

	public String statusCss() {
		return statusCss(row().status());
	}

	public static String statusCss(StrategicPlanStatus status) {
		return switch (status) {
			case DRAFT -> "draft";
			case SHARED -> "shared";
			case APPROVED -> "approved";
		};
	}

	public String priorityCss(SegmentPriority priority) {
		return priority.name().toLowerCase(Locale.ROOT);
	}

	/** Whether the plan says anything at all, besides its title. */
	public boolean isEmpty() {
		PlanQueries.Lists lists = lists();
		return lists.research().isEmpty() && lists.competitors().isEmpty() && lists.segments().isEmpty()
				&& lists.objectives().isEmpty() && lists.milestones().isEmpty();
	}

	/** {@code Acme · Creative · Global}, or the client alone. */
	public String forLabel() {
		return (row().designationLabel() != null) ? row().clientName() + " · " + row().designationLabel()
				: row().clientName();
	}

}
