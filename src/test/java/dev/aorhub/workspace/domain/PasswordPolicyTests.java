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
	void acceptsExactlyTenRandomCharacters() {
		assertThat(PasswordPolicy.violation("Xq7-mPl2zR", EMAIL)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Wm4#tq9Zr2Lx", "Kx8mP2qL9vRt", "purple kettle walks sideways",
			"velvet otter juggles lanterns" })
	void acceptsRandomStringsAndPassphrasesOfUncommonWords(String password) {
		assertThat(PasswordPolicy.violation(password, EMAIL, "Marguerite Holm")).isEmpty();
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
		String password = "Kx9-Tq7!mP2v-Lr8#wZ4n-Hs6?bY3c-Jd5&fG1e-Qa0@uV9i-Oy2%kN7t-Xw3^pM8r-Zl4*s";
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
	@ValueSource(strings = { "Password123!", "Summer2024!", "Welcome1234", "P@ssw0rd2026", "qwerty123456",
			"password123", "Password123", "letmein123", "changeme123", "iloveyou12" })
	void rejectsCommonAndBreachedPasswordsSayingWhy(String password) {
		assertThat(PasswordPolicy.violation(password, EMAIL))
			.contains("is too easy to guess: it is a common password found in breach lists");
	}

	/**
	 * The famous passphrase itself has been in breach lists since the comic: its words
	 * are common, and so is the whole.
	 */
	@Test
	void rejectsTheBestKnownPassphrase() {
		assertThat(PasswordPolicy.violation("correct horse battery staple", EMAIL))
			.hasValueSatisfying((reason) -> assertThat(reason).startsWith("is too easy to guess"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "QWERTYUIOP", "1234567890", "aaaaaaaaaaaa", "abcabcabcabc", "asdfghjkl;'" })
	void rejectsKeyboardRowsSequencesAndRepeats(String password) {
		assertThat(PasswordPolicy.violation(password, EMAIL))
			.hasValueSatisfying((reason) -> assertThat(reason).startsWith("is too easy to guess"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "MargueriteHolm2026!", "holm.marguerite1", "Marguerite-1988" })
	void rejectsPasswordsMadeFromTheEmailOrTheName(String password) {
		assertThat(PasswordPolicy.violation(password, EMAIL, "Marguerite Holm"))
			.contains("is too easy to guess: it is made from your e-mail address or name");
	}

	@Test
	void rejectsAShortPhraseOfCommonWordsAskingForMore() {
		assertThat(PasswordPolicy.violation("the green house", EMAIL))
			.contains("is too easy to guess: add another word or two, or make it longer");
	}

}
