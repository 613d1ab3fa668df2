package dev.aorhub.clients.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.InvalidInputException;

/**
 * Which field each column of a file fills: column header to field key, a column left out
 * is ignored. A first guess comes from the headers; the person importing confirms or
 * changes it.
 */
public final class ColumnMapping {

	private final ImportKind kind;

	private final Map<String, String> fieldByHeader;

	private ColumnMapping(ImportKind kind, Map<String, String> fieldByHeader) {
		this.kind = kind;
		this.fieldByHeader = Collections.unmodifiableMap(new LinkedHashMap<>(fieldByHeader));
	}

	/**
	 * Each header that names a field (its label, key or a usual synonym) maps to it,
	 * once.
	 */
	public static ColumnMapping suggest(ImportKind kind, List<String> headers) {
		Map<String, String> mapping = new LinkedHashMap<>();
		for (String header : headers) {
			kind.fields()
				.stream()
				.filter((field) -> field.matches(header) && !mapping.containsValue(field.key()))
				.findFirst()
				.ifPresent((field) -> mapping.put(header, field.key()));
		}
		return new ColumnMapping(kind, mapping);
	}

	/**
	 * The suggestion for the file, changed by what the caller chose: a header given a
	 * field takes it, a header given null or "" is ignored.
	 * @throws InvalidInputException (field {@code mapping}) naming an unknown header or
	 * field, a field mapped twice, or a required field left unmapped
	 */
	public static ColumnMapping of(ImportKind kind, List<String> headers, Map<String, String> chosen) {
		Map<String, String> mapping = new LinkedHashMap<>(suggest(kind, headers).fieldByHeader);
		List<FieldProblem> problems = new ArrayList<>();
		Set<String> chosenHeaders = new HashSet<>();
		if (chosen != null) {
			for (Map.Entry<String, String> entry : chosen.entrySet()) {
				String header = headers.stream()
					.filter((h) -> h.equalsIgnoreCase(entry.getKey().strip()))
					.findFirst()
					.orElse(null);
				String field = (entry.getValue() != null) ? entry.getValue().strip() : "";
				if (header == null) {
					problems.add(new FieldProblem("mapping",
							"names the column '" + entry.getKey() + "', which the file does not have"));
				}
				else if (field.isEmpty()) {
					mapping.remove(header);
					chosenHeaders.add(header);
				}
				else if (kind.field(field).isEmpty()) {
					problems.add(new FieldProblem("mapping", "maps '" + header + "' to '" + field
							+ "', which is not a field; use one of " + String.join(", ", keys(kind))));
				}
				else {
					mapping.put(header, field);
					chosenHeaders.add(header);
				}
			}
		}
		// A field chosen for a column leaves the column the guess gave it to; two columns
		// chosen for one field stay, and are reported.
		Set<String> chosenFields = new HashSet<>();
		chosenHeaders.forEach((header) -> {
			if (mapping.containsKey(header)) {
				chosenFields.add(mapping.get(header));
			}
		});
		mapping.entrySet()
			.removeIf((entry) -> !chosenHeaders.contains(entry.getKey()) && chosenFields.contains(entry.getValue()));
		ColumnMapping result = new ColumnMapping(kind, mapping);
		result.check(problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return result;
	}

	/**
	 * The choice exactly as made, unchecked: only for showing an invalid choice again.
	 * Unknown headers and fields are dropped.
	 */
	public static ColumnMapping chosenAsIs(ImportKind kind, List<String> headers, Map<String, String> chosen) {
		Map<String, String> mapping = new LinkedHashMap<>();
		chosen.forEach((header, field) -> {
			if (headers.contains(header) && field != null && kind.field(field).isPresent()) {
				mapping.put(header, field);
			}
		});
		return new ColumnMapping(kind, mapping);
	}

	private void check(List<FieldProblem> problems) {
		Map<String, String> headerByField = new HashMap<>();
		this.fieldByHeader.forEach((header, field) -> {
			String other = headerByField.putIfAbsent(field, header);
			if (other != null) {
				problems.add(new FieldProblem("mapping", "maps both '" + other + "' and '" + header + "' to "
						+ this.kind.field(field).map(ImportField::label).orElse(field)));
			}
		});
		for (ImportField field : this.kind.fields()) {
			if (field.required() && !headerByField.containsKey(field.key())) {
				problems.add(new FieldProblem("mapping", "needs a column for " + field.label()));
			}
		}
		if (this.kind == ImportKind.CONTACTS && !headerByField.containsKey("name")
				&& !headerByField.containsKey("firstName") && !headerByField.containsKey("lastName")) {
			problems.add(new FieldProblem("mapping", "needs a column for Name (or First name and Last name)"));
		}
	}

	public ImportKind kind() {
		return this.kind;
	}

	/** Header to field key, in the file's column order. */
	public Map<String, String> fieldByHeader() {
		return this.fieldByHeader;
	}

	public Optional<String> fieldOf(String header) {
		return Optional.ofNullable(this.fieldByHeader.get(header));
	}

	public boolean maps(String field) {
		return this.fieldByHeader.containsValue(field);
	}

	/** The rows of the file as field key to value; blank cells are absent. */
	public List<MappedRow> apply(TabularFile file) {
		Map<String, Integer> columnByField = new LinkedHashMap<>();
		for (int column = 0; column < file.headers().size(); column++) {
			String field = this.fieldByHeader.get(file.headers().get(column));
			if (field != null) {
				columnByField.put(field, column);
			}
		}
		List<MappedRow> rows = new ArrayList<>(file.rows().size());
		for (TabularFile.DataRow row : file.rows()) {
			Map<String, String> values = new HashMap<>();
			columnByField.forEach((field, column) -> {
				String value = row.cell(column).strip();
				if (!value.isEmpty()) {
					values.put(field, value);
				}
			});
			rows.add(new MappedRow(row.line(), values));
		}
		return rows;
	}

	private static List<String> keys(ImportKind kind) {
		return kind.fields().stream().map(ImportField::key).toList();
	}

}
