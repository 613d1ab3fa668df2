package dev.aorhub.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Input that breaks a business rule the request's shape could not express. Answers 422
 * with the fields at fault; the UI shows each message beside its field.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(problems.isEmpty() ? "Invalid input" : problems.get(0).field() + ": " + problems.get(0).message());
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(String field, String message) {
		this(List.of(new FieldProblem(field, message)));
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

	/**
	 * Collects problems so that a request reports all of them at once.
	 */
	public static final class Collector {

		private final List<FieldProblem> problems = new ArrayList<>();

		public Collector add(String field, String message) {
			this.problems.add(new FieldProblem(field, message));
			return this;
		}

		public Collector check(boolean valid, String field, String message) {
			if (!valid) {
				add(field, message);
			}
			return this;
		}

		public boolean isEmpty() {
			return this.problems.isEmpty();
		}

		/** Whether a problem names the field already (a later rule may then skip it). */
		public boolean names(String field) {
			return this.problems.stream().anyMatch((problem) -> problem.field().equals(field));
		}

		/** The problems so far, in the order they were found. */
		public List<FieldProblem> problems() {
			return List.copyOf(this.problems);
		}

		public void throwIfAny() {
			if (!this.problems.isEmpty()) {
				throw new InvalidInputException(this.problems);
			}
		}

	}

}
