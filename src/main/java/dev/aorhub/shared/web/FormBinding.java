package dev.aorhub.shared.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.aorhub.shared.FieldProblem;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * What a page's binding of a request record could not read: the values of the wrong type
 * as field problems for the service to report with every other, and the text typed into
 * them to show again. A page controller that binds a request record with
 * {@code @ModelAttribute} and a {@link BindingResult} passes these on instead of
 * answering on the binding alone.
 */
public final class FormBinding {

	private FormBinding() {
	}

	/** The values binding could not read, as problems of their fields. */
	public static List<FieldProblem> unreadable(BindingResult result) {
		return result.getFieldErrors()
			.stream()
			.filter(FieldError::isBindingFailure)
			.map((error) -> new FieldProblem(error.getField(), FormErrors.message(error, result)))
			.toList();
	}

	/** What was typed into the fields binding could not read, to show it again. */
	public static Map<String, Object> typed(BindingResult result) {
		Map<String, Object> typed = new HashMap<>();
		result.getFieldErrors()
			.stream()
			.filter(FieldError::isBindingFailure)
			.forEach((error) -> typed.put(error.getField(), error.getRejectedValue()));
		return typed;
	}

	/**
	 * The value binding read for a field, or null when it could not (binding makes no
	 * record when one constructor argument fails, so a page rebuilds it from these).
	 */
	public static <T> T read(BindingResult result, String field, Class<T> type) {
		Object value = result.hasFieldErrors(field) ? null : result.getFieldValue(field);
		return type.isInstance(value) ? type.cast(value) : null;
	}

}
