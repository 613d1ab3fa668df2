package dev.aorhub.clients.importing;

import java.util.List;
import java.util.Locale;

/**
 * A field a column of an import file can fill: its key (the API's field name), its label
 * (the export's column header) and the other headers that mean the same.
 */
public record ImportField(String key, String label, boolean required, List<String> aliases) {

	public ImportField {
		aliases = List.copyOf(aliases);
	}

	static ImportField required(String key, String label, String... aliases) {
		return new ImportField(key, label, true, List.of(aliases));
	}

	static ImportField optional(String key, String label, String... aliases) {
		return new ImportField(key, label, false, List.of(aliases));
	}

	/**
	 * Whether a column header names this field, ignoring case, spaces and punctuation.
	 */
	boolean matches(String header) {
		String wanted = normalise(header);
		if (wanted.isEmpty()) {
			return false;
		}
		return wanted.equals(normalise(this.key)) || wanted.equals(normalise(this.label))
				|| this.aliases.stream().anyMatch((alias) -> wanted.equals(normalise(alias)));
	}

	static String normalise(String text) {
		return (text == null) ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}

}
