package dev.aorhub.workspace.security;

import java.util.UUID;

import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditedChange;
import dev.aorhub.workspace.domain.UserAccount;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends a user's sign-ins when their password changes, so a stolen session, remember-me
 * cookie or token stops working with the old password. The request that changes the
 * password keeps its own token or session; an admin's reset of someone else ends all of
 * theirs.
 */
@Component
public class SignIns {

	/** The API token that signed a request in, as its authentication's details. */
	record TokenDetails(UUID tokenId) {
	}

	private final ApiTokens tokens;

	private final JdbcClient jdbc;

	private final UserLoader users;

	private final ApplicationEventPublisher events;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SignIns(ApiTokens tokens, JdbcClient jdbc, UserLoader users, ApplicationEventPublisher events) {
		this.tokens = tokens;
		this.jdbc = jdbc;
		this.users = users;
		this.events = events;
	}

	/**
	 * Revokes the user's API tokens and forgets their remember-me logins, but the
	 * request's own. Their browser sessions end at their next request, when
	 * {@link ActiveUserFilter} sees the password changed since they signed in.
	 */
	@Transactional
	public void endOtherSignIns(UserAccount user) {
		boolean ownRequest = isSignedInAs(user.getId());
		UUID keep = (ownRequest && currentAuthentication().getDetails() instanceof TokenDetails token) ? token.tokenId()
				: null;
		int revoked = this.tokens.revokeAll(user.getWorkspaceId(), user.getId(), keep);
		this.jdbc.sql("DELETE FROM persistent_logins WHERE username = :email").param("email", user.getEmail()).update();
		String which = ownRequest ? "Ended the other sessions of " : "Ended all sessions of ";
		this.events.publishEvent(new AuditedChange(user.getWorkspaceId(),
				AuditEntry.action(UserAccount.ENTITY, user.getId(), "SIGN_INS_ENDED",
						which + user.getName() + ", their remember-me logins and " + revoked
								+ ((revoked == 1) ? " API token" : " API tokens"))));
	}

	/**
	 * Keeps the browser session of this request signed in after its user's password
	 * changed (under a new session id), where {@link ActiveUserFilter} would end it.
	 */
	public void keepThisSession(HttpServletRequest request, HttpServletResponse response) {
		if (currentAuthentication() != null && currentAuthentication().getPrincipal() instanceof AorHubPrincipal p) {
			this.users.load(p.user().workspaceId(), p.user().userId()).ifPresent((fresh) -> {
				if (request.getSession(false) != null) {
					request.changeSessionId();
				}
				store(fresh, this.contexts, request, response);
			});
		}
	}

	/** Puts a freshly loaded principal into the security context and the session. */
	static void store(AorHubPrincipal fresh, SecurityContextRepository contexts, HttpServletRequest request,
			HttpServletResponse response) {
		fresh.eraseCredentials();
		var context = SecurityContextHolder.createEmptyContext();
		context
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

	private static boolean isSignedInAs(UUID userId) {
		Authentication authentication = currentAuthentication();
		if (authentication == null) {
			return false;
		}
		Object principal = authentication.getPrincipal();
		if (principal instanceof AorHubPrincipal p) {
			return p.user().userId().equals(userId);
		}
		return principal instanceof dev.aorhub.workspace.CurrentUser user && user.userId().equals(userId);
	}

	private static Authentication currentAuthentication() {
		return SecurityContextHolder.getContext().getAuthentication();
	}

}
