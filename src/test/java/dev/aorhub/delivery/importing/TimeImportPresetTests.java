package dev.aorhub.delivery.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import dev.aorhub.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each preset on a sample of its product's export (src/test/resources/delivery/import),
 * with the minutes worked out by hand.
 */
class TimeImportPresetTests {

	private static List<TimeImportRow> read(String preset, String sample) {
		TimeImportPreset format = TimeImportPreset.of(preset);
		return format.lines(TimeCsvFile.read(sample(sample))).stream().map(format::read).toList();
	}

	static byte[] sample(String name) {
		try (InputStream in = TimeImportPresetTests.class.getResourceAsStream("/delivery/import/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void ourFormatReadsQuotedNotesOverTwoLinesAndLeavesTheEmailAndSowToDefaults() {
		List<TimeImportRow> rows = read(null, "standard.csv");
		assertThat(rows).hasSize(2);
		TimeImportRow first = rows.get(0);
		assertThat(first.line()).isEqualTo(2);
		assertThat(first.date()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(first.email()).isEqualTo("ada@example.com");
		assertThat(first.sow()).isEqualTo("SOW-2026-0001");
		assertThat(first.minutes()).isEqualTo(450); // 7.5 h
		assertThat(first.billable()).isTrue();
		assertThat(first.note()).isEqualTo("Key visual,\nsecond line");
		TimeImportRow second = rows.get(1);
		// the quoted note took lines 2 and 3
		assertThat(second.line()).isEqualTo(4);
		assertThat(second.email()).isNull();
		assertThat(second.sow()).isNull();
		assertThat(second.minutes()).isEqualTo(90); // 1:30
		assertThat(second.billable()).isNull();
		assertThat(second.problems()).isEmpty();
	}

	@Test
	void harvestMatchesByFullNameWithTheProjectCodeFirstAndTheTaskBeforeTheNotes() {
		List<TimeImportRow> rows = read("harvest", "harvest.csv");
		assertThat(rows).hasSize(2);
		TimeImportRow first = rows.get(0);
		assertThat(first.problems()).isEmpty();
		assertThat(first.date()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(first.email()).isNull();
		assertThat(first.personName()).isEqualTo("Ada Admin");
		assertThat(first.client()).isEqualTo("Harbour Coffee");
		assertThat(first.projectHints()).containsExactly("SOW-2026-0001", "Always-on social");
		assertThat(first.minutes()).isEqualTo(150); // 2.5 h
		assertThat(first.billable()).isTrue();
		assertThat(first.note()).isEqualTo("Design: Key visual, round 2");
		TimeImportRow second = rows.get(1);
		assertThat(second.minutes()).isEqualTo(45); // 0.75 h
		assertThat(second.billable()).isFalse();
		assertThat(second.projectHints()).containsExactly("Always-on social");
		assertThat(second.note()).isEqualTo("Project Management");
	}

	@Test
	void togglReadsTheClockDurationToTheNearestMinute() {
		List<TimeImportRow> rows = read("toggl", "toggl.csv");
		assertThat(rows).extracting(TimeImportRow::problems).allMatch(List::isEmpty);
		assertThat(rows.get(0).email()).isEqualTo("ada@example.com");
		assertThat(rows.get(0).minutes()).isEqualTo(90);
		assertThat(rows.get(0).note()).isEqualTo("Design: Key visual");
		// 20:40 is 20.67 minutes: 21
		assertThat(rows.get(1).minutes()).isEqualTo(21);
		assertThat(rows.get(1).billable()).isFalse();
		assertThat(rows.get(1).date()).isEqualTo(LocalDate.of(2026, 3, 3));
	}

	@Test
	void clockifyReadsUsAndIsoDatesAndPrefersTheClockDuration() {
		List<TimeImportRow> rows = read("clockify", "clockify.csv");
		assertThat(rows).extracting(TimeImportRow::problems).allMatch(List::isEmpty);
		assertThat(rows.get(0).date()).isEqualTo(LocalDate.of(2026, 3, 2));
		// 01:17:00, not 1.28 h (76.8 minutes)
		assertThat(rows.get(0).minutes()).isEqualTo(77);
		assertThat(rows.get(1).date()).isEqualTo(LocalDate.of(2026, 3, 3));
		assertThat(rows.get(1).minutes()).isEqualTo(195);
		assertThat(rows.get(1).note()).isEqualTo("Copy review");
	}

	@Test
	void kimaiReadsSecondsOrAClockAndLocaleDatesAndFallsBackToTheUserName() {
		List<TimeImportRow> rows = read("kimai", "kimai.csv");
		assertThat(rows).extracting(TimeImportRow::problems).allMatch(List::isEmpty);
		assertThat(rows.get(0).minutes()).isEqualTo(120); // 7200 s
		assertThat(rows.get(0).email()).isEqualTo("ada@example.com");
		assertThat(rows.get(0).client()).isEqualTo("Harbour Coffee");
		assertThat(rows.get(0).note()).isEqualTo("Design: Key visual");
		assertThat(rows.get(1).date()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(rows.get(1).minutes()).isEqualTo(45);
		assertThat(rows.get(1).email()).isNull();
		assertThat(rows.get(1).personName()).isEqualTo("Ada Admin");
		assertThat(rows.get(1).billable()).isFalse();
	}

	@Test
	void headersAreMatchedWhateverTheirCaseAndSpacing() {
		String csv = " DATE ;User_Email;CLIENT;Hours\n2026-03-02;a@b.c;Acme;2\n";
		List<TimeImportRow> rows = TimeImportPreset.of("standard")
			.lines(TimeCsvFile.read(csv.getBytes(StandardCharsets.UTF_8)))
			.stream()
			.map(TimeImportPreset.of("standard")::read)
			.toList();
		assertThat(rows.get(0).minutes()).isEqualTo(120);
		assertThat(rows.get(0).client()).isEqualTo("Acme");
	}

	@Test
	void aBadCellIsNamedWithWhatWasExpected() {
		String csv = "Project,Client,Email,Billable,Start Date,Duration (h)\nX,Acme,a@b.c,perhaps,13/45/2026,1:75:00\n";
		TimeImportPreset clockify = TimeImportPreset.of("clockify");
		TimeImportRow row = clockify
			.read(clockify.lines(TimeCsvFile.read(csv.getBytes(StandardCharsets.UTF_8))).get(0));
		assertThat(row.problems()).containsExactly("Start Date '13/45/2026' is not a date in MM/DD/YYYY or YYYY-MM-DD",
				"Duration (h) '1:75:00' is not a duration such as 01:30:00", "Billable 'perhaps' must be Yes or No");
	}

	@Test
	void anyTimeAtAllIsAtLeastAMinute() {
		assertThat(ImportCells.minutesOf(20)).isEqualTo(1);
		assertThat(ImportCells.minutesOf(89)).isEqualTo(1);
		assertThat(ImportCells.minutesOf(90)).isEqualTo(2);
		assertThat(ImportCells.minutesOf(0)).isZero();
	}

	@Test
	void aFileWithoutTheColumnsNamesTheMissingOnes() {
		byte[] csv = "Day,Person,Time\n2026-03-02,Ada,2\n".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> TimeImportPreset.of("toggl").lines(TimeCsvFile.read(csv)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("Email or User, Client, Start date, Duration of a Toggl Track export");
	}

	@Test
	void emptyAndBinaryFilesAreRefused() {
		assertThatThrownBy(() -> TimeCsvFile.read(new byte[0])).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> TimeCsvFile.read(new byte[] { 'P', 'K', 3, 4, 0, 0 }))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> TimeCsvFile.read("\n\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> TimeImportPreset.of("tempo")).isInstanceOf(InvalidInputException.class);
	}

}
