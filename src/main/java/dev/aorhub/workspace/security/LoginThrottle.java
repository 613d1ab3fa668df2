package dev.aorhub.workspace.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.aorhub.workspace.config.WorkspaceProperties;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after too many failures within a window, an account or a
 * client address is locked for a while. The same counters guard the current password a
 * password change asks for (per user) and sign-ups (per e-mail and per client address, so
 * sign-up cannot test many addresses quickly) and second-factor codes (per user). Kept in
 * the database, so every node sees the same count.
 */
@Component
public class LoginThrottle {

	private record Failures(int failures, Instant windowStart, Instant lockedUntil) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final WorkspaceProperties.LoginThrottle settings;

	private final WorkspaceProperties.Signup signups;

	LoginThrottle(JdbcClient jdbc, Clock clock, WorkspaceProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = properties.loginThrottle();
		this.signups = properties.signup();
	}

	/** How long sign-in stays locked for this account or address, if it is. */
	@Transactional(readOnly = true)
	public Optional<Duration> lockedFor(String email, String address) {
		return lockedForAny(accountKey(email), addressKey(address));
	}

	/** How long changing the password stays locked for this user, if it is. */
	@Transactional(readOnly = true)
	public Optional<Duration> passwordChangeLockedFor(UUID userId) {
		return lockedForAny(passwordChangeKey(userId));
	}

	/** A wrong current password, counted like a failed sign-in. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void passwordChangeFailed(UUID userId) {
		count(passwordChangeKey(userId), this.settings.maxFailuresPerAccount());
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void passwordChangeSucceeded(UUID userId) {
		forget(passwordChangeKey(userId));
	}

	/** How long second-factor codes stay refused for this user, if they are. */
	@Transactional(readOnly = true)
	public Optional<Duration> secondFactorLockedFor(UUID userId) {
		return lockedForAny(secondFactorKey(userId));
	}

	/**
	 * A wrong TOTP or recovery code, counted like a failed sign-in: the password is
	 * already known, so only the code stands between a guesser and the account.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void secondFactorFailed(UUID userId) {
		count(secondFactorKey(userId), this.settings.maxFailuresPerAccount());
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void secondFactorSucceeded(UUID userId) {
		forget(secondFactorKey(userId));
	}

	/** How long sign-up stays locked for this e-mail or client address, if it is. */
	@Transactional(readOnly = true)
	public Optional<Duration> signUpLockedFor(String email, String address) {
		return lockedForAny(signUpAccountKey(email), signUpAddressKey(address));
	}

	/** Every sign-up attempt counts, refused or not. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void signUpAttempted(String email, String address) {
		count(signUpAccountKey(email), this.signups.maxAttemptsPerEmail());
		count(signUpAddressKey(address), this.signups.maxAttemptsPerAddress());
	}

	/** "try again in 3 minutes", for the message of a refusal. */
	public static String tryAgainIn(Duration remaining) {
		long minutes = Math.max(1, (remaining.toSeconds() + 59) / 60);
		return "try again in " + minutes + ((minutes == 1) ? " minute" : " minutes");
	}

	private Optional<Duration> lockedForAny(String... keys) {
		Instant now = this.clock.instant();
		return java.util.stream.Stream.of(keys)
			.map(this::find)
			.flatMap(Optional::stream)
			.map(Failures::lockedUntil)
			.filter((until) -> until != null && until.isAfter(now))
			.max(Instant::compareTo)
			.map((until) -> Duration.between(now, until));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String email, String address) {
		count(accountKey(email), this.settings.maxFailuresPerAccount());
		count(addressKey(address), this.settings.maxFailuresPerAddress());
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String email) {
		forget(accountKey(email));
	}

	private void forget(String key) {
		this.jdbc.sql("DELETE FROM login_failure WHERE throttle_key = :key").param("key", key).update();
	}

	/** Forgets failures that can no longer lock anything. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@SchedulerLock(name = "login-failure-cleanup")
	@Transactional
	public void forgetOldFailures() {
		Instant horizon = this.clock.instant().minus(this.settings.window()).minus(this.settings.lockout());
		this.jdbc
			.sql("DELETE FROM login_failure WHERE window_start < :horizon"
					+ " AND (locked_until IS NULL OR locked_until < :horizon)")
			.param("horizon", Timestamp.from(horizon))
			.update();
	}

	private void count(String key, int maxFailures) {
		Instant now = this.clock.instant();
		Optional<Failures> current = find(key);
		if (current.isEmpty() || current.get().windowStart().plus(this.settings.window()).isBefore(now)) {
			startWindow(key, now, maxFailures);
			return;
		}
		int failures = current.get().failures() + 1;
		Instant lockedUntil = (failures >= maxFailures) ? now.plus(this.settings.lockout())
				: current.get().lockedUntil();
		this.jdbc
			.sql("UPDATE login_failure SET failures = :failures, locked_until = :lockedUntil WHERE throttle_key = :key")
			.param("failures", failures)
			.param("lockedUntil", (lockedUntil != null) ? Timestamp.from(lockedUntil) : null, java.sql.Types.TIMESTAMP)
			.param("key", key)
			.update();
	}

	private void startWindow(String key, Instant now, int maxFailures) {
		Timestamp lockedUntil = (maxFailures <= 1) ? Timestamp.from(now.plus(this.settings.lockout())) : null;
		int updated = this.jdbc
			.sql("UPDATE login_failure SET failures = 1, window_start = :now, locked_until = :lockedUntil"
					+ " WHERE throttle_key = :key")
			.param("now", Timestamp.from(now))
			.param("lockedUntil", lockedUntil, java.sql.Types.TIMESTAMP)
			.param("key", key)
			.update();
		if (updated == 0) {
			try {
				this.jdbc
					.sql("INSERT INTO login_failure (throttle_key, failures, window_start, locked_until)"
							+ " VALUES (:key, 1, :now, :lockedUntil)")
					.param("key", key)
					.param("now", Timestamp.from(now))
					.param("lockedUntil", lockedUntil, java.sql.Types.TIMESTAMP)
					.update();
			}
			catch (DuplicateKeyException ex) {
				// Another node counted the first failure at the same moment; one is
				// enough.
			}
		}
	}

	private Optional<Failures> find(String key) {
		return this.jdbc.sql("SELECT failures, window_start, locked_until FROM login_failure WHERE throttle_key = :key")
			.param("key", key)
			.query((rs, n) -> new Failures(rs.getInt("failures"), rs.getTimestamp("window_start").toInstant(),
					(rs.getTimestamp("locked_until") != null) ? rs.getTimestamp("locked_until").toInstant() : null))
			.optional();
	}

	private static String accountKey(String email) {
		return "account:" + ((email != null) ? email.strip().toLowerCase(java.util.Locale.ROOT) : "");
	}

	private static String addressKey(String address) {
		return "address:" + ((address != null) ? address : "unknown");
	}

	private static String passwordChangeKey(UUID userId) {
		return "password-change:" + userId;
	}

	private static String secondFactorKey(UUID userId) {
		return "second-factor:" + userId;
	}

	private static String signUpAccountKey(String email) {
		return "signup-" + accountKey(email);
	}

	private static String signUpAddressKey(String address) {
		return "signup-" + addressKey(address);
	}

}
