package dev.aorhub.workspace.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import dev.aorhub.shared.Hashes;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.TooManyAttemptsException;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditedChange;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.config.WorkspaceProperties;
import dev.aorhub.workspace.domain.SecondFactorRule;
import dev.aorhub.workspace.domain.UserAccount;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A user's second factors: an authenticator app (TOTP) with its recovery codes, and
 * passkeys; and whether a sign-in with the password alone still needs one.
 * <p>
 * Every check of a code publishes a {@link SecondFactorAttempt}; wrong codes are
 * throttled per user like wrong passwords. Enrolling, removing and regenerating are
 * audited, never with a secret or a code in the entry.
 */
@Component
public class SecondFactors {

	/** Recovery codes a user gets at once. */
	public static final int RECOVERY_CODES = 10;

	/** Lower-case letters and digits without the ones people confuse (0/o, 1/l/i). */
	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	/** What a sign-in with the password alone still needs. */
	public enum Requirement {

		/** Nothing: the user has no second factor and the workspace does not ask one. */
		NONE,
		/** A code (or a passkey): the user has a second factor. */
		CODE,
		/** Enrolling one: the workspace requires it and the user has none yet. */
		ENROLMENT

	}

	/** A TOTP secret being set up: for manual entry and as a QR code's data URI. */
	public record TotpEnrolment(String secret, String qrCodeDataUri) {
	}

	/** A registered passkey as the account page lists it. */
	public record Passkey(String credentialId, String label, Instant created, Instant lastUsed) {
	}

	private record Totp(String secret, Instant confirmedAt, Long lastUsedStep) {
	}

	private final SecureRandom random = new SecureRandom();

	private final TotpVerifier verifier = TotpVerifier.sixDigits();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final LoginThrottle throttle;

	private final PasswordEncoder passwordEncoder;

	private final String issuer;

	private final TransactionTemplate transactions;

	SecondFactors(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, LoginThrottle throttle,
			PasswordEncoder passwordEncoder, WorkspaceProperties properties, PlatformTransactionManager transactions) {
		this.transactions = new TransactionTemplate(transactions);
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.throttle = throttle;
		this.passwordEncoder = passwordEncoder;
		this.issuer = properties.security().totpIssuer();
	}

	@Transactional(readOnly = true)
	public Requirement requirementFor(CurrentUser user) {
		if (isEnrolled(user)) {
			return Requirement.CODE;
		}
		return rule(user.workspaceId()).appliesTo(user.roles()) ? Requirement.ENROLMENT : Requirement.NONE;
	}

	/** Whether the user has a confirmed authenticator app or a passkey. */
	@Transactional(readOnly = true)
	public boolean isEnrolled(CurrentUser user) {
		// One statement: the profile page and every session's start ask this.
		return this.jdbc.sql("""
				SELECT (SELECT count(*) FROM user_totp
				        WHERE workspace_id = :workspaceId AND user_id = :userId AND confirmed_at IS NOT NULL)
				     + (SELECT count(*) FROM user_credentials c JOIN user_entities e ON e.id = c.user_entity_user_id
				        WHERE e.name = :email)
				""").params(ids(user)).param("email", user.email()).query(Long.class).single() > 0;
	}

	@Transactional(readOnly = true)
	public boolean hasTotp(CurrentUser user) {
		return totp(user).filter((totp) -> totp.confirmedAt() != null).isPresent();
	}

	@Transactional(readOnly = true)
	public SecondFactorRule rule(UUID workspaceId) {
		return this.jdbc.sql("SELECT second_factor_required FROM workspace WHERE id = :id")
			.param("id", workspaceId)
			.query(String.class)
			.optional()
			.map((rule) -> SecondFactorRule.parse(rule, SecondFactorRule.NONE))
			.orElse(SecondFactorRule.NONE);
	}

	/**
	 * A new secret to set up, replacing one not yet confirmed; it guards nothing until
	 * {@link #confirmTotp} sees a first code.
	 */
	@Transactional
	public TotpEnrolment startTotpEnrolment(CurrentUser user) {
		if (hasTotp(user)) {
			throw new InvalidInputException("code", "an authenticator app is already set up; remove it first");
		}
		String secret = new DefaultSecretGenerator(32).generate();
		Timestamp now = Timestamp.from(this.clock.instant());
		int updated = this.jdbc.sql("""
				UPDATE user_totp SET secret = :secret, created_at = :now, last_used_step = NULL
				WHERE workspace_id = :workspaceId AND user_id = :userId AND confirmed_at IS NULL
				""").param("secret", secret).param("now", now).params(ids(user)).update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO user_totp (workspace_id, user_id, secret, created_at)
					VALUES (:workspaceId, :userId, :secret, :now)
					""").params(ids(user)).param("secret", secret).param("now", now).update();
		}
		return enrolment(user, secret);
	}

	/** The enrolment started and not yet confirmed, if any. */
	@Transactional(readOnly = true)
	public Optional<TotpEnrolment> pendingTotpEnrolment(CurrentUser user) {
		return totp(user).filter((totp) -> totp.confirmedAt() == null).map((totp) -> enrolment(user, totp.secret()));
	}

	/**
	 * Turns the pending secret on once the user types a code it makes, and answers the
	 * first recovery codes, to be shown once.
	 */
	public List<String> confirmTotp(CurrentUser user, String code, String remoteAddress) {
		Totp pending = totp(user).filter((totp) -> totp.confirmedAt() == null)
			.orElseThrow(() -> new InvalidInputException("code", "start setting up an authenticator app first"));
		refuseWhileLocked(user);
		OptionalLong step = this.verifier.verify(pending.secret(), code, this.clock.instant(), null);
		attempted(user, remoteAddress, "TOTP", step.isPresent());
		if (step.isEmpty()) {
			this.throttle.secondFactorFailed(user.userId());
			throw new InvalidInputException("code", "is not the code your app shows; check the time on your phone");
		}
		this.throttle.secondFactorSucceeded(user.userId());
		return this.transactions.execute((status) -> {
			this.jdbc.sql("""
					UPDATE user_totp SET confirmed_at = :now, last_used_step = :step
					WHERE workspace_id = :workspaceId AND user_id = :userId
					""")
				.param("now", Timestamp.from(this.clock.instant()))
				.param("step", step.getAsLong())
				.params(ids(user))
				.update();
			audit(user, "TOTP_ENROLLED", user.name() + " set up an authenticator app for signing in");
			return newRecoveryCodes(user);
		});
	}

	/**
	 * Removes the authenticator app and the recovery codes, given a current code, a
	 * recovery code or the password.
	 */
	public void removeTotp(CurrentUser user, String codeOrPassword, String remoteAddress) {
		if (!hasTotp(user)) {
			throw new InvalidInputException("confirmation", "no authenticator app is set up");
		}
		String passwordHash = this.jdbc
			.sql("SELECT password_hash FROM app_user WHERE workspace_id = :workspaceId AND id = :userId")
			.params(ids(user))
			.query(String.class)
			.optional()
			.orElse(null);
		boolean passwordIsRight = codeOrPassword != null && !codeOrPassword.isBlank() && passwordHash != null
				&& this.passwordEncoder.matches(codeOrPassword, passwordHash);
		if (!passwordIsRight) {
			try {
				check(user, codeOrPassword, remoteAddress);
			}
			catch (InvalidInputException ex) {
				throw new InvalidInputException("confirmation", "is neither a current code nor your password");
			}
		}
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("DELETE FROM user_recovery_code WHERE workspace_id = :workspaceId AND user_id = :userId")
				.params(ids(user))
				.update();
			this.jdbc.sql("DELETE FROM user_totp WHERE workspace_id = :workspaceId AND user_id = :userId")
				.params(ids(user))
				.update();
			audit(user, "TOTP_REMOVED", user.name() + " removed their authenticator app and recovery codes");
		});
	}

	/** New recovery codes, shown once; the old ones stop working. */
	@Transactional
	public List<String> regenerateRecoveryCodes(CurrentUser user) {
		if (!hasTotp(user)) {
			throw new InvalidInputException("code", "set up an authenticator app first");
		}
		List<String> codes = newRecoveryCodes(user);
		audit(user, "RECOVERY_CODES_REGENERATED", user.name() + " made new recovery codes");
		return codes;
	}

	@Transactional(readOnly = true)
	public int recoveryCodesLeft(CurrentUser user) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM user_recovery_code
				WHERE workspace_id = :workspaceId AND user_id = :userId AND used_at IS NULL
				""").params(ids(user)).query(Integer.class).single();
	}

	/**
	 * Checks a code from the authenticator app or a recovery code (which is used up);
	 * throws {@link InvalidInputException} on {@code code} when it is wrong and
	 * {@link TooManyAttemptsException} while wrong codes lock the user out.
	 * @return {@code "TOTP"} or {@code "RECOVERY_CODE"}, whichever it was
	 */
	// Not in one transaction: a wrong code's attempt must be published and counted,
	// not rolled back with the refusal. Each write is a single conditional statement.
	public String check(CurrentUser user, String code, String remoteAddress) {
		refuseWhileLocked(user);
		String typed = TotpVerifier.normalise(code);
		boolean looksLikeTotp = typed.length() == 6 && typed.chars().allMatch(Character::isDigit);
		String method = looksLikeTotp ? "TOTP" : "RECOVERY_CODE";
		boolean right = looksLikeTotp ? useTotp(user, typed) : useRecoveryCode(user, typed);
		attempted(user, remoteAddress, method, right);
		if (!right) {
			this.throttle.secondFactorFailed(user.userId());
			throw new InvalidInputException("code", (typed.isEmpty()) ? "is required"
					: "is not a current code of your authenticator app or an unused recovery code");
		}
		this.throttle.secondFactorSucceeded(user.userId());
		return method;
	}

	@Transactional(readOnly = true)
	public List<Passkey> passkeys(CurrentUser user) {
		return this.jdbc.sql("""
				SELECT c.credential_id, c.label, c.created, c.last_used
				FROM user_credentials c JOIN user_entities e ON e.id = c.user_entity_user_id
				WHERE e.name = :email
				ORDER BY c.created, c.credential_id
				""")
			.param("email", user.email())
			.query((rs, n) -> new Passkey(rs.getString("credential_id"), rs.getString("label"),
					instant(rs.getTimestamp("created")), instant(rs.getTimestamp("last_used"))))
			.list();
	}

	@Transactional
	public void removePasskey(CurrentUser user, String credentialId) {
		Passkey passkey = passkeys(user).stream()
			.filter((p) -> p.credentialId().equals(credentialId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No such passkey of yours"));
		this.jdbc.sql("DELETE FROM user_credentials WHERE credential_id = :id").param("id", credentialId).update();
		audit(user, "PASSKEY_REMOVED", user.name() + " removed the passkey \"" + passkey.label() + "\"");
	}

	/**
	 * A passkey registered by the signed-in user (see {@link AuditedUserCredentials}).
	 */
	void passkeyAdded(CurrentUser user, String label) {
		audit(user, "PASSKEY_ADDED", user.name() + " added the passkey \"" + label + "\"");
	}

	private boolean useTotp(CurrentUser user, String code) {
		Optional<Totp> totp = totp(user).filter((t) -> t.confirmedAt() != null);
		if (totp.isEmpty()) {
			return false;
		}
		OptionalLong step = this.verifier.verify(totp.get().secret(), code, this.clock.instant(),
				totp.get().lastUsedStep());
		if (step.isEmpty()) {
			return false;
		}
		// The condition makes a code used at the same moment by two requests count once.
		return this.jdbc.sql("""
				UPDATE user_totp SET last_used_step = :step
				WHERE workspace_id = :workspaceId AND user_id = :userId
				  AND (last_used_step IS NULL OR last_used_step < :step)
				""").param("step", step.getAsLong()).params(ids(user)).update() == 1;
	}

	private boolean useRecoveryCode(CurrentUser user, String code) {
		if (code.isEmpty() || !hasTotp(user)) {
			return false;
		}
		return this.jdbc.sql("""
				UPDATE user_recovery_code SET used_at = :now
				WHERE workspace_id = :workspaceId AND user_id = :userId AND code_hash = :hash AND used_at IS NULL
				""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("hash", recoveryHash(code))
			.params(ids(user))
			.update() == 1;
	}

	private List<String> newRecoveryCodes(CurrentUser user) {
		this.jdbc.sql("DELETE FROM user_recovery_code WHERE workspace_id = :workspaceId AND user_id = :userId")
			.params(ids(user))
			.update();
		Timestamp now = Timestamp.from(this.clock.instant());
		List<String> codes = new ArrayList<>();
		while (codes.size() < RECOVERY_CODES) {
			String code = recoveryCode();
			if (codes.contains(code)) {
				continue;
			}
			codes.add(code);
			this.jdbc.sql("""
					INSERT INTO user_recovery_code (workspace_id, user_id, code_hash, created_at)
					VALUES (:workspaceId, :userId, :hash, :now)
					""").params(ids(user)).param("hash", recoveryHash(code)).param("now", now).update();
		}
		return codes;
	}

	/** Ten characters of 31 (about 50 bits), shown as two groups of five. */
	private String recoveryCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			if (i == 5) {
				code.append('-');
			}
			code.append(RECOVERY_ALPHABET.charAt(this.random.nextInt(RECOVERY_ALPHABET.length())));
		}
		return code.toString();
	}

	/** Random codes of 50 bits need no slow hash: nobody can guess them from a hash. */
	private static String recoveryHash(String code) {
		return Hashes.sha256Hex(TotpVerifier.normalise(code).toLowerCase(Locale.ROOT));
	}

	private void refuseWhileLocked(CurrentUser user) {
		this.throttle.secondFactorLockedFor(user.userId()).ifPresent((remaining) -> {
			throw new TooManyAttemptsException("Too many wrong codes; " + LoginThrottle.tryAgainIn(remaining) + ".");
		});
	}

	private void attempted(CurrentUser user, String remoteAddress, String method, boolean succeeded) {
		this.events.publishEvent(new SecondFactorAttempt(user.workspaceId(), user.userId(), user.email(), remoteAddress,
				method, succeeded));
	}

	private void audit(CurrentUser user, String action, String summary) {
		this.events.publishEvent(new AuditedChange(user.workspaceId(),
				AuditEntry.action(UserAccount.ENTITY, user.userId(), action, summary), user));
	}

	private TotpEnrolment enrolment(CurrentUser user, String secret) {
		QrData data = new QrData.Builder().label(user.email())
			.secret(secret)
			.issuer(this.issuer)
			.algorithm(HashingAlgorithm.SHA1)
			.digits(6)
			.period(TotpVerifier.PERIOD_SECONDS)
			.build();
		try {
			var generator = new ZxingPngQrGenerator();
			generator.setImageSize(220);
			return new TotpEnrolment(secret,
					Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType()));
		}
		catch (QrGenerationException ex) {
			throw new IllegalStateException("The QR code could not be drawn", ex);
		}
	}

	private Optional<Totp> totp(CurrentUser user) {
		return this.jdbc.sql("""
				SELECT secret, confirmed_at, last_used_step FROM user_totp
				WHERE workspace_id = :workspaceId AND user_id = :userId
				""")
			.params(ids(user))
			.query((rs, n) -> new Totp(rs.getString("secret"), instant(rs.getTimestamp("confirmed_at")),
					(rs.getObject("last_used_step") != null) ? rs.getLong("last_used_step") : null))
			.optional();
	}

	private static java.util.Map<String, Object> ids(CurrentUser user) {
		return java.util.Map.of("workspaceId", user.workspaceId(), "userId", user.userId());
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
