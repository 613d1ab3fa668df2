package dev.aorhub.shared.export;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TableExportTests {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tstart", "\rstart" })
	void neutralisesTextASpreadsheetWouldEvaluate(String text) {
		assertThat(TableExport.neutralise(text)).isEqualTo("'" + text);
	}

	@Test
	void leavesOrdinaryTextAlone() {
		assertThat(TableExport.neutralise("Acme = best")).isEqualTo("Acme = best");
		assertThat(TableExport.neutralise("")).isEmpty();
		assertThat(TableExport.neutralise(null)).isNull();
	}

	@Test
	void writesCsvWithAByteOrderMarkTheHeaderAndTheRows() {
		byte[] bytes = new TableExport("Users", java.util.List.of("Name", "Hours", "Note")).row("Ada", 12, null)
			.row("=cmd|' /C calc'!A0", -5, "Lovelace, Ada")
			.toBytes(ExportFormat.CSV);
		String csv = new String(bytes, StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF");
		assertThat(csv.substring(1).split("\r\n")).containsExactly("Name,Hours,Note", "Ada,12,",
				"'=cmd|' /C calc'!A0,-5,\"Lovelace, Ada\"");
	}

	@Test
	void writesInstantsAsIsoText() {
		String csv = new String(
				new TableExport("T", java.util.List.of("When")).row(Instant.parse("2026-03-01T10:15:30Z"))
					.toBytes(ExportFormat.CSV),
				StandardCharsets.UTF_8);
		assertThat(csv).endsWith("When\r\n2026-03-01T10:15:30Z\r\n");
	}

	@Test
	void writesXlsxAsAZipPackageWithTheNeutralisedText(@TempDir Path directory) throws IOException {
		byte[] bytes = new TableExport("Users", java.util.List.of("Name", "Amount"))
			.row("=cmd", new BigDecimal("12.50"))
			.row("Ada", 3)
			.toBytes(ExportFormat.XLSX);
		assertThat(bytes).startsWith('P', 'K', 3, 4);
		Path file = Files.write(directory.resolve("export.xlsx"), bytes);
		String content = zipText(file);
		assertThat(content).contains("xl/worksheets/sheet1.xml");
		assertThat(content).containsAnyOf("'=cmd", "&apos;=cmd", "&#39;=cmd");
		assertThat(content).doesNotContain(">=cmd<");
	}

	@Test
	void refusesARowWithTheWrongNumberOfCells() {
		var table = new TableExport("T", java.util.List.of("A", "B"));
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> table.row("only one"));
		assertThat(table.rowCount()).isZero();
	}

	@Test
	void parsesTheExportFormatIgnoringCase() {
		assertThat(ExportFormat.parse("CSV")).isEqualTo(ExportFormat.CSV);
		assertThat(ExportFormat.parse("xlsx")).isEqualTo(ExportFormat.XLSX);
		assertThat(ExportFormat.XLSX.mediaType())
			.hasToString("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	@Test
	void rejectsAnUnknownExportFormatNamingTheFormatField() {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> ExportFormat.parse("pdf"))
			.satisfies((ex) -> assertThat(ex.problems())
				.containsExactly(new FieldProblem("format", "must be csv or xlsx")));
	}

	/**
	 * Every entry's name and text, concatenated. Read as a file: fastexcel's data
	 * descriptors confuse ZipInputStream, not spreadsheet programs.
	 */
	private static String zipText(Path file) throws IOException {
		StringBuilder text = new StringBuilder();
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				text.append(entry.getName()).append('\n');
				try (InputStream input = zip.getInputStream(entry)) {
					text.append(new String(input.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
				}
			}
		}
		return text.toString();
	}

}
