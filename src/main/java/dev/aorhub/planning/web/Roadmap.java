package dev.aorhub.planning.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.aorhub.planning.domain.MilestoneStatus;

/**
 * A plan's roadmap laid out as a timeline: the milestones by date, each at its place
 * between the first and the last month shown (in percent of the width), the months as
 * ticks and today as a marker. The page draws it as SVG, the PDF with positioned boxes.
 */
record Roadmap(LocalDate from, LocalDate to, List<Tick> ticks, List<Mark> marks, Double todayPercent) {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	/** A month's start on the axis. */
	record Tick(String label, double percent) {

		public String style() {
			return "left: " + Roadmap.css(this.percent) + "%";
		}

		public String x() {
			return Roadmap.css(Roadmap.x(this.percent));
		}

		public String labelX() {
			return Roadmap.css(Roadmap.x(this.percent) + 4);
		}

	}

	/** A milestone on the axis; {@code row} its line, in date order. */
	record Mark(PlanQueries.Milestone milestone, double percent, int row, boolean overdue) {

		public String dueLabel() {
			return DAY.format(this.milestone.dueDate());
		}

		/**
		 * Labels of marks on the right half go to the mark's left, so they stay inside.
		 */
		public boolean labelLeft() {
			return this.percent > 62;
		}

		public String statusCss() {
			return Roadmap.statusCss(this.milestone.status());
		}

		public String style() {
			return "left: " + Roadmap.css(this.percent) + "%";
		}

		public String x() {
			return Roadmap.css(Roadmap.x(this.percent));
		}

		public int y() {
			return Roadmap.y(this.row);
		}

		/** Where the label starts (or ends, when it is on the left). */
		public String labelX() {
			return Roadmap.css(Roadmap.x(this.percent) + (labelLeft() ? -16 : 16));
		}

	}

	/**
	 * The timeline of the milestones, today included in its span; empty marks (and no
	 * span) without milestones.
	 */
	static Roadmap of(List<PlanQueries.Milestone> milestones, LocalDate today) {
		if (milestones.isEmpty()) {
			return new Roadmap(null, null, List.of(), List.of(), null);
		}
		List<PlanQueries.Milestone> byDate = new ArrayList<>(milestones);
		byDate.sort(Comparator.comparing(PlanQueries.Milestone::dueDate));
		LocalDate first = byDate.get(0).dueDate();
		LocalDate last = byDate.get(byDate.size() - 1).dueDate();
		if (today.isBefore(first)) {
			first = today;
		}
		if (today.isAfter(last)) {
			last = today;
		}
		LocalDate from = YearMonth.from(first).atDay(1);
		LocalDate to = YearMonth.from(last).plusMonths(1).atDay(1);
		double span = ChronoUnit.DAYS.between(from, to);
		long months = ChronoUnit.MONTHS.between(from, to);
		// At most about twelve labelled months, so the labels never run into each other.
		int step = (int) Math.max(1, (months + 11) / 12);
		List<Tick> ticks = new ArrayList<>();
		for (YearMonth month = YearMonth.from(from); month.atDay(1).isBefore(to); month = month.plusMonths(step)) {
			ticks.add(new Tick(MONTH.format(month), percent(from, month.atDay(1), span)));
		}
		List<Mark> marks = new ArrayList<>();
		for (int i = 0; i < byDate.size(); i++) {
			PlanQueries.Milestone m = byDate.get(i);
			marks.add(new Mark(m, percent(from, m.dueDate(), span), i,
					m.dueDate().isBefore(today) && m.status() != MilestoneStatus.DONE));
		}
		return new Roadmap(from, to, ticks, marks, percent(from, today, span));
	}

	/**
	 * Every n-th tick, so that at most {@code max} label a narrow timeline, leaving out
	 * those too close to its right end for their label to fit.
	 */
	public List<Tick> ticks(int max) {
		int every = Math.max(1, (this.ticks.size() + max - 1) / Math.max(1, max));
		List<Tick> fewer = new ArrayList<>();
		for (int i = 0; i < this.ticks.size(); i += every) {
			if (this.ticks.get(i).percent() <= 80) {
				fewer.add(this.ticks.get(i));
			}
		}
		return fewer;
	}

	/**
	 * A stretch of the axis from one labelled tick to the next (blank before the first).
	 */
	record Span(String label, double percent) {

		public String style() {
			return "width: " + Roadmap.css(this.percent) + "%";
		}

	}

	/**
	 * The labelled ticks of {@link #ticks(int)} as the stretches between them, for a
	 * layout that cannot place boxes at a position (the PDF's repeated table header).
	 */
	public List<Span> spans(int max) {
		List<Tick> shown = ticks(max);
		List<Span> spans = new ArrayList<>();
		if (shown.isEmpty() || shown.get(0).percent() > 0) {
			spans.add(new Span("", shown.isEmpty() ? 100 : shown.get(0).percent()));
		}
		for (int i = 0; i < shown.size(); i++) {
			double end = (i + 1 < shown.size()) ? shown.get(i + 1).percent() : 100;
			spans.add(new Span(shown.get(i).label(), end - shown.get(i).percent()));
		}
		return spans;
	}

	public boolean isEmpty() {
		return this.marks.isEmpty();
	}

	public String todayX() {
		return (this.todayPercent != null) ? css(x(this.todayPercent)) : null;
	}

	public String todayStyle() {
		return (this.todayPercent != null) ? "left: " + css(this.todayPercent) + "%" : "";
	}

	/**
	 * The SVG's height for its rows: a header for the months, 40 units a milestone, and a
	 * footer for the today marker's label.
	 */
	public int svgHeight() {
		return 52 + 40 * this.marks.size() + 24;
	}

	/** Where the today marker's label sits, below the rows. */
	public int todayLabelY() {
		return svgHeight() - 6;
	}

	/**
	 * Where a percentage of the axis lies in the SVG's 1000 units, after a 10-unit
	 * margin.
	 */
	static double x(double percent) {
		return 10 + percent * 9.8;
	}

	static int y(int row) {
		return 62 + 40 * row;
	}

	static String statusCss(MilestoneStatus status) {
		return switch (status) {
			case PLANNED -> "planned";
			case IN_PROGRESS -> "in-progress";
			case DONE -> "done";
			case AT_RISK -> "at-risk";
		};
	}

	private static double percent(LocalDate from, LocalDate date, double span) {
		return Math.round(ChronoUnit.DAYS.between(from, date) / span * 1000) / 10.0;
	}

	private static String css(double percent) {
		return String.format(Locale.ROOT, "%.1f", percent);
	}

}
