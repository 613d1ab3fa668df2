package dev.aorhub.contracts.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.MoneyInput;

/**
 * Reads the text of a submitted form into typed values, naming a bad value by the same
 * field path the API uses, so a page shows the message beside its field.
 */
final class FormValues {

	private final List<FieldProblem> problems = new ArrayList<>();

	LocalDate date(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			add(field, "must be a date such as 2026-01-31");
			return null;
		}
	}

	Integer integer(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			add(field, "must be a whole number");
			return null;
		}
	}

	/** A percent as typed ({@code 15}, {@code 12.5}); its range is the request's rule. */
	BigDecimal percent(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			add(field, "must be a decimal number such as 15.0");
			return null;
		}
	}

	UUID id(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			add(field, "is not a valid choice");
			return null;
		}
	}

	/** An amount typed in the form, in the currency the page states; blank is none. */
	static MoneyInput money(String amount, Currency currency) {
		if (amount == null || amount.isBlank()) {
			return null;
		}
		return new MoneyInput(amount.strip().replace(",", ""), currency.getCurrencyCode());
	}

	static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	void add(String field, String message) {
		this.problems.add(new FieldProblem(field, message));
	}

	/**
	 * The values that could not be read, for the service to report with every other
	 * problem of the form.
	 */
	List<FieldProblem> problems() {
		return List.copyOf(this.problems);
	}

	void throwIfAny() {
		if (!this.problems.isEmpty()) {
			throw new InvalidInputException(this.problems);
		}
	}

	/**
	 * The messages by field, with the problems of a money field's amount or currency
	 * shown beside the amount the form has for it.
	 */
	static Map<String, String> errors(InvalidInputException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (var problem : ex.problems()) {
			String field = problem.field();
			if (field.endsWith(".amount") || field.endsWith(".currency")) {
				field = field.substring(0, field.lastIndexOf('.'));
			}
			errors.putIfAbsent(field, problem.message());
		}
		return errors;
	}

}
