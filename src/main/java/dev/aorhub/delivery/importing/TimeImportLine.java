package dev.aorhub.delivery.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One data line of an export with its file's headers, so a preset reads a cell by its
 * column: blank cells and absent columns both read as null.
 */
public final class TimeImportLine {

	private final int number;

	private final List<String> cells;

	private final Headers headers;

	TimeImportLine(int number, List<String> cells, Headers headers) {
		this.number = number;
		this.cells = cells;
		this.headers = headers;
	}

	/** The line in the file (the header is line 1). */
	public int number() {
		return this.number;
	}

	/** The stripped text of the column's cell, or null when blank or absent. */
	public String text(ImportColumn column) {
		int index = this.headers.indexOf(column);
		if (index < 0 || index >= this.cells.size()) {
			return null;
		}
		String value = this.cells.get(index).strip();
		return value.isEmpty() ? null : value;
	}

	public boolean has(ImportColumn column) {
		return this.headers.indexOf(column) >= 0;
	}

	/** A file's header row, looked up by any name of a column. */
	static final class Headers {

		private final Map<String, Integer> byName = new HashMap<>();

		Headers(List<String> headers) {
			for (int i = 0; i < headers.size(); i++) {
				this.byName.putIfAbsent(headers.get(i).strip().toLowerCase(Locale.ROOT), i);
			}
		}

		int indexOf(ImportColumn column) {
			for (String name : column.names()) {
				Integer index = this.byName.get(name);
				if (index != null) {
					return index;
				}
			}
			return -1;
		}

	}

}
