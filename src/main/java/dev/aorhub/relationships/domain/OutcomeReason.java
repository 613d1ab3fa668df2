package dev.aorhub.relationships.domain;

import dev.aorhub.shared.InvalidInputException;

/**
 * Why a designation ended or was lost, as the person who recorded it put it: why an AOR
 * was lost is what the agency's next pitch and its win/loss reviews need.
 */
public final class OutcomeReason {

	/** The longest reason kept. */
	public static final int MAX_LENGTH = 2000;

	private OutcomeReason() {
	}

	/**
	 * The reason without its surrounding spaces; none for blank.
	 * @throws InvalidInputException on {@code reason} when it is too long
	 */
	public static String clean(String reason) {
		if (reason == null || reason.isBlank()) {
			return null;
		}
		String cleaned = reason.strip();
		if (cleaned.length() > MAX_LENGTH) {
			throw new InvalidInputException("reason", "must be at most " + MAX_LENGTH + " characters");
		}
		return cleaned;
	}

	/** ": the client consolidated its agencies" after the audit message, or nothing. */
	static String sentence(String reason) {
		return (reason != null) ? ": " + reason : "";
	}

}
