package dev.aorhub.workspace.domain;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be: 10 characters at least, at most 72 bytes (bcrypt reads no
 * further, so a longer one would be silently cut), not the e-mail address or its name
 * part, and not one of the passwords every attacker tries first.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_BYTES = 72;

	public static final String LENGTH_RULE = "must be at least " + MIN_LENGTH + " characters";

	private static final Set<String> COMMON = Set.of("1234567890", "12345678910", "0123456789", "password12",
			"password123", "password1234", "qwertyuiop", "1q2w3e4r5t", "iloveyou12", "letmein123", "welcome123",
			"administrator", "changeme123", "aaaaaaaaaa", "abcdefghij", "qwerty1234", "passw0rd12");

	private PasswordPolicy() {
	}

	/** The reason the password is refused, or empty when it is acceptable. */
	public static Optional<String> violation(String password, String email) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of(LENGTH_RULE);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("must be at most " + MAX_BYTES + " bytes");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (email != null && !email.isBlank()) {
			String address = email.strip().toLowerCase(Locale.ROOT);
			String localPart = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
			if (lower.equals(address) || lower.equals(localPart) || lower.contains(address)) {
				return Optional.of("must not be your e-mail address");
			}
		}
		if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
			return Optional.of("is too easy to guess");
		}
		return Optional.empty();
	}

}
