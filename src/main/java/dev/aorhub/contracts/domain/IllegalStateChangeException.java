package dev.aorhub.contracts.domain;

import java.util.Map;

import dev.aorhub.shared.ConflictException;

/**
 * A status change a contract's state machine forbids. Answers 409
 * {@code illegal-state-change}.
 */
public class IllegalStateChangeException extends ConflictException {

	public IllegalStateChangeException(String what, Enum<?> from, Enum<?> to,
			java.util.Set<? extends Enum<?>> allowed) {
		super("illegal-state-change", message(what, from, to, allowed),
				Map.of("currentStatus", from.name(), "requestedStatus", to.name()));
	}

	private static String message(String what, Enum<?> from, Enum<?> to, java.util.Set<? extends Enum<?>> allowed) {
		if (from == to) {
			return "The " + what + " is already " + from.name();
		}
		if (allowed.isEmpty()) {
			return "A " + what + " that is " + from.name() + " cannot change status";
		}
		return "A " + what + " cannot go from " + from.name() + " to " + to.name() + "; from " + from.name()
				+ " it can become " + String.join(" or ", allowed.stream().map(Enum::name).sorted().toList());
	}

}
