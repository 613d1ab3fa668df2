package dev.aorhub.shared.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

/**
 * Bean Validation's violations as the field problems every API answer and form shows,
 * named by their path inside the request record ({@code fees[1].percent}).
 */
public final class ConstraintViolations {

	private ConstraintViolations() {
	}

	public static List<FieldProblem> problems(Collection<? extends ConstraintViolation<?>> violations) {
		List<FieldProblem> problems = new ArrayList<>();
		violations.stream()
			.sorted(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
			.forEach((violation) -> problems
				.add(new FieldProblem(path(violation.getPropertyPath()), violation.getMessage())));
		return problems;
	}

	/**
	 * The problems of a request before the service's own rules: the values the caller's
	 * binding could not read, then the record's constraint violations (a field already
	 * named as unreadable is not named again). The service adds its rules across fields
	 * and aggregates to the collector and throws once, so one answer names every field.
	 */
	public static InvalidInputException.Collector collect(Validator validator, Object request,
			List<FieldProblem> unreadable) {
		var problems = new InvalidInputException.Collector();
		Set<String> unreadableFields = new HashSet<>();
		unreadable.forEach((problem) -> {
			problems.add(problem.field(), problem.message());
			unreadableFields.add(problem.field());
		});
		problems(validator.validate(request)).stream()
			.filter((problem) -> !unreadableFields.contains(problem.field()))
			.forEach((problem) -> problems.add(problem.field(), problem.message()));
		return problems;
	}

	/** Throws {@link InvalidInputException} with every violation, if there is any. */
	public static void throwIfAny(Collection<? extends ConstraintViolation<?>> violations) {
		if (!violations.isEmpty()) {
			throw new InvalidInputException(problems(violations));
		}
	}

	/** The path below the method and its parameter, as the request names it. */
	static String path(Path path) {
		StringBuilder text = new StringBuilder();
		for (Path.Node node : path) {
			if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
					|| node.getKind() == ElementKind.CONSTRUCTOR || node.getKind() == ElementKind.RETURN_VALUE) {
				continue;
			}
			if (node.getIndex() != null) {
				text.append('[').append(node.getIndex()).append(']');
			}
			if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
				text.append((text.length() > 0) ? "." : "").append(node.getName());
			}
		}
		return text.toString();
	}

}
