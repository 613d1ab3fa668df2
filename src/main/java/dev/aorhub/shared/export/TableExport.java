package dev.aorhub.shared.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * A list rendered as a CSV or XLSX file. Text cells that a spreadsheet would read as a
 * formula are neutralised, so an exported name such as {@code =HYPERLINK(...)} stays
 * text.
 */
public final class TableExport {

	/**
	 * Exports are built in memory, so they are bounded; a larger list is filtered first.
	 */
	public static final int MAX_ROWS = 50_000;

	private final String sheetName;

	private final List<String> headers;

	private final List<List<Object>> rows = new ArrayList<>();

	public TableExport(String sheetName, List<String> headers) {
		this.sheetName = sheetName;
		this.headers = List.copyOf(headers);
	}

	public TableExport row(Object... cells) {
		if (cells.length != this.headers.size()) {
			throw new IllegalArgumentException("expected " + this.headers.size() + " cells, got " + cells.length);
		}
		this.rows.add(java.util.Arrays.asList(cells));
		return this;
	}

	public int rowCount() {
		return this.rows.size();
	}

	/** Neutralises text a spreadsheet would evaluate (OWASP CSV injection). */
	public static String neutralise(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		boolean dangerous = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
				|| first == '\r';
		return dangerous ? "'" + text : text;
	}

	public byte[] toBytes(ExportFormat format) {
		return switch (format) {
			case CSV -> csv();
			case XLSX -> xlsx();
		};
	}

	public ResponseEntity<byte[]> toResponse(ExportFormat format, String baseFileName) {
		String fileName = baseFileName + "-" + LocalDate.now() + "." + format.extension();
		return ResponseEntity.ok()
			.contentType(format.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(toBytes(format));
	}

	private byte[] csv() {
		var out = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer,
						CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
			// A byte-order mark makes spreadsheet programs read the file as UTF-8.
			writer.write('\uFEFF');
			printer.printRecord(this.headers);
			for (List<Object> row : this.rows) {
				printer.printRecord(row.stream().map(TableExport::csvCell).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static String csvCell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		if (value instanceof Instant instant) {
			return DateTimeFormatter.ISO_INSTANT.format(instant);
		}
		return neutralise(value.toString());
	}

	private byte[] xlsx() {
		var out = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(out, "AOR Hub", "1.0")) {
			Worksheet sheet = workbook.newWorksheet(this.sheetName);
			for (int column = 0; column < this.headers.size(); column++) {
				sheet.value(0, column, this.headers.get(column));
				sheet.style(0, column).bold().set();
			}
			for (int r = 0; r < this.rows.size(); r++) {
				List<Object> row = this.rows.get(r);
				for (int column = 0; column < row.size(); column++) {
					xlsxCell(sheet, r + 1, column, row.get(column));
				}
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void xlsxCell(Worksheet sheet, int row, int column, Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof BigDecimal number) {
			sheet.value(row, column, number);
		}
		else if (value instanceof Number number) {
			sheet.value(row, column, number);
		}
		else if (value instanceof Boolean bool) {
			sheet.value(row, column, bool);
		}
		else if (value instanceof LocalDate date) {
			sheet.value(row, column, date);
			sheet.style(row, column).format("yyyy-mm-dd").set();
		}
		else if (value instanceof Instant instant) {
			sheet.value(row, column, DateTimeFormatter.ISO_INSTANT.format(instant));
		}
		else {
			sheet.value(row, column, neutralise(value.toString()));
		}
	}

}
