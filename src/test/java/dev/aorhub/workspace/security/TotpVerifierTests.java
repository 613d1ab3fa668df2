package dev.aorhub.workspace.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The TOTP check against RFC 6238's published test vector (appendix B: the ASCII secret
 * "12345678901234567890", HMAC-SHA1, 30-second steps).
 */
class TotpVerifierTests {

	private static final String RFC_SECRET = new Base32()
		.encodeAsString("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

	private static final Instant T59 = Instant.ofEpochSecond(59);

	@Test
	void makesTheCodesOfTheRfcTestVector() {
		assertThat(new TotpVerifier(8).code(RFC_SECRET, TotpVerifier.step(T59))).isEqualTo("94287082");
		assertThat(new TotpVerifier(8).code(RFC_SECRET, TotpVerifier.step(Instant.ofEpochSecond(1111111109L))))
			.isEqualTo("07081804");
		assertThat(TotpVerifier.sixDigits().code(RFC_SECRET, TotpVerifier.step(T59))).isEqualTo("287082");
	}

	@Test
	void acceptsTheCurrentCodeAndAnswersItsStep() {
		assertThat(new TotpVerifier(8).verify(RFC_SECRET, "94287082", T59, null)).hasValue(1L);
		assertThat(TotpVerifier.sixDigits().verify(RFC_SECRET, "287 082", T59, null)).hasValue(1L);
	}

	@Test
	void acceptsTheCodeOfOneStepBeforeOrAfterButNotTwo() {
		TotpVerifier verifier = TotpVerifier.sixDigits();
		assertThat(verifier.verify(RFC_SECRET, "287082", T59.plusSeconds(30), null)).hasValue(1L);
		assertThat(verifier.verify(RFC_SECRET, "287082", T59.minusSeconds(30), null)).hasValue(1L);
		assertThat(verifier.verify(RFC_SECRET, "287082", T59.plusSeconds(60), null)).isEmpty();
		assertThat(verifier.verify(RFC_SECRET, "287082", Instant.ofEpochSecond(59 + 90), null)).isEmpty();
	}

	@Test
	void refusesACodeOfAStepAlreadyUsed() {
		TotpVerifier verifier = TotpVerifier.sixDigits();
		assertThat(verifier.verify(RFC_SECRET, "287082", T59, 1L)).isEmpty();
		assertThat(verifier.verify(RFC_SECRET, "287082", T59, 2L)).isEmpty();
		String next = verifier.code(RFC_SECRET, 2);
		assertThat(verifier.verify(RFC_SECRET, next, T59, 1L)).hasValue(2L);
	}

	@Test
	void refusesWrongAndMalformedCodes() {
		TotpVerifier verifier = TotpVerifier.sixDigits();
		assertThat(verifier.verify(RFC_SECRET, "287083", T59, null)).isEmpty();
		assertThat(verifier.verify(RFC_SECRET, "28708", T59, null)).isEmpty();
		assertThat(verifier.verify(RFC_SECRET, "abcdef", T59, null)).isEmpty();
		assertThat(verifier.verify(RFC_SECRET, null, T59, null)).isEmpty();
	}

}
