package dev.aorhub.workspace.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private static final String EMAIL = "marguerite.h@example.com";

	@Test
	void acceptsALongUncommonPassword() {
		assertThat(PasswordPolicy.violation("Blue-Harbour-Lantern-42", EMAIL)).isEmpty();
	}

	@Test
	void acceptsExactlyTenCharacters() {
		assertThat(PasswordPolicy.violation("Xq7-mPl2zR", EMAIL)).isEmpty();
	}

	@Test
	void rejectsFewerThanTenCharacters() {
		assertThat(PasswordPolicy.violation("Xq7-mPl2z", EMAIL)).contains("must be at least 10 characters");
	}

	@Test
	void rejectsAMissingPassword() {
		assertThat(PasswordPolicy.violation(null, EMAIL)).contains("must be at least 10 characters");
	}

	@Test
	void acceptsExactlySeventyTwoBytes() {
		String password = "Kx9-".repeat(18);
		assertThat(password).hasSize(72);
		assertThat(PasswordPolicy.violation(password, EMAIL)).isEmpty();
	}

	@Test
	void rejectsMoreThanSeventyTwoBytesBecauseBcryptIgnoresTheRest() {
		assertThat(PasswordPolicy.violation("Kx9-".repeat(18) + "Q", EMAIL)).contains("must be at most 72 bytes");
	}

	@Test
	void countsBytesNotCharacters() {
		// 37 characters, 74 bytes in UTF-8
		String password = "éàüö".repeat(9) + "é";
		assertThat(password).hasSize(37);
		assertThat(PasswordPolicy.violation(password, EMAIL)).contains("must be at most 72 bytes");
	}

	@Test
	void rejectsTheEmailAddressWhateverItsCase() {
		assertThat(PasswordPolicy.violation("Marguerite.H@Example.com", EMAIL))
			.contains("must not be your e-mail address");
	}

	@Test
	void rejectsTheLocalPartOfTheEmailAddress() {
		assertThat(PasswordPolicy.violation("MARGUERITE.H", EMAIL)).contains("must not be your e-mail address");
	}

	@Test
	void rejectsAPasswordThatContainsTheEmailAddress() {
		assertThat(PasswordPolicy.violation("x" + EMAIL + "1", EMAIL)).contains("must not be your e-mail address");
	}

	@ParameterizedTest
	@ValueSource(strings = { "password123", "Password123", "QWERTYUIOP", "1234567890", "letmein123", "changeme123" })
	void rejectsCommonPasswords(String password) {
		assertThat(PasswordPolicy.violation(password, EMAIL)).contains("is too easy to guess");
	}

	@Test
	void rejectsPasswordsOfFewerThanFourDistinctCharacters() {
		assertThat(PasswordPolicy.violation("abcabcabcabc", EMAIL)).contains("is too easy to guess");
		assertThat(PasswordPolicy.violation("abcdabcdabcd", EMAIL)).isEmpty();
	}

}
