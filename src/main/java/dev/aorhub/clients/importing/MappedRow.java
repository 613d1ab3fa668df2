package dev.aorhub.clients.importing;

import java.util.Map;

/**
 * One data row of an import as field key to its value, with its line in the file.
 */
public record MappedRow(int line, Map<String, String> values) {

	public MappedRow {
		values = Map.copyOf(values);
	}

	/** The value, stripped; null when the cell was blank or the field is not mapped. */
	public String get(String field) {
		return this.values.get(field);
	}

}
