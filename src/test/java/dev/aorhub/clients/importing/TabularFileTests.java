package dev.aorhub.clients.importing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.export.TableExport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TabularFileTests {

	private static TabularFile csv(String text) {
		return TabularFile.read("file.csv", text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void csvRowsKeepTheLineTheyStartOnPastBlankLinesAndQuotedLineBreaks() {
		TabularFile file = csv("Name,Notes\r\nAcme,plain\r\n\r\nBeta,\"two\nlines\"\r\nGamma,last\r\n");

		assertThat(file.headers()).containsExactly("Name", "Notes");
		assertThat(file.rows()).extracting(TabularFile.DataRow::line).containsExactly(2, 4, 6);
		assertThat(file.rows().get(1).cells()).containsExactly("Beta", "two\nlines");
	}

	@Test
	void readsSemicolonSeparatedFilesWithAByteOrderMark() {
		TabularFile file = csv("\uFEFFName;Industry\nAcme;Retail\n");

		assertThat(file.headers()).containsExactly("Name", "Industry");
		assertThat(file.rows().get(0).cells()).containsExactly("Acme", "Retail");
	}

	@Test
	void readsWindows1252WhenTheBytesAreNotUtf8() {
		byte[] latin = "Name\nCaf\u00e9 Noir\n".getBytes(Charset.forName("windows-1252"));

		assertThat(TabularFile.read("old.csv", latin).rows().get(0).cells()).containsExactly("Caf\u00e9 Noir");
	}

	@Test
	void shortRowsArePaddedAndFormulasStayText() {
		TabularFile file = csv("Name,Website,Notes\n=cmd|' /C calc'!A0\n");

		assertThat(file.rows().get(0).cells()).containsExactly("=cmd|' /C calc'!A0", "", "");
	}

	@Test
	void aHeaderTwiceOrNoHeaderAtAllIsRefused() {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> csv("Name,name\nA,B\n"))
			.satisfies((ex) -> assertThat(ex.problems().get(0).message()).isEqualTo("has two columns named 'name'"));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> csv("\n \n"))
			.satisfies((ex) -> assertThat(ex.problems().get(0).message()).isEqualTo("has no header row"));
	}

	@Test
	void aTinyFileIsReadAsCsv() {
		assertThat(csv("A\n1").rows().get(0).cells()).containsExactly("1");
		assertThat(csv("Name").rows()).isEmpty();
	}

	@Test
	void anUnclosedQuoteIsAnUnreadableFile() {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> csv("Name\n\"Acme\n"))
			.satisfies((ex) -> assertThat(ex.problems().get(0).field()).isEqualTo("file"));
	}

	@Test
	void readsXlsxWithSheetRowNumbersAndNumbersAsPlainText() {
		byte[] xlsx = new TableExport("Clients", List.of("Name", "Payment terms (days)", "Active"))
			.row("Acme", 45, true)
			.row("Beta", 30, false)
			.toBytes(ExportFormat.XLSX);

		TabularFile file = TabularFile.read("clients.xlsx", xlsx);

		assertThat(file.headers()).containsExactly("Name", "Payment terms (days)", "Active");
		assertThat(file.rows()).extracting(TabularFile.DataRow::line).containsExactly(2, 3);
		assertThat(file.rows().get(0).cells()).containsExactly("Acme", "45", "true");
	}

	@Test
	void anOldXlsWorkbookIsRefusedWithWhatToDo() {
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0,
				0 };

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> TabularFile.read("old.xls", ole2))
			.satisfies((ex) -> assertThat(ex.problems().get(0).message()).contains("save it as .xlsx or CSV"));
	}

	@Test
	void moreRowsThanTheLimitAreTooLarge() {
		StringBuilder text = new StringBuilder("Name\n");
		for (int i = 0; i <= ImportKind.MAX_ROWS; i++) {
			text.append("Row ").append(i).append('\n');
		}

		assertThatExceptionOfType(ImportTooLargeException.class).isThrownBy(() -> csv(text.toString()))
			.withMessageContaining("more than 10000 rows");
		assertThat(csv(text.substring(0, text.lastIndexOf("Row ")))).extracting((f) -> f.rows().size())
			.isEqualTo(ImportKind.MAX_ROWS);
	}

	@Test
	void samplesAreTheFirstNonBlankValuesOfAColumn() {
		TabularFile file = csv("Name,Industry\nA,\nB,Retail\nC,Travel\nD,Telecom\n");

		assertThat(file.samples(1, 2)).containsExactly("Retail", "Travel");
	}

}
