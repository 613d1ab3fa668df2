package dev.aorhub.workspace.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Sign-ins that do not pass our authentication provider, for the {@link SecurityLog}:
 * remember-me cookies, second-factor codes and passkeys.
 */
@Component
class SecurityEventListeners {

	private final SecurityLog securityLog;

	SecurityEventListeners(SecurityLog securityLog) {
		this.securityLog = securityLog;
	}

	@EventListener
	void secondFactorChecked(SecondFactorAttempt attempt) {
		SecurityLog.Kind kind = switch (attempt.method()) {
			case "PASSKEY" -> SecurityLog.Kind.PASSKEY_SIGN_IN;
			case "RECOVERY_CODE" -> SecurityLog.Kind.RECOVERY_CODE;
			default -> SecurityLog.Kind.SECOND_FACTOR;
		};
		SecurityLog.Outcome outcome = attempt.succeeded() ? SecurityLog.Outcome.SUCCEEDED
				: (kind == SecurityLog.Kind.PASSKEY_SIGN_IN) ? SecurityLog.Outcome.REFUSED
						: SecurityLog.Outcome.WRONG_CODE;
		this.securityLog.record(kind, outcome, attempt.workspaceId(), attempt.userId(), attempt.email(),
				attempt.remoteAddress(), null);
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof RememberMeAuthenticationToken rememberMe
				&& rememberMe.getPrincipal() instanceof AorHubPrincipal principal) {
			String address = (rememberMe.getDetails() instanceof WebAuthenticationDetails details)
					? details.getRemoteAddress() : null;
			this.securityLog.record(SecurityLog.Kind.REMEMBER_ME, SecurityLog.Outcome.SUCCEEDED,
					principal.user().workspaceId(), principal.user().userId(), principal.user().email(), address, null);
		}
	}

}
