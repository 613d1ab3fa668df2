package dev.aorhub.delivery.web;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.delivery.TimeEntryStatus;
import dev.aorhub.delivery.domain.HoursText;
import dev.aorhub.delivery.domain.Week;

/**
 * The timesheet as the page shows it: one row per SOW or campaign and task (billable or
 * not), seven cells of hours, totals per row, day and week. A row holding submitted or
 * approved time is read-only and shows its status.
 */
record TimesheetView(Week week, List<Day> days, List<SheetRow> rows, List<String> dayTotals, String weekTotal,
		boolean hasDrafts) {

	record Day(LocalDate date, String name, String label, boolean weekend, boolean today) {
	}

	record Cell(String value, int entries, String title) {
	}

	/**
	 * {@code key} names what the row is for in the form ({@link RowKey#text()}); cells
	 * are Monday to Sunday.
	 */
	record SheetRow(String key, String label, String client, boolean billable, List<Cell> cells, String total,
			TimeEntryStatus lockedStatus) {

		public boolean isLocked() {
			return this.lockedStatus != null;
		}

		public String statusCss() {
			return (this.lockedStatus != null) ? TimePagesController.statusCss(this.lockedStatus) : "";
		}

	}

	/** What a row is for, as the form carries it: {@code sowId|campaignId|taskId|1}. */
	record RowKey(UUID sowId, UUID campaignId, UUID taskId, boolean billable) {

		String text() {
			return text(this.sowId) + "|" + text(this.campaignId) + "|" + text(this.taskId) + "|"
					+ (this.billable ? "1" : "0");
		}

		private static String text(UUID id) {
			return (id != null) ? id.toString() : "";
		}

		/** Null for text that is not a key (a tampered form). */
		static RowKey parse(String text) {
			if (text == null) {
				return null;
			}
			String[] parts = text.split("\\|", -1);
			if (parts.length < 3 || parts.length > 4) {
				return null;
			}
			try {
				return new RowKey(id(parts[0]), id(parts[1]), id(parts[2]), parts.length < 4 || !"0".equals(parts[3]));
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

		private static UUID id(String text) {
			return text.isBlank() ? null : UUID.fromString(text.strip());
		}

	}

	/** A row's label and client, for rows without entries yet. */
	record Label(String label, String client) {
	}

	/**
	 * Builds the sheet from the week's entries, then the rows that have none yet
	 * ({@code extra}, from "add a row" or "copy last week"); {@code typed} are cell
	 * values a rejected save sent, shown instead of the stored ones.
	 */
	static TimesheetView of(Week week, LocalDate today, List<TimeEntryQueries.Row> entries, List<RowKey> extra,
			Map<RowKey, Label> labels, Map<RowKey, List<String>> typed) {
		List<Day> days = week.days()
			.stream()
			.map((d) -> new Day(d, d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH),
					d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH),
					d.getDayOfWeek().getValue() >= 6, d.equals(today)))
			.toList();
		Map<RowKey, List<TimeEntryQueries.Row>> byRow = new LinkedHashMap<>();
		for (TimeEntryQueries.Row entry : entries) {
			byRow
				.computeIfAbsent(new RowKey(entry.sowId(), entry.campaignId(), entry.taskId(), entry.billable()),
						(k) -> new ArrayList<>())
				.add(entry);
		}
		for (RowKey key : extra) {
			byRow.putIfAbsent(key, List.of());
		}
		long[] dayMinutes = new long[7];
		List<SheetRow> rows = new ArrayList<>();
		boolean drafts = false;
		for (var row : byRow.entrySet()) {
			List<TimeEntryQueries.Row> ofRow = row.getValue();
			TimeEntryStatus locked = ofRow.stream()
				.map(TimeEntryQueries.Row::status)
				.filter((s) -> !s.isEditable())
				.min(Enum::compareTo)
				.orElse(null);
			drafts |= ofRow.stream().anyMatch((e) -> e.status().isEditable());
			List<String> sent = (locked == null) ? typed.get(row.getKey()) : null;
			List<Cell> cells = new ArrayList<>();
			long rowMinutes = 0;
			for (int d = 0; d < 7; d++) {
				LocalDate date = days.get(d).date();
				List<TimeEntryQueries.Row> ofCell = ofRow.stream().filter((e) -> e.date().equals(date)).toList();
				int minutes = ofCell.stream().mapToInt(TimeEntryQueries.Row::minutes).sum();
				rowMinutes += minutes;
				dayMinutes[d] += minutes;
				String notes = String.join("; ",
						ofCell.stream()
							.map(TimeEntryQueries.Row::note)
							.filter((n) -> n != null && !n.isBlank())
							.toList());
				cells.add(new Cell((sent != null) ? sent.get(d) : HoursText.of(minutes), ofCell.size(), notes));
			}
			Label label = labelOf(row.getKey(), ofRow, labels);
			rows.add(new SheetRow(row.getKey().text(), label.label(), label.client(), row.getKey().billable(), cells,
					HoursText.clock(rowMinutes), locked));
		}
		List<String> totals = new ArrayList<>();
		long week_ = 0;
		for (long minutes : dayMinutes) {
			totals.add(HoursText.clock(minutes));
			week_ += minutes;
		}
		return new TimesheetView(week, days, rows, totals, HoursText.clock(week_), drafts);
	}

	private static Label labelOf(RowKey key, List<TimeEntryQueries.Row> entries, Map<RowKey, Label> labels) {
		if (!entries.isEmpty()) {
			TimeEntryQueries.Row first = entries.get(0);
			return new Label(first.workLabel(), first.clientName());
		}
		return labels.getOrDefault(key, new Label("—", null));
	}

	/** The rows with no time: kept on the page when a save or "add a row" reloads it. */
	List<String> emptyRowKeys() {
		return this.rows.stream()
			.filter((r) -> r.cells().stream().allMatch((c) -> c.entries() == 0))
			.map(SheetRow::key)
			.toList();
	}

}
