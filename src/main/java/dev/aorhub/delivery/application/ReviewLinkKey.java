package dev.aorhub.delivery.application;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The key of the review links' signatures: {@code aorhub.review-links.secret} when the
 * operator sets one (at least 32 characters), otherwise a random key made once and kept
 * in the database, so links survive restarts and every node accepts them. Two nodes
 * making the key at once agree on whichever was stored first.
 */
@Component
public class ReviewLinkKey {

	private static final String NAME = "review-links";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String configured;

	private volatile ReviewLinkSigner signer;

	ReviewLinkKey(JdbcClient jdbc, Clock clock, @Value("${aorhub.review-links.secret:}") String configured) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.configured = configured;
	}

	/** The signer with the installation's key, made on first use. */
	public ReviewLinkSigner signer() {
		ReviewLinkSigner current = this.signer;
		if (current == null) {
			synchronized (this) {
				current = this.signer;
				if (current == null) {
					current = new ReviewLinkSigner(key());
					this.signer = current;
				}
			}
		}
		return current;
	}

	private byte[] key() {
		if (this.configured != null && !this.configured.isBlank()) {
			byte[] bytes = this.configured.getBytes(StandardCharsets.UTF_8);
			if (bytes.length < 32) {
				throw new IllegalStateException("aorhub.review-links.secret must be at least 32 characters long");
			}
			return bytes;
		}
		Optional<String> stored = stored();
		if (stored.isEmpty()) {
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			try {
				this.jdbc
					.sql("INSERT INTO creative_review_key (name, secret, created_at) VALUES (:name, :secret, :now)")
					.param("name", NAME)
					.param("secret", Base64.getEncoder().encodeToString(random))
					.param("now", java.sql.Timestamp.from(this.clock.instant()))
					.update();
			}
			catch (DuplicateKeyException ex) {
				// another node stored its key first: use that one
			}
			stored = stored();
		}
		return Base64.getDecoder().decode(stored.orElseThrow());
	}

	private Optional<String> stored() {
		return this.jdbc.sql("SELECT secret FROM creative_review_key WHERE name = :name")
			.param("name", NAME)
			.query(String.class)
			.optional();
	}

}
