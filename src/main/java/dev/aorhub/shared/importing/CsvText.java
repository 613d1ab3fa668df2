package dev.aorhub.shared.importing;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV upload as the imports read it (clients and contacts, time entries): the bytes as
 * text in the encoding a spreadsheet saved, the separator it used, and its records with
 * the line of the file each starts on, so an error names the line a person sees.
 */
public final class CsvText {

	private CsvText() {
	}

	/**
	 * A record that is not blank: the file line it starts on and its cells as written.
	 */
	public record Record(int line, List<String> cells) {
	}

	/**
	 * UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what older Excel saves);
	 * without a leading byte-order mark.
	 */
	public static String decode(byte[] content) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			text = new String(content, Charset.forName("windows-1252"));
		}
		return (!text.isEmpty() && text.charAt(0) == '\uFEFF') ? text.substring(1) : text;
	}

	/**
	 * Comma, semicolon (Excel in many European locales) or tab: the most used on line 1.
	 */
	public static char delimiter(String text) {
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

	/**
	 * Every record of the text that has a cell that is not blank, in order, separated by
	 * its {@link #delimiter}; a quoted cell may span lines, and the next record's line
	 * follows it.
	 * @throws IOException or an unchecked exception of Commons CSV when the text is not
	 * well-formed CSV (a quote left open)
	 */
	public static List<Record> records(String text) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter(text))
			.setIgnoreEmptyLines(false)
			.setTrim(false)
			.get();
		List<Record> records = new ArrayList<>();
		try (CSVParser parser = format.parse(new StringReader(text))) {
			long previousEnd = 0;
			for (CSVRecord record : parser) {
				int line = (int) previousEnd + 1;
				previousEnd = parser.getCurrentLineNumber();
				List<String> cells = record.toList();
				if (!cells.stream().allMatch(String::isBlank)) {
					records.add(new Record(line, cells));
				}
			}
		}
		return records;
	}

}
