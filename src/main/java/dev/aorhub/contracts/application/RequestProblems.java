package dev.aorhub.contracts.application;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Function;

import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.validation.ConstraintViolations;
import jakarta.validation.Validator;

/**
 * The problems of one request: the values the caller's binding could not read, then the
 * request's own constraints (not for a field already reported), then whatever the
 * service's rules add, thrown together as one {@link InvalidInputException}.
 */
final class RequestProblems {

	private final InvalidInputException.Collector problems;

	private RequestProblems(InvalidInputException.Collector problems) {
		this.problems = problems;
	}

	static RequestProblems of(Validator validator, Object request, List<FieldProblem> unreadable) {
		return new RequestProblems(ConstraintViolations.collect(validator, request, unreadable));
	}

	RequestProblems add(String field, String message) {
		this.problems.add(field, message);
		return this;
	}

	RequestProblems check(boolean valid, String field, String message) {
		return valid ? this : add(field, message);
	}

	/** Whether {@code field} or a field inside it ({@code budget.amount}) is at fault. */
	boolean has(String field) {
		return fields().stream()
			.anyMatch((f) -> f.equals(field) || f.startsWith(field + ".") || f.startsWith(field + "["));
	}

	/**
	 * Runs a rule set that reports into a collector, keeping its problems but those of a
	 * field already reported (a value the caller could not read is not also missing).
	 */
	<T> T check(Function<InvalidInputException.Collector, T> rules) {
		var own = new InvalidInputException.Collector();
		T result = rules.apply(own);
		try {
			own.throwIfAny();
		}
		catch (InvalidInputException ex) {
			Set<String> reported = fields();
			ex.problems()
				.stream()
				.filter((problem) -> !reported.contains(problem.field()))
				.forEach((problem) -> add(problem.field(), problem.message()));
		}
		return result;
	}

	/** The collector for the value objects that report into one ({@code MoneyInput}). */
	InvalidInputException.Collector collector() {
		return this.problems;
	}

	private Set<String> fields() {
		return this.problems.problems().stream().map(FieldProblem::field).collect(Collectors.toSet());
	}

	boolean isEmpty() {
		return this.problems.isEmpty();
	}

	void throwIfAny() {
		this.problems.throwIfAny();
	}

	/** The text without its surrounding blanks, or null when there is none. */
	static String clean(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
