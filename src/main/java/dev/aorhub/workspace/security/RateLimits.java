package dev.aorhub.workspace.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import dev.aorhub.shared.TooManyAttemptsException;
import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.config.WorkspaceProperties;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts expensive operations per user and per workspace (per client address and for the
 * instance before sign-in) in fixed windows that start at a key's first hit, in the
 * database so every node shares the count. A hit within the limits costs one
 * {@code UPDATE} per key; the count only grows in that statement, so concurrent hits are
 * never lost, and the first hits of two nodes at once both count.
 */
@Component
public class RateLimits {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final WorkspaceProperties.RateLimits settings;

	RateLimits(JdbcClient jdbc, Clock clock, WorkspaceProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = properties.rateLimits();
	}

	/**
	 * Counts one operation of the user, or of the client address when nobody is signed
	 * in; beyond a limit it is refused with 429.
	 * @throws TooManyAttemptsException when the user or the workspace has used up the
	 * window
	 */
	// Outside any transaction: each statement commits at once, so no lock on a counter
	// is held while the operation runs, and a refused insert cannot spoil a caller's
	// transaction on PostgreSQL.
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void acquire(LimitedOperation operation, Optional<CurrentUser> user, String clientAddress) {
		WorkspaceProperties.RateLimits.Limit limit = limit(operation);
		Optional<Duration> refusedFor = user
			.map((signedIn) -> hit(userKey(operation, signedIn.userId()), limit.perUser(), limit.window())
				.or(() -> hit(workspaceKey(operation, signedIn.workspaceId()), limit.perWorkspace(), limit.window())))
			.orElseGet(() -> hit(addressKey(operation, clientAddress), limit.perUser(), limit.window())
				.or(() -> hit(instanceKey(operation), limit.perWorkspace(), limit.window())));
		refusedFor.ifPresent((wait) -> {
			throw new TooManyAttemptsException("Too many " + operation.description() + " in a short while; "
					+ LoginThrottle.tryAgainIn(wait) + ".", wait);
		});
	}

	/** Forgets windows that ended, by the longest window there is. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
	@SchedulerLock(name = "rate-limit-cleanup")
	@Transactional
	public void forgetEndedWindows() {
		Duration longest = Stream.of(LimitedOperation.values())
			.map((operation) -> limit(operation).window())
			.max(Duration::compareTo)
			.orElseThrow();
		this.jdbc.sql("DELETE FROM rate_limit WHERE window_start < :horizon")
			.param("horizon", Timestamp.from(this.clock.instant().minus(longest)))
			.update();
	}

	/** Counts one hit of the key; how long until the next is allowed if it is refused. */
	Optional<Duration> hit(String key, int limit, Duration window) {
		Instant now = this.clock.instant();
		if (count(key, limit, window, now)) {
			return Optional.empty();
		}
		if (limit > 0) {
			try {
				this.jdbc.sql("INSERT INTO rate_limit (limit_key, hits, window_start) VALUES (:key, 1, :now)")
					.param("key", key)
					.param("now", Timestamp.from(now))
					.update();
				return Optional.empty();
			}
			catch (DuplicateKeyException ex) {
				// The key has a row: full, or another node inserted the first hit a
				// moment ago and this one counts on it.
				if (count(key, limit, window, now)) {
					return Optional.empty();
				}
			}
		}
		Instant windowEnds = this.jdbc.sql("SELECT window_start FROM rate_limit WHERE limit_key = :key")
			.param("key", key)
			.query((rs, n) -> rs.getTimestamp("window_start").toInstant())
			.optional()
			.map((start) -> start.plus(window))
			.orElse(now.plus(window));
		return Optional.of(Duration.between(now, windowEnds).isNegative() ? Duration.ofSeconds(1)
				: Duration.between(now, windowEnds));
	}

	/**
	 * One more hit if the key's window has room, or a new window if it ended; false when
	 * the key has no row or its window is full.
	 */
	private boolean count(String key, int limit, Duration window, Instant now) {
		return this.jdbc
			.sql("UPDATE rate_limit SET" + " hits = CASE WHEN window_start <= :opened THEN 1 ELSE hits + 1 END,"
					+ " window_start = CASE WHEN window_start <= :opened THEN :now ELSE window_start END"
					+ " WHERE limit_key = :key AND (window_start <= :opened OR hits < :limit)")
			.param("opened", Timestamp.from(now.minus(window)))
			.param("now", Timestamp.from(now))
			.param("key", key)
			.param("limit", limit)
			.update() == 1;
	}

	private WorkspaceProperties.RateLimits.Limit limit(LimitedOperation operation) {
		return switch (operation) {
			case PDF -> this.settings.pdf();
			case EXPORT -> this.settings.exports();
			case IMPORT -> this.settings.imports();
			case TOKEN -> this.settings.tokens();
			case SIGNUP -> this.settings.signup();
			case REVIEW -> this.settings.review();
		};
	}

	static String userKey(LimitedOperation operation, UUID userId) {
		return operation.name().toLowerCase(java.util.Locale.ROOT) + ":user:" + userId;
	}

	static String workspaceKey(LimitedOperation operation, UUID workspaceId) {
		return operation.name().toLowerCase(java.util.Locale.ROOT) + ":workspace:" + workspaceId;
	}

	static String addressKey(LimitedOperation operation, String address) {
		return operation.name().toLowerCase(java.util.Locale.ROOT) + ":address:"
				+ ((address != null) ? address : "unknown");
	}

	static String instanceKey(LimitedOperation operation) {
		return operation.name().toLowerCase(java.util.Locale.ROOT) + ":instance";
	}

}
