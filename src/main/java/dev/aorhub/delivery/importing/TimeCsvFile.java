package dev.aorhub.delivery.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.importing.CsvText;

/**
 * An uploaded time export as its header row and data rows, each with the line a person
 * finds it on in the file (the header is line 1; a quoted note spanning lines counts them
 * all). Comma, semicolon or tab separated; UTF-8, else Windows-1252; a byte order mark is
 * dropped. Cells are kept as text, never evaluated.
 */
public record TimeCsvFile(List<String> headers, List<Line> lines) {

	/** What one import reads at most: a year of a 40-person agency's daily entries. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	public static final int MAX_ROWS = 10_000;

	private static final int MAX_COLUMNS = 200;

	/** One data row: its line in the file and its cells, one per header. */
	public record Line(int number, List<String> cells) {
	}

	public TimeCsvFile {
		headers = List.copyOf(headers);
		lines = List.copyOf(lines);
	}

	/**
	 * Reads the file.
	 * @throws TimeImportTooLargeException over {@link #MAX_BYTES} or {@link #MAX_ROWS}
	 * @throws InvalidInputException (field {@code file}) when it is empty, binary or not
	 * CSV
	 */
	public static TimeCsvFile read(byte[] content) {
		if (content.length > MAX_BYTES) {
			throw new TimeImportTooLargeException(
					"The file is larger than " + (MAX_BYTES / 1024 / 1024) + " MB; split it into several imports");
		}
		if (content.length == 0) {
			throw new InvalidInputException("file", "is empty");
		}
		if (looksBinary(content)) {
			throw new InvalidInputException("file",
					"is not a CSV text file (it looks like a spreadsheet or another binary file); export or save it as CSV");
		}
		List<String> headers = null;
		List<Line> lines = new ArrayList<>();
		try {
			for (CsvText.Record record : CsvText.records(CsvText.decode(content))) {
				List<String> cells = record.cells();
				if (headers == null) {
					if (cells.size() > MAX_COLUMNS) {
						throw new InvalidInputException("file", "has more than " + MAX_COLUMNS + " columns");
					}
					headers = cells.stream().map(TimeCsvFile::header).toList();
					continue;
				}
				if (lines.size() >= MAX_ROWS) {
					throw new TimeImportTooLargeException(
							"The file has more than " + MAX_ROWS + " rows; split it into several imports");
				}
				lines.add(new Line(record.line(), cells));
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new InvalidInputException("file", "is not a readable CSV file (" + firstLine(ex.getMessage()) + ")");
		}
		if (headers == null) {
			throw new InvalidInputException("file", "is empty: it has no header row");
		}
		return new TimeCsvFile(headers, lines);
	}

	/** Headers are compared stripped and case-insensitively, without a stray BOM. */
	static String header(String cell) {
		return cell.replace("\uFEFF", "").strip();
	}

	/**
	 * A NUL byte never occurs in a text export, and a zip (XLSX) or OLE2 (XLS) signature
	 * says what it is.
	 */
	private static boolean looksBinary(byte[] content) {
		if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
			return true;
		}
		int checked = Math.min(content.length, 8192);
		for (int i = 0; i < checked; i++) {
			if (content[i] == 0) {
				return true;
			}
		}
		return false;
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "malformed";
		}
		int end = message.indexOf('\n');
		return (end >= 0) ? message.substring(0, end) : message;
	}

}
