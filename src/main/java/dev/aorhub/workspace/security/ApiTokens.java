package dev.aorhub.workspace.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aorhub.shared.Hashes;
import dev.aorhub.shared.Ids;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditedChange;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.config.WorkspaceProperties;
import dev.aorhub.workspace.domain.RolesConverter;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. A token reads {@code aor_<workspace>_<secret>}: the workspace part
 * keeps the lookup inside one tenant, and only a SHA-256 hash of the whole token is
 * stored, so a leaked database does not leak working tokens.
 */
@Component
public class ApiTokens {

	static final String ENTITY = "ApiToken";

	private static final Pattern TOKEN = Pattern.compile("^aor_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$");

	private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	public record IssuedToken(UUID id, String name, String token, Instant expiresAt) implements Serializable {
	}

	public record TokenRow(UUID id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
			Instant revokedAt) {

		public boolean usable(Instant now) {
			return this.revokedAt == null && this.expiresAt.isAfter(now);
		}

	}

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final Duration lifetime;

	ApiTokens(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, WorkspaceProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.lifetime = properties.tokens().lifetime();
	}

	@Transactional
	public IssuedToken issue(CurrentUser user, String name) {
		String tokenName = (name == null || name.isBlank()) ? "API token" : name.strip();
		if (tokenName.length() > 80) {
			throw new InvalidInputException("name", "must be at most 80 characters");
		}
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String token = "aor_" + user.workspaceId().toString().replace("-", "") + "_"
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		UUID id = Ids.newId();
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.lifetime);
		this.jdbc.sql("""
				INSERT INTO api_token (workspace_id, id, user_id, name, token_hash, created_at, expires_at)
				VALUES (:workspaceId, :id, :userId, :name, :hash, :createdAt, :expiresAt)
				""")
			.param("workspaceId", user.workspaceId())
			.param("id", id)
			.param("userId", user.userId())
			.param("name", tokenName)
			.param("hash", Hashes.sha256Hex(token))
			.param("createdAt", Timestamp.from(now))
			.param("expiresAt", Timestamp.from(expiresAt))
			.update();
		// Tokens are rows, not an aggregate: the change is announced here. The user may
		// be
		// signing in with a password for this very token, so the event names them.
		this.events.publishEvent(new AuditedChange(user.workspaceId(), AuditEntry.action(ENTITY, id, AuditEntry.CREATED,
				"Created API token \"" + tokenName + "\" for " + user.name()), user));
		return new IssuedToken(id, tokenName, token, expiresAt);
	}

	/** A live token and the active user it belongs to. */
	public record SignedInToken(UUID tokenId, CurrentUser user) {
	}

	/**
	 * The active user a token belongs to, if the token is well formed, live and theirs.
	 */
	@Transactional
	public Optional<SignedInToken> authenticate(String token) {
		Matcher matcher = TOKEN.matcher(token);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		UUID workspaceId = UUID.fromString(matcher.group(1)
			.replaceFirst("(\\p{XDigit}{8})(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}+)",
					"$1-$2-$3-$4-$5"));
		Instant now = this.clock.instant();
		record Match(UUID tokenId, Instant lastUsedAt, CurrentUser user) {
		}
		Optional<Match> match = this.jdbc.sql("""
				SELECT t.id AS token_id, t.last_used_at, u.id AS user_id, u.email, u.name, u.roles, u.client_id,
				       w.name AS workspace_name
				FROM api_token t
				JOIN app_user u ON u.workspace_id = t.workspace_id AND u.id = t.user_id
				JOIN workspace w ON w.id = t.workspace_id
				WHERE t.workspace_id = :workspaceId AND t.token_hash = :hash
				  AND t.revoked_at IS NULL AND t.expires_at > :now AND u.active = TRUE
				""")
			.param("workspaceId", workspaceId)
			.param("hash", Hashes.sha256Hex(token))
			.param("now", Timestamp.from(now))
			.query((rs, n) -> new Match(rs.getObject("token_id", UUID.class),
					(rs.getTimestamp("last_used_at") != null) ? rs.getTimestamp("last_used_at").toInstant() : null,
					new CurrentUser(rs.getObject("user_id", UUID.class), workspaceId, rs.getString("workspace_name"),
							rs.getString("email"), rs.getString("name"), RolesConverter.parse(rs.getString("roles")),
							rs.getObject("client_id", UUID.class))))
			.optional();
		match.filter((m) -> m.lastUsedAt() == null || m.lastUsedAt().plus(LAST_USED_PRECISION).isBefore(now))
			.ifPresent((m) -> this.jdbc
				.sql("UPDATE api_token SET last_used_at = :now WHERE workspace_id = :workspaceId AND id = :id")
				.param("now", Timestamp.from(now))
				.param("workspaceId", workspaceId)
				.param("id", m.tokenId())
				.update());
		return match.map((m) -> new SignedInToken(m.tokenId(), m.user()));
	}

	@Transactional(readOnly = true)
	public List<TokenRow> list(CurrentUser user) {
		return this.jdbc.sql("""
				SELECT id, name, created_at, expires_at, last_used_at, revoked_at FROM api_token
				WHERE workspace_id = :workspaceId AND user_id = :userId
				ORDER BY created_at DESC, id DESC
				LIMIT 200
				""")
			.param("workspaceId", user.workspaceId())
			.param("userId", user.userId())
			.query((rs, n) -> new TokenRow(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
					instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at"))))
			.list();
	}

	@Transactional
	public void revoke(CurrentUser user, UUID tokenId) {
		int revoked = this.jdbc.sql("""
				UPDATE api_token SET revoked_at = :now
				WHERE workspace_id = :workspaceId AND user_id = :userId AND id = :id AND revoked_at IS NULL
				""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("workspaceId", user.workspaceId())
			.param("userId", user.userId())
			.param("id", tokenId)
			.update();
		if (revoked == 0) {
			throw new NotFoundException("API token", tokenId);
		}
		this.events.publishEvent(new AuditedChange(user.workspaceId(),
				AuditEntry.action(ENTITY, tokenId, "REVOKED", "Revoked an API token"), user));
	}

	/**
	 * Revokes every live token of a user but {@code keep} (the one making this request,
	 * if any); answers how many.
	 */
	@Transactional
	public int revokeAll(UUID workspaceId, UUID userId, UUID keep) {
		return this.jdbc.sql("""
				UPDATE api_token SET revoked_at = :now
				WHERE workspace_id = :workspaceId AND user_id = :userId AND revoked_at IS NULL AND id <> :keep
				""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("workspaceId", workspaceId)
			.param("userId", userId)
			// No token has the nil id, so without one to keep every token goes.
			.param("keep", (keep != null) ? keep : new UUID(0, 0))
			.update();
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
