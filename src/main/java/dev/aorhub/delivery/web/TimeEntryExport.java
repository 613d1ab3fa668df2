package dev.aorhub.delivery.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.export.TableExport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes time entries to a CSV or XLSX file as they are read, unlike {@link TableExport},
 * which builds a bounded list in memory: an agency's year of time is hundreds of
 * thousands of rows. The cells are those of the list, neutralised against spreadsheet
 * formulas the same way.
 */
final class TimeEntryExport {

	static final List<String> HEADERS = List.of("Date", "Person", "Client", "SOW", "Campaign", "Task", "Hours",
			"Minutes", "Billed minutes", "Billable", "Status", "Role", "Hourly rate", "Currency", "Note", "Id");

	/** XLSX rows are flushed to the response this many at a time. */
	private static final int FLUSH_EVERY = 1000;

	private TimeEntryExport() {
	}

	/** Answers the request with the file, named for today, as the rows are read. */
	static void respond(jakarta.servlet.http.HttpServletResponse response, ExportFormat format,
			Consumer<Consumer<TimeEntryQueries.Row>> source) throws IOException {
		response.setContentType(format.mediaType().toString());
		response.setHeader(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
				org.springframework.http.ContentDisposition.attachment()
					.filename("time-entries-" + java.time.LocalDate.now() + "." + format.extension())
					.build()
					.toString());
		write(format, response.getOutputStream(), source);
	}

	/** Streams the rows {@code source} hands over into {@code out}. */
	static void write(ExportFormat format, OutputStream out, Consumer<Consumer<TimeEntryQueries.Row>> source) {
		try {
			switch (format) {
				case CSV -> csv(out, source);
				case XLSX -> xlsx(out, source);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Object> cells(TimeEntryQueries.Row row) {
		List<Object> cells = new ArrayList<>(HEADERS.size());
		cells.add(row.date());
		cells.add(row.userName());
		cells.add(row.clientName());
		cells.add((row.sowNumber() != null) ? row.sowNumber() + " " + row.sowTitle() : null);
		cells.add(row.campaignName());
		cells.add(row.taskTitle());
		cells.add(BigDecimal.valueOf(row.minutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP));
		cells.add(row.minutes());
		cells.add(row.roundedMinutes());
		cells.add(row.billable());
		cells.add(row.status().name());
		cells.add(row.role());
		cells.add((row.rate() != null) ? row.rate().amount() : null);
		cells.add((row.rate() != null) ? row.rate().currency().getCurrencyCode() : null);
		cells.add(row.note());
		cells.add(row.id().toString());
		return cells;
	}

	private static void csv(OutputStream out, Consumer<Consumer<TimeEntryQueries.Row>> source) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
		// A byte-order mark makes spreadsheet programs read the file as UTF-8.
		writer.write('\uFEFF');
		printer.printRecord(HEADERS);
		source.accept((row) -> {
			try {
				printer.printRecord(cells(row).stream().map(TimeEntryExport::csvCell).toList());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		printer.flush();
	}

	private static String csvCell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number || value instanceof Boolean || value instanceof java.time.LocalDate) {
			return value.toString();
		}
		return TableExport.neutralise(value.toString());
	}

	private static void xlsx(OutputStream out, Consumer<Consumer<TimeEntryQueries.Row>> source) throws IOException {
		Workbook workbook = new Workbook(out, "AOR Hub", "1.0");
		Worksheet sheet = workbook.newWorksheet("Time entries");
		for (int column = 0; column < HEADERS.size(); column++) {
			sheet.value(0, column, HEADERS.get(column));
			sheet.style(0, column).bold().set();
		}
		int[] next = { 1 };
		source.accept((row) -> {
			List<Object> cells = cells(row);
			int r = next[0]++;
			for (int column = 0; column < cells.size(); column++) {
				cell(sheet, r, column, cells.get(column));
			}
			if (r % FLUSH_EVERY == 0) {
				try {
					sheet.flush();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		});
		workbook.finish();
	}

	private static void cell(Worksheet sheet, int row, int column, Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof Number number) {
			sheet.value(row, column, number);
		}
		else if (value instanceof Boolean bool) {
			sheet.value(row, column, bool);
		}
		else if (value instanceof java.time.LocalDate date) {
			sheet.value(row, column, date);
			sheet.style(row, column).format("yyyy-mm-dd").set();
		}
		else {
			sheet.value(row, column, TableExport.neutralise(value.toString()));
		}
	}

}
