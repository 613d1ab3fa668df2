package dev.aorhub.delivery.application;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the token of a review link: {@code base64url(link id) "."
 * base64url(HMAC-SHA256(key, link id | asset id | expiry))}. The token carries only the
 * link's id; the asset and the expiry come from the link's row and must be the ones
 * signed, so a token of one asset never opens another and a changed expiry breaks it. The
 * comparison takes the same time however many bytes match.
 */
public final class ReviewLinkSigner {

	private static final String ALGORITHM = "HmacSHA256";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	/** The longest token read: anything longer is not one of ours. */
	static final int MAX_TOKEN = 200;

	private final SecretKeySpec key;

	public ReviewLinkSigner(byte[] key) {
		if (key.length < 32) {
			throw new IllegalArgumentException("A review link key needs at least 32 bytes");
		}
		this.key = new SecretKeySpec(key, ALGORITHM);
	}

	/**
	 * A token parsed but not yet checked: the link it names and the signature it carries.
	 */
	public record Token(UUID linkId, byte[] signature) {
	}

	public String sign(UUID linkId, UUID assetId, Instant expiresAt) {
		return ENCODER.encodeToString(bytes(linkId)) + "." + ENCODER.encodeToString(mac(linkId, assetId, expiresAt));
	}

	/** The link a well-formed token names; empty for anything else. */
	public Optional<Token> parse(String token) {
		if (token == null || token.length() > MAX_TOKEN) {
			return Optional.empty();
		}
		int dot = token.indexOf('.');
		if (dot <= 0 || dot != token.lastIndexOf('.')) {
			return Optional.empty();
		}
		try {
			String idPart = token.substring(0, dot);
			String signaturePart = token.substring(dot + 1);
			byte[] id = DECODER.decode(idPart);
			byte[] signature = DECODER.decode(signaturePart);
			// Only the one canonical spelling: the decoder ignores the spare low bits of
			// the
			// last character, so another spelling of the same bytes is a changed URL, and
			// a
			// changed URL opens nothing.
			if (id.length != 16 || !ENCODER.encodeToString(id).equals(idPart)
					|| !ENCODER.encodeToString(signature).equals(signaturePart)) {
				return Optional.empty();
			}
			ByteBuffer buffer = ByteBuffer.wrap(id);
			return Optional.of(new Token(new UUID(buffer.getLong(), buffer.getLong()), signature));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** Whether the token's signature is the one of this link's asset and expiry. */
	public boolean verifies(Token token, UUID assetId, Instant expiresAt) {
		return MessageDigest.isEqual(mac(token.linkId(), assetId, expiresAt), token.signature());
	}

	private byte[] mac(UUID linkId, UUID assetId, Instant expiresAt) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			// Seconds since the epoch: the database keeps at least microseconds, the link
			// promises no finer expiry than a second.
			String payload = linkId + "|" + assetId + "|" + expiresAt.getEpochSecond();
			return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	private static byte[] bytes(UUID id) {
		return ByteBuffer.allocate(16)
			.putLong(id.getMostSignificantBits())
			.putLong(id.getLeastSignificantBits())
			.array();
	}

}
