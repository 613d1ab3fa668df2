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
 */
@ConfigurationProperties("aorhub")
public record WorkspaceProperties(@DefaultValue Signup signup, @DefaultValue Demo demo, @DefaultValue Tokens tokens,
		@DefaultValue LoginThrottle loginThrottle, @DefaultValue Operator operator) {

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

}
