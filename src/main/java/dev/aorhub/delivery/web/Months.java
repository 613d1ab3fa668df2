package dev.aorhub.delivery.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import dev.aorhub.shared.InvalidInputException;

/**
 * Months and dates as query parameters: {@code 2026-10} and {@code 2026-10-01}, a wrong
 * one a 422 naming the parameter rather than a 400 without a field.
 */
final class Months {

	private Months() {
	}

	/** The month, or null when absent. */
	static YearMonth parse(String value, String parameter) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return YearMonth.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(parameter, "must be a month as YYYY-MM, like 2026-10");
		}
	}

	/** The date, or null when absent. */
	static LocalDate date(String value, String parameter) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(parameter, "must be a date as YYYY-MM-DD, like 2026-10-01");
		}
	}

}
