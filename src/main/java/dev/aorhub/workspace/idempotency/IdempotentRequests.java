package dev.aorhub.workspace.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first answer to each {@code Idempotency-Key} of a caller (a user of a workspace),
 * kept for {@link #RETENTION} so a retried POST gets that answer instead of making a
 * second record.
 */
@Component
public class IdempotentRequests {

	public static final Duration RETENTION = Duration.ofHours(24);

	/**
	 * A stored request; {@code status} is null while the first request is still running.
	 */
	public record Stored(String requestHash, Integer status, String contentType, String location, String body,
			Instant createdAt) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	IdempotentRequests(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The live record of the key, ignoring one past its retention. */
	@Transactional(readOnly = true)
	public Optional<Stored> find(UUID workspaceId, UUID userId, String key) {
		return this.jdbc
			.sql("""
					SELECT request_hash, status, content_type, location, body, created_at FROM idempotent_request
					WHERE workspace_id = :workspaceId AND user_id = :userId AND idempotency_key = :key AND created_at > :horizon
					""")
			.param("workspaceId", workspaceId)
			.param("userId", userId)
			.param("key", key)
			.param("horizon", Timestamp.from(this.clock.instant().minus(RETENTION)))
			.query((rs, n) -> new Stored(rs.getString("request_hash"), (Integer) rs.getObject("status"),
					rs.getString("content_type"), rs.getString("location"), rs.getString("body"),
					rs.getTimestamp("created_at").toInstant()))
			.optional();
	}

	/** Claims the key for a request about to run; false when another request holds it. */
	@Transactional
	public boolean claim(UUID workspaceId, UUID userId, String key, String requestHash) {
		this.jdbc.sql(
				"DELETE FROM idempotent_request WHERE workspace_id = :workspaceId AND user_id = :userId AND idempotency_key = :key"
						+ " AND created_at <= :horizon")
			.param("workspaceId", workspaceId)
			.param("userId", userId)
			.param("key", key)
			.param("horizon", Timestamp.from(this.clock.instant().minus(RETENTION)))
			.update();
		try {
			this.jdbc.sql("""
					INSERT INTO idempotent_request (workspace_id, user_id, idempotency_key, request_hash, created_at)
					VALUES (:workspaceId, :userId, :key, :hash, :now)
					""")
				.param("workspaceId", workspaceId)
				.param("userId", userId)
				.param("key", key)
				.param("hash", requestHash)
				.param("now", Timestamp.from(this.clock.instant()))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	@Transactional
	public void complete(UUID workspaceId, UUID userId, String key, int status, String contentType, String location,
			String body) {
		this.jdbc.sql("""
				UPDATE idempotent_request SET status = :status, content_type = :contentType, location = :location,
				       body = :body
				WHERE workspace_id = :workspaceId AND user_id = :userId AND idempotency_key = :key
				""")
			.param("status", status)
			.param("contentType", contentType)
			.param("location", location)
			.param("body", body)
			.param("workspaceId", workspaceId)
			.param("userId", userId)
			.param("key", key)
			.update();
	}

	/** Frees the key after a failure on our side, so that a retry runs again. */
	@Transactional
	public void release(UUID workspaceId, UUID userId, String key) {
		this.jdbc.sql(
				"DELETE FROM idempotent_request WHERE workspace_id = :workspaceId AND user_id = :userId AND idempotency_key = :key")
			.param("workspaceId", workspaceId)
			.param("userId", userId)
			.param("key", key)
			.update();
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
	@SchedulerLock(name = "idempotent-request-cleanup")
	@Transactional
	public void forgetExpired() {
		this.jdbc.sql("DELETE FROM idempotent_request WHERE created_at <= :horizon")
			.param("horizon", Timestamp.from(this.clock.instant().minus(RETENTION)))
			.update();
	}

}
