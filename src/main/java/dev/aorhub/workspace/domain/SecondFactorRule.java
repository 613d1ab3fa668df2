package dev.aorhub.workspace.domain;

import java.util.Locale;
import java.util.Set;

import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.workspace.Role;

/**
 * Whom a workspace requires to sign in with a second factor (an authenticator app's code
 * or a passkey) besides the password.
 */
public enum SecondFactorRule {

	NONE, ADMINS, EVERYONE;

	public boolean appliesTo(Set<Role> roles) {
		return switch (this) {
			case NONE -> false;
			case ADMINS -> roles.contains(Role.ADMIN);
			case EVERYONE -> true;
		};
	}

	/** The rule a form or a request names; {@code fallback} when it names none. */
	public static SecondFactorRule parse(String value, SecondFactorRule fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("secondFactorRequired", "must be NONE, ADMINS or EVERYONE");
		}
	}

}
