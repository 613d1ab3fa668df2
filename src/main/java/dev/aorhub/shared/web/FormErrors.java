package dev.aorhub.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.aorhub.shared.InvalidInputException;

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

}
