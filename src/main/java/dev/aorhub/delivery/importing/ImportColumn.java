package dev.aorhub.delivery.importing;

import java.util.List;
import java.util.Locale;

/**
 * A column of an export as the person importing knows it ({@code label}), found by any of
 * the header names products and their versions write, compared stripped and
 * case-insensitively.
 */
public record ImportColumn(String label, List<String> names) {

	public ImportColumn {
		names = names.stream().map((name) -> name.strip().toLowerCase(Locale.ROOT)).toList();
	}

	public static ImportColumn of(String label, String... variants) {
		List<String> names = new java.util.ArrayList<>();
		names.add(label);
		names.addAll(List.of(variants));
		return new ImportColumn(label, names);
	}

}
