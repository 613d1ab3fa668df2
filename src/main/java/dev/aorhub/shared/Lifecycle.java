package dev.aorhub.shared;

import java.util.Set;

/**
 * A status enum that is a state machine: each status knows the statuses it may become,
 * and a forbidden change is one {@link IllegalStateChangeException} (409) everywhere.
 * Aggregates move with {@code this.status = this.status.requireCanBecome(target)}.
 *
 * @param <S> the status enum itself
 */
public interface Lifecycle<S extends Lifecycle<S>> {

	/** The status's name, as in the API ({@code UNDER_REVIEW}); enums have it already. */
	String name();

	/** The status for people ({@code Under review}). */
	String label();

	/** What has this status, as messages name it: {@code SOW}, {@code designation}. */
	String subject();

	/** The statuses this one may change to; none for a final status. */
	Set<S> next();

	default boolean canBecome(S target) {
		return next().contains(target);
	}

	/** A status nothing follows. */
	default boolean isFinal() {
		return next().isEmpty();
	}

	/**
	 * The target, when this status may become it.
	 * @throws IllegalStateChangeException when the state machine forbids the change
	 */
	default S requireCanBecome(S target) {
		if (!canBecome(target)) {
			throw new IllegalStateChangeException(this, target);
		}
		return target;
	}

	/**
	 * What to do instead when a final status is asked to change, added to the message;
	 * null for nothing.
	 */
	default String finalStatusAdvice() {
		return null;
	}

}
