package dev.aorhub.workspace.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import dev.aorhub.shared.Ids;
import jakarta.servlet.http.HttpServletRequest;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps every sign-in, second-factor check, 401 and 403 in the {@code security_event}
 * table an admin reads, and writes each as one structured line to the application log
 * ({@code dev.aorhub.security}). It never receives a password, a code or a token, and it
 * keeps the path of a refused request without its query string, where tokens could hide.
 * Each event is written in a transaction of its own, so a refused request that rolls back
 * keeps its record.
 */
@Component
public class SecurityLog {

	/** What happened. */
	public enum Kind {

		/** E-mail and password on the sign-in page. */
		SIGN_IN,
		/** E-mail and password for an API token ({@code POST /api/v1/auth/tokens}). */
		TOKEN_SIGN_IN,
		/** A remember-me cookie signed a browser in. */
		REMEMBER_ME,
		/** A code from an authenticator app, after the password or for a token. */
		SECOND_FACTOR,
		/** A recovery code in place of the authenticator app's. */
		RECOVERY_CODE,
		/** A passkey signed a browser in. */
		PASSKEY_SIGN_IN,
		/** A request without a valid sign-in was refused (401). */
		NOT_SIGNED_IN,
		/**
		 * A signed-in request its roles do not allow, or without its CSRF token (403).
		 */
		ACCESS_DENIED

	}

	/** How it ended. */
	public enum Outcome {

		SUCCEEDED, WRONG_PASSWORD, WRONG_CODE, LOCKED, DEACTIVATED, REFUSED

	}

	static final Duration RETENTION = Duration.ofDays(400);

	private static final Logger logger = LoggerFactory.getLogger("dev.aorhub.security");

	private final JdbcClient jdbc;

	private final Clock clock;

	SecurityLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records an event. A user known by e-mail only (a failed sign-in) is looked up, so
	 * the admin of their workspace sees attempts on their accounts; an e-mail no account
	 * has stays outside every workspace.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(Kind kind, Outcome outcome, UUID workspaceId, UUID userId, String email, String address,
			String request) {
		String normalisedEmail = (email != null && !email.isBlank()) ? email.strip().toLowerCase(Locale.ROOT) : null;
		if (workspaceId == null && normalisedEmail != null) {
			var identity = this.jdbc.sql("SELECT workspace_id, user_id FROM login_identity WHERE email = :email")
				.param("email", normalisedEmail)
				.query((rs,
						n) -> new UUID[] { rs.getObject("workspace_id", UUID.class),
								rs.getObject("user_id", UUID.class) })
				.optional();
			if (identity.isPresent()) {
				workspaceId = identity.get()[0];
				userId = identity.get()[1];
			}
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				INSERT INTO security_event
				    (id, occurred_at, workspace_id, user_id, email, client_address, kind, outcome, request)
				VALUES
				    (:id, :occurredAt, :workspaceId, :userId, :email, :address, :kind, :outcome, :request)
				""")
			.param("id", Ids.newId())
			.param("occurredAt", Timestamp.from(now))
			.param("workspaceId", workspaceId)
			.param("userId", userId)
			.param("email", cut(normalisedEmail, 254))
			.param("address", cut(address, 64))
			.param("kind", kind.name())
			.param("outcome", outcome.name())
			.param("request", cut(request, 300))
			.update();
		if (logger.isInfoEnabled()) {
			logger.info("security_event time={} kind={} outcome={} workspace={} user={} email={} address={} request={}",
					now, kind, outcome, text(workspaceId), text(userId), quoted(normalisedEmail), quoted(address),
					quoted(request));
		}
	}

	/** A refused request: its method and path, never its query string or headers. */
	public static String describe(HttpServletRequest request) {
		String path = request.getRequestURI();
		return request.getMethod() + " " + ((path != null) ? path : "/");
	}

	/** Forgets events older than the retention period, once an hour on one node. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
	@SchedulerLock(name = "security-event-cleanup")
	@Transactional
	public void forgetOldEvents() {
		this.jdbc.sql("DELETE FROM security_event WHERE occurred_at < :horizon")
			.param("horizon", Timestamp.from(this.clock.instant().minus(RETENTION)))
			.update();
	}

	private static String cut(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

	private static String text(UUID id) {
		return (id != null) ? id.toString() : "-";
	}

	/**
	 * Quoted, with control characters and quotes replaced: what a client sent can never
	 * start a forged line of the log.
	 */
	static String quoted(String text) {
		if (text == null) {
			return "-";
		}
		StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
		text.codePoints()
			.forEach((c) -> quoted.appendCodePoint((Character.isISOControl(c) || c == '"' || c == '\\') ? '_' : c));
		return quoted.append('"').toString();
	}

}
