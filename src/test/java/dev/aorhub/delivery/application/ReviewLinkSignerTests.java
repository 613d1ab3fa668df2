package dev.aorhub.delivery.application;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewLinkSignerTests {

	private static final byte[] KEY = "a key of at least thirty-two bytes, for tests".getBytes();

	private final ReviewLinkSigner signer = new ReviewLinkSigner(KEY);

	private final UUID link = UUID.randomUUID();

	private final UUID asset = UUID.randomUUID();

	private final Instant expiry = Instant.parse("2026-06-01T12:00:00Z");

	@Test
	void aSignedTokenNamesItsLinkAndVerifiesForItsAssetAndExpiry() {
		String token = this.signer.sign(this.link, this.asset, this.expiry);
		var parsed = this.signer.parse(token).orElseThrow();
		assertThat(parsed.linkId()).isEqualTo(this.link);
		assertThat(this.signer.verifies(parsed, this.asset, this.expiry)).isTrue();
		assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
	}

	@Test
	void aTokenOfAnotherAssetOrAnotherExpiryDoesNotVerify() {
		var parsed = this.signer.parse(this.signer.sign(this.link, this.asset, this.expiry)).orElseThrow();
		assertThat(this.signer.verifies(parsed, UUID.randomUUID(), this.expiry)).isFalse();
		assertThat(this.signer.verifies(parsed, this.asset, this.expiry.plusSeconds(1))).isFalse();
	}

	@Test
	void aTamperedPayloadOrSignatureDoesNotVerify() {
		String token = this.signer.sign(this.link, this.asset, this.expiry);
		String otherLink = this.signer.sign(UUID.randomUUID(), this.asset, this.expiry);
		// another link's id with this link's signature
		String swapped = otherLink.substring(0, otherLink.indexOf('.')) + token.substring(token.indexOf('.'));
		var forged = this.signer.parse(swapped).orElseThrow();
		assertThat(this.signer.verifies(forged, this.asset, this.expiry)).isFalse();
		for (int i = token.indexOf('.') + 1; i < token.length(); i++) {
			char c = token.charAt(i);
			String flipped = token.substring(0, i) + ((c == 'A') ? 'B' : 'A') + token.substring(i + 1);
			assertThat(this.signer.parse(flipped).filter((t) -> this.signer.verifies(t, this.asset, this.expiry)))
				.as("signature changed at " + i)
				.isEmpty();
		}
		for (int i = 0; i < token.indexOf('.'); i++) {
			char c = token.charAt(i);
			String flipped = token.substring(0, i) + ((c == 'A') ? 'B' : 'A') + token.substring(i + 1);
			assertThat(this.signer.parse(flipped).filter((t) -> this.signer.verifies(t, this.asset, this.expiry)))
				.as("link id changed at " + i)
				.isEmpty();
		}
	}

	@Test
	void aTokenSignedWithAnotherKeyDoesNotVerify() {
		var other = new ReviewLinkSigner("another key of at least thirty-two bytes!!".getBytes());
		var parsed = this.signer.parse(other.sign(this.link, this.asset, this.expiry)).orElseThrow();
		assertThat(this.signer.verifies(parsed, this.asset, this.expiry)).isFalse();
	}

	@Test
	void malformedTokensParseToNothing() {
		assertThat(this.signer.parse(null)).isEmpty();
		assertThat(this.signer.parse("")).isEmpty();
		assertThat(this.signer.parse("no-dot")).isEmpty();
		assertThat(this.signer.parse("a.b.c")).isEmpty();
		assertThat(this.signer.parse("!!!.???")).isEmpty();
		assertThat(this.signer.parse("AAAA.AAAA")).isEmpty();
		assertThat(this.signer.parse("x".repeat(300) + ".y")).isEmpty();
	}

	@Test
	void aShortKeyIsRefused() {
		assertThatThrownBy(() -> new ReviewLinkSigner(new byte[16])).isInstanceOf(IllegalArgumentException.class);
	}

}
