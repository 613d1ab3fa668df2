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
 * @param security the second factor's settings
 */
@ConfigurationProperties("aorhub")
public record WorkspaceProperties(@DefaultValue Signup signup, @DefaultValue Demo demo, @DefaultValue Tokens tokens,
		@DefaultValue LoginThrottle loginThrottle, @DefaultValue Operator operator, @DefaultValue Security security) {

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
			@DefaultValue("aorhub-demo-2026") String password) {
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

}
