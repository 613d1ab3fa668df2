package dev.aorhub.delivery.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.aorhub.delivery.domain.HoursText;

/**
 * AOR Hub's own format, {@code date,user_email,client,sow,hours,billable,note}: the date
 * as YYYY-MM-DD, the person by e-mail (blank: whoever imports), the client by name, the
 * SOW by number (blank when the client has one SOW active on the date) and the hours as a
 * timesheet cell takes them (7.5, 7:30 or 450m).
 */
public final class StandardTimeFormat implements TimeImportPreset {

	static final ImportColumn DATE = ImportColumn.of("date");

	static final ImportColumn EMAIL = ImportColumn.of("user_email", "email", "e-mail");

	static final ImportColumn CLIENT = ImportColumn.of("client");

	static final ImportColumn SOW = ImportColumn.of("sow", "sow_number");

	static final ImportColumn HOURS = ImportColumn.of("hours");

	static final ImportColumn BILLABLE = ImportColumn.of("billable");

	static final ImportColumn NOTE = ImportColumn.of("note", "notes");

	@Override
	public String key() {
		return "standard";
	}

	@Override
	public String label() {
		return "AOR Hub";
	}

	@Override
	public List<List<ImportColumn>> requiredColumns() {
		return List.of(List.of(DATE), List.of(EMAIL), List.of(CLIENT), List.of(HOURS));
	}

	@Override
	public TimeImportRow read(TimeImportLine line) {
		List<String> problems = new ArrayList<>();
		LocalDate date = ImportCells.date(line.text(DATE), DATE, problems, ImportCells.DateStyle.ISO);
		String client = ImportCells.required(line.text(CLIENT), CLIENT, problems);
		Integer minutes = null;
		String hours = ImportCells.required(line.text(HOURS), HOURS, problems);
		if (hours != null) {
			minutes = HoursText.minutes(hours).orElse(null);
			if (minutes == null) {
				problems.add(HOURS.label() + " '" + hours + "' " + HoursText.EXPECTED);
			}
		}
		Boolean billable = ImportCells.yesNo(line.text(BILLABLE), BILLABLE, problems);
		return new TimeImportRow(line.number(), date, line.text(EMAIL), null, client, line.text(SOW), List.of(),
				minutes, billable, line.text(NOTE), problems);
	}

}
