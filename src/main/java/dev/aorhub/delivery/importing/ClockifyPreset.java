package dev.aorhub.delivery.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.aorhub.delivery.importing.ImportCells.DateStyle;

/**
 * Clockify's detailed report CSV (Reports → Detailed → Export → Save as CSV):
 * {@code Project}, {@code Client}, {@code Description}, {@code Task}, {@code User},
 * {@code Email}, {@code Tags}, {@code Billable} (Yes/No), {@code Start Date} (in the
 * workspace's date format: MM/DD/YYYY by default, or YYYY-MM-DD), {@code Start Time},
 * {@code End Date}, {@code End Time}, {@code Duration (h)} (HH:MM:SS) and
 * {@code Duration (decimal)}, then rates and amounts. The clock duration is preferred:
 * the decimal one is rounded to hundredths of an hour.
 */
public final class ClockifyPreset implements TimeImportPreset {

	static final ImportColumn PROJECT = ImportColumn.of("Project");

	static final ImportColumn CLIENT = ImportColumn.of("Client");

	static final ImportColumn DESCRIPTION = ImportColumn.of("Description");

	static final ImportColumn TASK = ImportColumn.of("Task");

	static final ImportColumn USER = ImportColumn.of("User");

	static final ImportColumn EMAIL = ImportColumn.of("Email", "E-mail");

	static final ImportColumn BILLABLE = ImportColumn.of("Billable");

	static final ImportColumn START_DATE = ImportColumn.of("Start Date");

	static final ImportColumn DURATION = ImportColumn.of("Duration (h)");

	static final ImportColumn DURATION_DECIMAL = ImportColumn.of("Duration (decimal)");

	@Override
	public String key() {
		return "clockify";
	}

	@Override
	public String label() {
		return "Clockify";
	}

	@Override
	public List<List<ImportColumn>> requiredColumns() {
		return List.of(List.of(EMAIL, USER), List.of(CLIENT), List.of(START_DATE), List.of(DURATION, DURATION_DECIMAL));
	}

	@Override
	public TimeImportRow read(TimeImportLine line) {
		List<String> problems = new ArrayList<>();
		var date = ImportCells.date(line.text(START_DATE), START_DATE, problems, DateStyle.US, DateStyle.ISO);
		String client = ImportCells.required(line.text(CLIENT), CLIENT, problems);
		Integer minutes = (line.text(DURATION) != null || !line.has(DURATION_DECIMAL))
				? ImportCells.duration(line.text(DURATION), DURATION, false, problems)
				: ImportCells.decimalHours(line.text(DURATION_DECIMAL), DURATION_DECIMAL, problems);
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
