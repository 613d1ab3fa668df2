package dev.aorhub.delivery.importing;

import java.util.ArrayList;
import java.util.List;

import dev.aorhub.delivery.importing.ImportCells.DateStyle;

/**
 * Harvest's detailed time report export (Reports → Detailed time → Export → CSV): one row
 * per entry with {@code Date} (YYYY-MM-DD; Harvest's own import also takes M/D/YYYY),
 * {@code Client}, {@code Project}, {@code Project Code}, {@code Task}, {@code Notes},
 * {@code Hours} in decimal, {@code Billable?} (Yes/No) and the person as
 * {@code First Name} and {@code Last Name}. It has no e-mail, so the person is matched by
 * full name.
 */
public final class HarvestPreset implements TimeImportPreset {

	static final ImportColumn DATE = ImportColumn.of("Date", "Spent Date");

	static final ImportColumn CLIENT = ImportColumn.of("Client");

	static final ImportColumn PROJECT = ImportColumn.of("Project");

	static final ImportColumn PROJECT_CODE = ImportColumn.of("Project Code");

	static final ImportColumn TASK = ImportColumn.of("Task");

	static final ImportColumn NOTES = ImportColumn.of("Notes", "Note");

	static final ImportColumn HOURS = ImportColumn.of("Hours");

	static final ImportColumn BILLABLE = ImportColumn.of("Billable?", "Billable");

	static final ImportColumn FIRST_NAME = ImportColumn.of("First Name", "First name");

	static final ImportColumn LAST_NAME = ImportColumn.of("Last Name", "Last name");

	static final ImportColumn EMAIL = ImportColumn.of("Email", "E-mail");

	@Override
	public String key() {
		return "harvest";
	}

	@Override
	public String label() {
		return "Harvest";
	}

	@Override
	public List<List<ImportColumn>> requiredColumns() {
		return List.of(List.of(DATE), List.of(CLIENT), List.of(HOURS), List.of(FIRST_NAME, EMAIL),
				List.of(LAST_NAME, EMAIL));
	}

	@Override
	public TimeImportRow read(TimeImportLine line) {
		List<String> problems = new ArrayList<>();
		var date = ImportCells.date(line.text(DATE), DATE, problems, DateStyle.ISO, DateStyle.US);
		String client = ImportCells.required(line.text(CLIENT), CLIENT, problems);
		Integer minutes = ImportCells.decimalHours(line.text(HOURS), HOURS, problems);
		Boolean billable = ImportCells.yesNo(line.text(BILLABLE), BILLABLE, problems);
		String name = ImportCells.fullName(line.text(FIRST_NAME), line.text(LAST_NAME));
		String email = line.text(EMAIL);
		if (name == null && email == null) {
			problems.add("First Name and Last Name are required");
		}
		return new TimeImportRow(line.number(), date, email, name, client, null,
				java.util.Arrays.asList(line.text(PROJECT_CODE), line.text(PROJECT)), minutes, billable,
				ImportCells.note(line.text(TASK), line.text(NOTES)), problems);
	}

}
