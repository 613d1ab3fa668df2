package dev.aorhub.relationships.domain;

import java.util.Map;

import dev.aorhub.relationships.DesignationStatus;
import dev.aorhub.shared.ConflictException;

/**
 * A status change the designation's state machine forbids. Answers 409.
 */
public class IllegalStatusChangeException extends ConflictException {

	public IllegalStatusChangeException(DesignationStatus from, DesignationStatus to) {
		super("illegal-state-change", message(from, to),
				Map.of("currentStatus", from.name(), "requestedStatus", to.name()));
	}

	private static String message(DesignationStatus from, DesignationStatus to) {
		if (from == to) {
			return "The designation is already " + from.name();
		}
		if (from.isFinal()) {
			return "A designation that is " + from.name() + " cannot change status; record a new designation instead";
		}
		return "A designation cannot go from " + from.name() + " to " + to.name() + "; from " + from.name()
				+ " it can become " + String.join(" or ", from.next().stream().map(Enum::name).toList());
	}

}
