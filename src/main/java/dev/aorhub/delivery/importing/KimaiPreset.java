package dev.aorhub.delivery.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.aorhub.delivery.importing.ImportCells.DateStyle;

/**
 * Kimai's timesheet export as CSV (Export → CSV): {@code Date}, {@code From} and
 * {@code To} (or {@code Begin}/{@code End}), {@code Duration} (seconds, or H:MM as the
 * screen shows it), {@code User} (display name or username), {@code E-mail} when the
 * export has it, {@code Customer}, {@code Project}, {@code Activity}, {@code Description}
 * and {@code Billable} in newer versions. Kimai writes the date as YYYY-MM-DD, or in the
 * user's locale (DD.MM.YYYY, MM/DD/YYYY); all three are read.
 */
public final class KimaiPreset implements TimeImportPreset {

	static final ImportColumn DATE = ImportColumn.of("Date", "Begin");

	static final ImportColumn DURATION = ImportColumn.of("Duration");

	static final ImportColumn USER = ImportColumn.of("User", "Username", "Name");

	static final ImportColumn EMAIL = ImportColumn.of("E-mail", "Email");

	static final ImportColumn CUSTOMER = ImportColumn.of("Customer");

	static final ImportColumn PROJECT = ImportColumn.of("Project");

	static final ImportColumn ACTIVITY = ImportColumn.of("Activity");

	static final ImportColumn DESCRIPTION = ImportColumn.of("Description");

	static final ImportColumn BILLABLE = ImportColumn.of("Billable");

	@Override
	public String key() {
		return "kimai";
	}

	@Override
	public String label() {
		return "Kimai";
	}

	@Override
	public List<List<ImportColumn>> requiredColumns() {
		return List.of(List.of(DATE), List.of(DURATION), List.of(EMAIL, USER), List.of(CUSTOMER));
	}

	@Override
	public TimeImportRow read(TimeImportLine line) {
		List<String> problems = new ArrayList<>();
		var date = ImportCells.date(line.text(DATE), DATE, problems, DateStyle.ISO, DateStyle.DOTTED, DateStyle.US);
		String customer = ImportCells.required(line.text(CUSTOMER), CUSTOMER, problems);
		Integer minutes = ImportCells.duration(line.text(DURATION), DURATION, true, problems);
		Boolean billable = ImportCells.yesNo(line.text(BILLABLE), BILLABLE, problems);
		String email = line.text(EMAIL);
		String user = line.text(USER);
		if (email == null && user == null) {
			problems.add("User is required");
		}
		return new TimeImportRow(line.number(), date, email, user, customer, null, Arrays.asList(line.text(PROJECT)),
				minutes, billable, ImportCells.note(line.text(ACTIVITY), line.text(DESCRIPTION)), problems);
	}

}
