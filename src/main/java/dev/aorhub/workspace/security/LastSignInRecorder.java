package dev.aorhub.workspace.security;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Notes when each user last signed in, for the admin's user list. A plain column update:
 * it is not an edit of the user and must not clash with one (no version change).
 */
@Component
class LastSignInRecorder {

	private final JdbcClient jdbc;

	private final Clock clock;

	LastSignInRecorder(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AorHubPrincipal principal) {
			this.jdbc.sql("UPDATE app_user SET last_login_at = :now WHERE workspace_id = :workspaceId AND id = :id")
				.param("now", Timestamp.from(this.clock.instant()))
				.param("workspaceId", principal.user().workspaceId())
				.param("id", principal.user().userId())
				.update();
		}
	}

}
