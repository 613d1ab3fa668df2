package dev.aorhub.shared.web;

/**
 * An operation that costs the server enough to be counted per user and per workspace (per
 * client address and for the whole instance before anyone is signed in), see
 * {@link RateLimited}.
 */
public enum LimitedOperation {

	PDF("PDF renderings"), EXPORT("exports"), IMPORT("imports"), TOKEN("new API tokens"), SIGNUP("sign-ups"),
	REVIEW("review link requests");

	private final String description;

	LimitedOperation(String description) {
		this.description = description;
	}

	/** "PDF renderings", for the message of a refusal. */
	public String description() {
		return this.description;
	}

}
