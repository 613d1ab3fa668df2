package dev.aorhub.delivery.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.aorhub.delivery.importing.ImportCells.DateStyle;

/**
 * Toggl Track's detailed report CSV (Reports → Detailed → Export → CSV), the same columns
 * its CSV import takes: {@code User}, {@code Email}, {@code Client}, {@code Project},
 * {@code Task}, {@code Description}, {@code Billable} (Yes/No), {@code Start date}
 * (YYYY-MM-DD), {@code Start time}, {@code End date}, {@code End time}, {@code Duration}
 * (HH:MM:SS, the "improved" duration format) and {@code Tags}. The entry's date is its
 * start date.
 */
public final class TogglPreset implements TimeImportPreset {

	static final ImportColumn USER = ImportColumn.of("User");

	static final ImportColumn EMAIL = ImportColumn.of("Email", "E-mail");

	static final ImportColumn CLIENT = ImportColumn.of("Client");

	static final ImportColumn PROJECT = ImportColumn.of("Project");

	static final ImportColumn TASK = ImportColumn.of("Task");

	static final ImportColumn DESCRIPTION = ImportColumn.of("Description");

	static final ImportColumn BILLABLE = ImportColumn.of("Billable");

	static final ImportColumn START_DATE = ImportColumn.of("Start date");

	static final ImportColumn DURATION = ImportColumn.of("Duration");

	@Override
	public String key() {
		return "toggl";
	}

	@Override
	public String label() {
		return "Toggl Track";
	}

	@Override
	public List<List<ImportColumn>> requiredColumns() {
		return List.of(List.of(EMAIL, USER), List.of(CLIENT), List.of(START_DATE), List.of(DURATION));
	}

	@Override
	public TimeImportRow read(TimeImportLine line) {
		List<String> problems = new ArrayList<>();
		var date = ImportCells.date(line.text(START_DATE), START_DATE, problems, DateStyle.ISO, DateStyle.US);
		String client = ImportCells.required(line.text(CLIENT), CLIENT, problems);
		Integer minutes = ImportCells.duration(line.text(DURATION), DURATION, false, problems);
		Boolean billable = ImportCells.yesNo(line.text(BILLABLE), BILLABLE, problems);
		String email = line.text(EMAIL);
		String user = line.text(USER);
		if (email == null && user == null) {
			problems.add("Email is required");
		}
		return new TimeImportRow(line.number(), date, email, user, client, null, Arrays.asList(line.text(PROJECT)),
				minutes, billable, ImportCells.note(line.text(TASK), line.text(DESCRIPTION)), problems);
	}

}
