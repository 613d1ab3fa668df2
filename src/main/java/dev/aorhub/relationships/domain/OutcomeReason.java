package dev.aorhub.relationships.domain;

import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.StatedReason;

/**
 * Why a designation ended or was lost, as the person who recorded it put it: why an AOR
 * was lost is what the agency's next pitch and its win/loss reviews need.
 */
public final class OutcomeReason {

	/** The longest reason kept. */
	public static final int MAX_LENGTH = StatedReason.MAX_LENGTH;

	private OutcomeReason() {
	}

	/**
	 * The reason without its surrounding spaces; none for blank.
	 * @throws InvalidInputException on {@code reason} when it is too long
	 */
	public static String clean(String reason) {
		return StatedReason.clean(reason);
	}

	/** ": the client consolidated its agencies" after the audit message, or nothing. */
	static String sentence(String reason) {
		return StatedReason.sentence(reason);
	}

}
