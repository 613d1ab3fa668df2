package dev.aorhub.workspace.security;

/**
 * The password was right, but the user's second factor is still missing or wrong: the API
 * answers 401 with the problem type {@code second-factor-required}.
 */
public class SecondFactorRequiredException extends RuntimeException {

	public SecondFactorRequiredException(String message) {
		super(message);
	}

}
