package dev.aorhub.workspace.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;

/**
 * Checks an authenticator app's code (RFC 6238: HMAC-SHA1, 30-second steps). A code of
 * the step before or after the current one is accepted too, for clocks that drift and
 * codes typed at a step's end; a step no later than the last one accepted never is, so a
 * code seen over someone's shoulder cannot be used again (RFC 6238, section 5.2).
 */
public final class TotpVerifier {

	public static final int PERIOD_SECONDS = 30;

	/** Steps accepted on either side of the current one. */
	static final int ALLOWED_DRIFT = 1;

	private final CodeGenerator generator;

	private final int digits;

	public TotpVerifier(int digits) {
		this.digits = digits;
		this.generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, digits);
	}

	/** The 6-digit codes authenticator apps show. */
	public static TotpVerifier sixDigits() {
		return new TotpVerifier(6);
	}

	public static long step(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS);
	}

	/**
	 * The step the code belongs to, if it is right at {@code at} and later than
	 * {@code lastUsedStep} (null when none was used yet).
	 * @param base32Secret the shared secret as authenticator apps take it
	 */
	public OptionalLong verify(String base32Secret, String code, Instant at, Long lastUsedStep) {
		String typed = normalise(code);
		if (typed.length() != this.digits || !typed.chars().allMatch(Character::isDigit)) {
			return OptionalLong.empty();
		}
		long current = step(at);
		for (long step = current - ALLOWED_DRIFT; step <= current + ALLOWED_DRIFT; step++) {
			if (lastUsedStep != null && step <= lastUsedStep) {
				continue;
			}
			if (MessageDigest.isEqual(code(base32Secret, step).getBytes(StandardCharsets.US_ASCII),
					typed.getBytes(StandardCharsets.US_ASCII))) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	/** The code of one step. */
	public String code(String base32Secret, long step) {
		try {
			return this.generator.generate(base32Secret, step);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException("The TOTP secret cannot make codes", ex);
		}
	}

	/** Apps show codes as "123 456"; people paste them with spaces. */
	static String normalise(String code) {
		return (code != null) ? code.replaceAll("[\\s-]", "") : "";
	}

}
