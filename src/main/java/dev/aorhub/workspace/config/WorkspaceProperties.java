package dev.aorhub.workspace.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of sign-up, sign-in and tokens, under {@code aorhub.}.
 *
 * @param signup whether anyone may create a new workspace
 * @param demo whether an empty database gets the demo workspace
 * @param tokens API token lifetime
 * @param loginThrottle how failed sign-ins are slowed down
 * @param operator who runs the instance
 * @param rateLimits how often expensive operations may run
 * @param security the second factor's settings
 */
@ConfigurationProperties("aorhub")
public record WorkspaceProperties(@DefaultValue Signup signup, @DefaultValue Demo demo, @DefaultValue Tokens tokens,
		@DefaultValue LoginThrottle loginThrottle, @DefaultValue Operator operator, @DefaultValue RateLimits rateLimits,
		@DefaultValue Security security) {

	/**
	 * @param passkeys how passkeys (WebAuthn) name this site
	 * @param totpIssuer the name an authenticator app shows beside the account
	 */
	public record Security(@DefaultValue Passkeys passkeys, @DefaultValue("AOR Hub") String totpIssuer) {
	}

	/**
	 * @param rpId the relying party id: the site's domain (e.g.
	 * {@code aorhub.example.com}), which a passkey is bound to
	 * @param rpName the name a browser shows when it asks for a passkey
	 * @param allowedOrigins the origins (scheme, host, port) pages may ask for a passkey
	 * from; empty, {@code http://localhost:<the port this server listens on>}
	 */
	public record Passkeys(@DefaultValue("localhost") String rpId, @DefaultValue("AOR Hub") String rpName,
			@DefaultValue java.util.Set<String> allowedOrigins) {
	}

	/**
	 * @param enabled whether anyone may create a new workspace
	 * @param maxAttemptsPerEmail sign-up attempts with one e-mail within the login
	 * throttle's window before that e-mail is locked for its lockout
	 * @param maxAttemptsPerAddress the same for one client address
	 */
	public record Signup(@DefaultValue("true") boolean enabled, @DefaultValue("5") int maxAttemptsPerEmail,
			@DefaultValue("20") int maxAttemptsPerAddress) {
	}

	public record Demo(@DefaultValue("false") boolean enabled, @DefaultValue("demo@aorhub.dev") String email,
			@DefaultValue("Tangerine-Kite-2026") String password) {
	}

	/**
	 * @param token the bearer token that reads the actuator's metrics and Prometheus
	 * scrape (instance-wide data); unset, nobody may
	 */
	public record Operator(String token) {
	}

	public record Tokens(@DefaultValue("90d") Duration lifetime) {
	}

	/**
	 * @param maxFailuresPerAccount failures on one e-mail within the window before it
	 * locks
	 * @param maxFailuresPerAddress failures from one client address within the window
	 * @param window how long failures are counted together
	 * @param lockout how long a locked account or address waits
	 */
	public record LoginThrottle(@DefaultValue("5") int maxFailuresPerAccount,
			@DefaultValue("20") int maxFailuresPerAddress, @DefaultValue("15m") Duration window,
			@DefaultValue("15m") Duration lockout) {
	}

	/**
	 * Limits of expensive operations, each counted per user and per workspace within its
	 * window; before sign-in (sign-up) "per user" is per client address and "per
	 * workspace" the whole instance. Set high enough that a person at work never meets
	 * them: they stop scripts and runaway clients.
	 */
	public record RateLimits(@DefaultValue Pdf pdf, @DefaultValue Exports exports, @DefaultValue Imports imports,
			@DefaultValue Tokens tokens, @DefaultValue Signup signup, @DefaultValue Review review) {

		/** What every operation's limits say. */
		public interface Limit {

			int perUser();

			int perWorkspace();

			Duration window();

		}

		public record Pdf(@DefaultValue("30") int perUser, @DefaultValue("120") int perWorkspace,
				@DefaultValue("1m") Duration window) implements Limit {
		}

		public record Exports(@DefaultValue("20") int perUser, @DefaultValue("60") int perWorkspace,
				@DefaultValue("1m") Duration window) implements Limit {
		}

		/** The import wizard counts its upload and its run. */
		public record Imports(@DefaultValue("20") int perUser, @DefaultValue("60") int perWorkspace,
				@DefaultValue("10m") Duration window) implements Limit {
		}

		public record Tokens(@DefaultValue("30") int perUser, @DefaultValue("300") int perWorkspace,
				@DefaultValue("1h") Duration window) implements Limit {
		}

		/** Per client address and for the instance. */
		public record Signup(@DefaultValue("20") int perUser, @DefaultValue("500") int perWorkspace,
				@DefaultValue("1h") Duration window) implements Limit {
		}

		/**
		 * Client review links, opened and decided with no account: per client address and
		 * for the instance.
		 */
		public record Review(@DefaultValue("120") int perUser, @DefaultValue("5000") int perWorkspace,
				@DefaultValue("1h") Duration window) implements Limit {
		}

	}

}
