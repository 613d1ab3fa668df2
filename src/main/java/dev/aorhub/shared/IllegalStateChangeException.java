package dev.aorhub.shared;

import java.util.Map;

/**
 * A status change a {@link Lifecycle} forbids. Answers 409 {@code illegal-state-change}
 * with the current and the requested status; the message names the statuses allowed
 * instead, in the order the lifecycle gives them (an enum set's declaration order).
 */
public class IllegalStateChangeException extends ConflictException {

	public IllegalStateChangeException(Lifecycle<?> from, Lifecycle<?> to) {
		super("illegal-state-change", message(from, to),
				Map.of("currentStatus", from.name(), "requestedStatus", to.name()));
	}

	private static String message(Lifecycle<?> from, Lifecycle<?> to) {
		String what = from.subject();
		if (from == to) {
			return "The " + what + " is already " + from.name();
		}
		if (from.isFinal()) {
			String advice = from.finalStatusAdvice();
			return "A " + what + " that is " + from.name() + " cannot change status"
					+ ((advice != null) ? "; " + advice : "");
		}
		return "A " + what + " cannot go from " + from.name() + " to " + to.name() + "; from " + from.name()
				+ " it can become " + String.join(" or ", from.next().stream().map(Lifecycle::name).toList());
	}

}
