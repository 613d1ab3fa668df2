package dev.aorhub.shared;

/**
 * Why someone took a final step (a designation lost, an MSA terminated, a SOW cancelled),
 * as they put it: kept with the record and said in the audit log, because the next pitch,
 * renewal or dispute needs it.
 */
public final class StatedReason {

	/** The longest reason kept. */
	public static final int MAX_LENGTH = 2000;

	private StatedReason() {
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

	/** ": the client consolidated its agencies" after an audit message, or nothing. */
	public static String sentence(String reason) {
		return (reason != null) ? ": " + reason : "";
	}

}
