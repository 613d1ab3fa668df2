package dev.aorhub.clients.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.validation.ConstraintViolations;
import jakarta.validation.Validator;

/**
 * The problems of one import row, as sentences that name the column's field the way the
 * person importing knows it ("Payment terms (days) must be a whole number"), one per
 * field.
 */
final class RowProblems {

	private final ImportKind kind;

	private final Map<String, String> byField = new LinkedHashMap<>();

	RowProblems(ImportKind kind) {
		this.kind = kind;
	}

	void add(String field, String message) {
		this.byField.putIfAbsent(base(field), label(field) + " " + message);
	}

	/**
	 * Runs a domain validation and keeps its problems for fields not already reported.
	 */
	void validate(Consumer<InvalidInputException.Collector> validation) {
		var collector = new InvalidInputException.Collector();
		validation.accept(collector);
		try {
			collector.throwIfAny();
		}
		catch (InvalidInputException ex) {
			for (FieldProblem problem : ex.problems()) {
				add(problem.field(), problem.message());
			}
		}
	}

	/** Keeps a request's constraint violations for fields not already reported. */
	void validate(Validator validator, Object request) {
		for (FieldProblem problem : ConstraintViolations.problems(validator.validate(request))) {
			add(problem.field(), problem.message());
		}
	}

	boolean isEmpty() {
		return this.byField.isEmpty();
	}

	List<String> messages() {
		return new ArrayList<>(this.byField.values());
	}

	/** {@code tags[2]} and {@code competitors[0].name} are their list's field. */
	private static String base(String field) {
		int bracket = field.indexOf('[');
		return (bracket >= 0) ? field.substring(0, bracket) : field;
	}

	private String label(String field) {
		String key = base(field);
		if (key.equals("reportsToId")) {
			key = "reportsTo";
		}
		return this.kind.field(key).map(ImportField::label).orElse(key);
	}

}
