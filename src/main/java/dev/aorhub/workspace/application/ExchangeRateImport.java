package dev.aorhub.workspace.application;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.aorhub.shared.time.DateText;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.validation.ConstraintViolations;
import dev.aorhub.workspace.CanPrice;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.domain.ExchangeRate;
import dev.aorhub.workspace.domain.ExchangeRateRepository;
import jakarta.validation.Validator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports exchange rates from a CSV file with the columns {@code currency}, {@code rate}
 * and {@code valid_from}. Every row is checked as a single rate would be; one bad row
 * rejects the file and nothing is saved, so a rate table is never half imported. A row
 * whose currency and date the workspace has a rate for already revises that rate, so
 * importing the same file twice changes nothing.
 */
@Service
public class ExchangeRateImport {

	/** The columns of the file, in any order, after a header row. */
	public static final List<String> COLUMNS = List.of("currency", "rate", "valid_from");

	/** Larger than years of daily rates of every currency. */
	public static final int MAX_BYTES = 1024 * 1024;

	public static final int MAX_ROWS = 5000;

	/** What an import did; {@code rowsImported} is 0 whenever a row was rejected. */
	public record Result(int rowsRead, int rowsImported, int rowsRejected, List<LineError> errors) {

		public Result {
			errors = List.copyOf(errors);
		}

	}

	/** A problem of one row, by its line in the file. */
	public record LineError(int line, String message) {
	}

	/** An import with at least one bad row: nothing was saved. */
	public static class RejectedException extends RuntimeException {

		private final Result result;

		RejectedException(Result result) {
			super(result.rowsRejected() + " of " + result.rowsRead() + " rows were rejected; nothing was imported");
			this.result = result;
		}

		public Result result() {
			return this.result;
		}

	}

	private final ExchangeRateRepository rates;

	private final ExchangeRateService service;

	private final Validator validator;

	ExchangeRateImport(ExchangeRateRepository rates, ExchangeRateService service, Validator validator) {
		this.rates = rates;
		this.service = service;
		this.validator = validator;
	}

	@CanPrice
	@Transactional
	public Result importCsv(CurrentUser user, byte[] file) {
		if (file == null || file.length == 0) {
			throw new InvalidInputException("file",
					"is required: a CSV file with the columns currency, rate, valid_from");
		}
		if (file.length > MAX_BYTES) {
			throw new InvalidInputException("file", "is larger than 1 MB; split it into several imports");
		}
		List<Row> rows = read(file);
		String base = this.service.baseCurrency(user).getCurrencyCode();
		List<LineError> errors = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		Set<Integer> rejected = new TreeSet<>();
		for (Row row : rows) {
			List<String> problems = check(row, base, seen);
			problems.forEach((problem) -> errors.add(new LineError(row.line(), problem)));
			if (!problems.isEmpty()) {
				rejected.add(row.line());
			}
		}
		if (!rejected.isEmpty()) {
			throw new RejectedException(new Result(rows.size(), 0, rejected.size(), errors));
		}
		save(user, rows);
		return new Result(rows.size(), rows.size(), 0, List.of());
	}

	private void save(CurrentUser user, List<Row> rows) {
		Set<String> currencies = new HashSet<>();
		rows.forEach((row) -> currencies.add(row.request().currency()));
		Map<String, ExchangeRate> existing = new HashMap<>();
		this.rates.findByWorkspaceIdAndCurrencyIn(user.workspaceId(), currencies)
			.forEach((rate) -> existing.put(key(rate.getCurrency().getCurrencyCode(), rate.getValidFrom()), rate));
		List<ExchangeRate> changed = new ArrayList<>();
		for (Row row : rows) {
			ExchangeRateRequest request = row.request();
			ExchangeRate rate = existing.get(key(request.currency(), request.validFrom()));
			if (rate == null) {
				changed.add(new ExchangeRate(user.workspaceId(), Currency.getInstance(request.currency()),
						request.rate(), request.validFrom()));
			}
			else if (rate.getRate().compareTo(request.rate()) != 0) {
				rate.revise(request.rate(), request.validFrom());
				changed.add(rate);
			}
		}
		this.rates.saveAll(changed);
	}

	/** A row's problems, each naming the column it is about. */
	private List<String> check(Row row, String base, Set<String> seen) {
		List<String> problems = new ArrayList<>();
		ConstraintViolations.collect(this.validator, row.request(), row.unreadable())
			.problems()
			.forEach((problem) -> problems.add(column(problem.field()) + " " + problem.message()));
		ExchangeRateRequest request = row.request();
		if (problems.isEmpty()) {
			if (base.equals(request.currency())) {
				problems.add("currency is the workspace's base currency (" + base + "), which always converts at 1");
			}
			else if (!seen.add(key(request.currency(), request.validFrom()))) {
				problems.add("an earlier row has a " + request.currency() + " rate from "
						+ DateText.of(request.validFrom()) + " already");
			}
		}
		return problems;
	}

	private static String column(String field) {
		return "validFrom".equals(field) ? "valid_from" : field;
	}

	private static String key(String currency, LocalDate validFrom) {
		return currency + "@" + validFrom;
	}

	/** One data row as a request, with the cells that could not be read as their type. */
	private record Row(int line, ExchangeRateRequest request, List<FieldProblem> unreadable) {
	}

	private static List<Row> read(byte[] file) {
		String text = decode(file);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.setIgnoreHeaderCase(true)
			.get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			List<String> headers = parser.getHeaderNames()
				.stream()
				.map((name) -> name.strip().toLowerCase(Locale.ROOT))
				.toList();
			List<String> missing = COLUMNS.stream().filter((column) -> !headers.contains(column)).toList();
			if (!missing.isEmpty()) {
				throw new InvalidInputException("file", "needs a header row with the columns currency, rate, valid_from"
						+ " (missing " + String.join(", ", missing) + ")");
			}
			List<Row> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				if (rows.size() == MAX_ROWS) {
					throw new InvalidInputException("file",
							"has more than " + MAX_ROWS + " rows; split it into several imports");
				}
				rows.add(row(record, headers));
			}
			if (rows.isEmpty()) {
				throw new InvalidInputException("file", "has no rows below its header");
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
			if (ex instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw new InvalidInputException("file", "is not a readable CSV file (check its quotes and its header)");
		}
	}

	private static Row row(CSVRecord record, List<String> headers) {
		List<FieldProblem> unreadable = new ArrayList<>();
		String currency = cell(record, headers, "currency");
		String rateText = cell(record, headers, "rate");
		String dateText = cell(record, headers, "valid_from");
		BigDecimal rate = null;
		if (!rateText.isEmpty()) {
			try {
				rate = new BigDecimal(rateText);
			}
			catch (NumberFormatException ex) {
				unreadable.add(new FieldProblem("rate", "must be a number such as 0.9215"));
			}
		}
		LocalDate validFrom = null;
		if (!dateText.isEmpty()) {
			try {
				validFrom = LocalDate.parse(dateText);
			}
			catch (DateTimeParseException ex) {
				unreadable.add(new FieldProblem("validFrom", "must be a date (YYYY-MM-DD)"));
			}
		}
		String code = currency.isEmpty() ? null : currency.toUpperCase(Locale.ROOT);
		// The line a person finds the row on: the header is line 1.
		int line = (int) record.getRecordNumber() + 1;
		return new Row(line, new ExchangeRateRequest(code, rate, validFrom, null), List.copyOf(unreadable));
	}

	private static String cell(CSVRecord record, List<String> headers, String column) {
		int index = headers.indexOf(column);
		return (index < record.size()) ? record.get(index).strip() : "";
	}

	private static String decode(byte[] file) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new InvalidInputException("file", "is not a UTF-8 text file; save it as CSV (UTF-8)");
		}
	}

}
