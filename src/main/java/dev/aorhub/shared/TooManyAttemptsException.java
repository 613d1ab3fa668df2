package dev.aorhub.shared;

import java.time.Duration;
import java.util.Optional;

/**
 * Too many attempts of something that guards secrets (a current password, sign-ups of one
 * address) or costs the server (PDFs, exports) within a while; the message says when to
 * try again. Answers 429, with {@code Retry-After} when the wait is known.
 */
public class TooManyAttemptsException extends RuntimeException {

	private final Duration retryAfter;

	public TooManyAttemptsException(String message) {
		this(message, null);
	}

	public TooManyAttemptsException(String message, Duration retryAfter) {
		super(message);
		this.retryAfter = retryAfter;
	}

	/** The seconds to wait, rounded up and at least 1, for {@code Retry-After}. */
	public Optional<Long> retryAfterSeconds() {
		return Optional.ofNullable(this.retryAfter).map((wait) -> Math.max(1, (wait.toMillis() + 999) / 1000));
	}

}
