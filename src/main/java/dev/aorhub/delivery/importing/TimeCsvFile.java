package dev.aorhub.delivery.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.aorhub.shared.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

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
		String text = decode(content);
		if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
			text = text.substring(1);
		}
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter(text))
			.setIgnoreEmptyLines(false)
			.setTrim(false)
			.get();
		List<String> headers = null;
		List<Line> lines = new ArrayList<>();
		try (CSVParser parser = format.parse(new StringReader(text))) {
			long previousEnd = 0;
			for (CSVRecord record : parser) {
				int line = (int) previousEnd + 1;
				previousEnd = parser.getCurrentLineNumber();
				List<String> cells = record.toList();
				if (cells.stream().allMatch(String::isBlank)) {
					continue;
				}
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
				lines.add(new Line(line, cells));
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

	private static String decode(byte[] content) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(content, Charset.forName("windows-1252"));
		}
	}

	/** The separator used most on the header line: comma, semicolon or tab. */
	private static char delimiter(String text) {
		int end = text.indexOf('\n');
		String first = (end >= 0) ? text.substring(0, end) : text;
		char best = ',';
		long bestCount = first.chars().filter((c) -> c == ',').count();
		for (char candidate : new char[] { ';', '\t' }) {
			long count = first.chars().filter((c) -> c == candidate).count();
			if (count > bestCount) {
				best = candidate;
				bestCount = count;
			}
		}
		return best;
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "malformed";
		}
		int end = message.indexOf('\n');
		return (end >= 0) ? message.substring(0, end) : message;
	}

}
