package dev.aorhub.shared.web;

import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import dev.aorhub.shared.InvalidInputException;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Turns a rejected form into the messages the page shows beside each field.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/** Field name to its first message, in the order the fields were checked. */
	public static Map<String, String> of(InvalidInputException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.problems().forEach((problem) -> errors.putIfAbsent(problem.field(), problem.message()));
		return errors;
	}

	/**
	 * The messages of a form bound with {@code @Valid} and a {@link BindingResult}: the
	 * constraint's message, or for text the field's type cannot take (a date, a number, a
	 * choice), what the field expects.
	 */
	public static Map<String, String> of(BindingResult result) {
		Map<String, String> errors = new LinkedHashMap<>();
		result.getFieldErrors().forEach((error) -> errors.putIfAbsent(error.getField(), message(error, result)));
		return errors;
	}

	/** The message of one field error, for the API's problem details and for pages. */
	public static String message(FieldError error, BindingResult result) {
		if (!error.isBindingFailure()) {
			return error.getDefaultMessage();
		}
		Class<?> type = (result != null) ? result.getFieldType(error.getField()) : null;
		if (type != null && type.isEnum()) {
			return "must be one of "
					+ Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
		}
		if (type != null && Temporal.class.isAssignableFrom(type)) {
			return "must be a date (YYYY-MM-DD)";
		}
		if (type != null && (Number.class.isAssignableFrom(type) || type.isPrimitive())) {
			return "must be a number";
		}
		return "has an invalid value";
	}

}
