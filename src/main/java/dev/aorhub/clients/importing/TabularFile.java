package dev.aorhub.clients.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.importing.CsvText;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * An uploaded CSV or XLSX file as a header row and data rows, each row with the line
 * (CSV) or row number (XLSX) a person would look for in the file. Every cell is kept as
 * the text it shows: nothing is evaluated, so {@code =cmd} stays the text {@code =cmd}.
 */
public record TabularFile(String fileName, List<String> headers, List<DataRow> rows) {

	/** One data row: its line in the file and its cells, one per header. */
	public record DataRow(int line, List<String> cells) {

		public String cell(int column) {
			return (column < this.cells.size()) ? this.cells.get(column) : "";
		}

	}

	/** Larger than any real XLSX of {@link ImportKind#MAX_ROWS} rows: a zip bomb. */
	static final long MAX_UNZIPPED_BYTES = 200L * 1024 * 1024;

	private static final int MAX_COLUMNS = 200;

	/** How an old binary .xls workbook (OLE2) starts. */
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	/** How a zip, so an XLSX workbook, starts. */
	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	public TabularFile {
		headers = List.copyOf(headers);
		rows = List.copyOf(rows);
	}

	/**
	 * Reads a file: XLSX when it is a zip (whatever its name says), CSV otherwise.
	 * @throws ImportTooLargeException over {@link ImportKind#MAX_BYTES} or
	 * {@link ImportKind#MAX_ROWS}
	 * @throws InvalidInputException (field {@code file}) when it cannot be read
	 */
	public static TabularFile read(String fileName, byte[] content) {
		if (content.length > ImportKind.MAX_BYTES) {
			throw new ImportTooLargeException("The file is larger than " + (ImportKind.MAX_BYTES / 1024 / 1024)
					+ " MB; split it into several imports");
		}
		String name = (fileName != null && !fileName.isBlank()) ? fileName.strip() : "upload";
		if (content.length == 0) {
			throw new InvalidInputException("file", "is empty");
		}
		if (startsWith(content, OLE2)) {
			throw new InvalidInputException("file",
					"is an old Excel .xls workbook; save it as .xlsx or CSV and upload it again");
		}
		if (startsWith(content, ZIP)) {
			return xlsx(name, content);
		}
		if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
			throw new InvalidInputException("file", "is not a readable XLSX workbook");
		}
		return csv(name, content);
	}

	/** The first few non-blank values of a column, to show what it holds. */
	public List<String> samples(int column, int count) {
		return this.rows.stream()
			.map((row) -> row.cell(column))
			.filter((value) -> !value.isBlank())
			.limit(count)
			.toList();
	}

	private static TabularFile csv(String name, byte[] content) {
		List<String> headers = null;
		List<DataRow> rows = new ArrayList<>();
		try {
			for (CsvText.Record record : CsvText.records(CsvText.decode(content))) {
				List<String> cells = record.cells();
				if (headers == null) {
					headers = headers(cells);
					continue;
				}
				addRow(rows, record.line(), cells, headers.size());
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new InvalidInputException("file", "is not a readable CSV file (" + firstLine(ex.getMessage()) + ")");
		}
		if (headers == null) {
			throw new InvalidInputException("file", "has no header row");
		}
		return new TabularFile(name, headers, rows);
	}

	private static TabularFile xlsx(String name, byte[] content) {
		checkUnzippedSize(content);
		List<String> headers = null;
		List<DataRow> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
				Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
			for (Row row : (Iterable<Row>) sheet::iterator) {
				int width = (headers != null) ? headers.size() : Math.min(row.getCellCount(), MAX_COLUMNS);
				List<String> cells = new ArrayList<>(width);
				for (int column = 0; column < width; column++) {
					cells.add(text(row.getCell(column)));
				}
				if (cells.stream().allMatch(String::isBlank)) {
					continue;
				}
				if (headers == null) {
					headers = headers(cells);
					continue;
				}
				addRow(rows, row.getRowNum(), cells, headers.size());
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ImportTooLargeException || ex instanceof InvalidInputException) {
				throw (RuntimeException) ex;
			}
			throw new InvalidInputException("file", "is not a readable XLSX workbook");
		}
		if (headers == null) {
			throw new InvalidInputException("file", "has no header row");
		}
		return new TabularFile(name, headers, rows);
	}

	/**
	 * Reads the whole zip once, counting the bytes it really inflates to (not what its
	 * headers claim), so a small upload cannot expand into gigabytes while parsed.
	 */
	private static void checkUnzippedSize(byte[] content) {
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		// The central directory, as Excel reads it: some writers leave the local headers'
		// sizes empty, which a streaming reader cannot cope with.
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
			for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
				try (InputStream in = zip.getInputStream(entry)) {
					int read;
					while ((read = in.read(buffer)) > 0) {
						total += read;
						if (total > MAX_UNZIPPED_BYTES) {
							throw new ImportTooLargeException("The workbook unpacks to more than "
									+ (MAX_UNZIPPED_BYTES / 1024 / 1024) + " MB; save it as CSV or split it");
						}
					}
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ImportTooLargeException tooLarge) {
				throw tooLarge;
			}
			throw new InvalidInputException("file", "is not a readable XLSX workbook");
		}
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		String value = switch (cell.getType()) {
			case NUMBER -> number(cell);
			case BOOLEAN -> String.valueOf(Boolean.TRUE.equals(cell.asBoolean()));
			case EMPTY -> "";
			default -> cell.getText();
		};
		return (value != null) ? value : "";
	}

	private static String number(Cell cell) {
		BigDecimal number = cell.asNumber();
		return (number != null) ? number.stripTrailingZeros().toPlainString() : cell.getText();
	}

	private static List<String> headers(List<String> cells) {
		if (cells.size() > MAX_COLUMNS) {
			throw new InvalidInputException("file", "has more than " + MAX_COLUMNS + " columns");
		}
		List<String> headers = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int column = 0; column < cells.size(); column++) {
			String header = cells.get(column).strip();
			if (header.isEmpty()) {
				header = "Column " + (column + 1);
			}
			if (!seen.add(header.toLowerCase(Locale.ROOT))) {
				throw new InvalidInputException("file", "has two columns named '" + header + "'");
			}
			headers.add(header);
		}
		return headers;
	}

	private static void addRow(List<DataRow> rows, int line, List<String> cells, int width) {
		if (rows.size() >= ImportKind.MAX_ROWS) {
			throw new ImportTooLargeException(
					"The file has more than " + ImportKind.MAX_ROWS + " rows; split it into several imports");
		}
		List<String> fitted = new ArrayList<>(width);
		for (int column = 0; column < width; column++) {
			fitted.add((column < cells.size()) ? cells.get(column) : "");
		}
		rows.add(new DataRow(line, fitted));
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "malformed";
		}
		int end = message.indexOf('\n');
		return (end >= 0) ? message.substring(0, end) : message;
	}

}
