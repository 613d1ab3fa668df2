package dev.aorhub.shared;

/**
 * Too many attempts of something that guards secrets (a current password, sign-ups of one
 * address) within a while; the message says when to try again. Answers 429.
 */
public class TooManyAttemptsException extends RuntimeException {

	public TooManyAttemptsException(String message) {
		super(message);
	}

}
