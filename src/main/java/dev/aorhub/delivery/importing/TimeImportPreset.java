package dev.aorhub.delivery.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.aorhub.shared.InvalidInputException;

/**
 * How one product's time export reads as time entries: which of its columns hold the
 * date, person, client, project, duration, billable flag and note. One implementation per
 * product; {@link StandardTimeFormat} is AOR Hub's own
 * ({@code date,user_email,client,sow,hours,billable,note}).
 */
public interface TimeImportPreset {

	/** Every format the import reads, ours first. */
	List<TimeImportPreset> ALL = List.of(new StandardTimeFormat(), new HarvestPreset(), new TogglPreset(),
			new ClockifyPreset(), new KimaiPreset());

	/** The {@code ?preset=} value: {@code harvest}; {@code standard} for our format. */
	String key();

	/** The product's name as the page shows it. */
	String label();

	/**
	 * The columns a file must have; each inner list is alternatives (an export with
	 * either an e-mail or a user column will do).
	 */
	List<List<ImportColumn>> requiredColumns();

	/** Reads one line; what is wrong with it is in the row's problems. */
	TimeImportRow read(TimeImportLine line);

	/**
	 * The file's lines, once its header has every required column.
	 * @throws InvalidInputException (field {@code file}) naming the missing columns
	 */
	default List<TimeImportLine> lines(TimeCsvFile file) {
		TimeImportLine.Headers headers = new TimeImportLine.Headers(file.headers());
		List<String> missing = new ArrayList<>();
		for (List<ImportColumn> alternatives : requiredColumns()) {
			if (alternatives.stream().noneMatch((column) -> headers.indexOf(column) >= 0)) {
				missing.add(String.join(" or ", alternatives.stream().map(ImportColumn::label).toList()));
			}
		}
		if (!missing.isEmpty()) {
			throw new InvalidInputException("file",
					"lacks the column" + ((missing.size() > 1) ? "s " : " ") + String.join(", ", missing) + " of "
							+ ((this instanceof StandardTimeFormat) ? "the AOR Hub format" : "a " + label() + " export")
							+ "; its header row is: " + String.join(",", file.headers()));
		}
		return file.lines().stream().map((line) -> new TimeImportLine(line.number(), line.cells(), headers)).toList();
	}

	/**
	 * The preset a {@code ?preset=} names; none (or {@code standard}) is our own format.
	 * @throws InvalidInputException (field {@code preset}) for an unknown one
	 */
	static TimeImportPreset of(String key) {
		if (key == null || key.isBlank()) {
			return ALL.get(0);
		}
		String wanted = key.strip().toLowerCase(Locale.ROOT);
		return ALL.stream()
			.filter((preset) -> preset.key().equals(wanted))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("preset",
					"must be one of " + String.join(", ", ALL.stream().skip(1).map(TimeImportPreset::key).toList())
							+ " (or left out for the AOR Hub format)"));
	}

}
