package dev.aorhub.workspace.security;

import java.io.IOException;
import java.util.List;

import dev.aorhub.workspace.security.SecondFactorSession.State;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The second step of signing in. A session signed in with the password (or a remember-me
 * cookie) whose user has a second factor reaches only the code page and sign-out until
 * the code is right; one whose workspace requires a second factor the user lacks reaches
 * only the page that sets one up. A passkey sign-in has passed: its principal becomes the
 * app's own here.
 */
class SecondFactorFilter extends OncePerRequestFilter {

	static final String CODE_PAGE = "/login/code";

	static final String ENROLMENT_PAGE = "/account/second-factor";

	private static final List<String> ALWAYS_OPEN = List.of("/logout", "/error", "/css/", "/js/", "/img/", "/webjars/",
			"/favicon.ico");

	private static final List<String> OPEN_FOR_THE_CODE = List.of(CODE_PAGE, "/login/webauthn",
			"/webauthn/authenticate/");

	private static final List<String> OPEN_FOR_ENROLMENT = List.of(ENROLMENT_PAGE, "/webauthn/register");

	private final UserLoader users;

	private final SecondFactors secondFactors;

	private final SecurityContextRepository contexts;

	SecondFactorFilter(UserLoader users, SecondFactors secondFactors, SecurityContextRepository contexts) {
		this.users = users;
		this.secondFactors = secondFactors;
		this.contexts = contexts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof WebAuthnAuthentication passkey) {
			authentication = signedInWithPasskey(passkey, request, response);
			// The sign-in page's script goes home; a portal user's home is the portal,
			// as after a password sign-in.
			if (authentication != null && authentication.getPrincipal() instanceof AorHubPrincipal principal
					&& principal.user().isClientUser() && "/".equals(request.getServletPath())) {
				redirect(request, response, "/portal");
				return;
			}
		}
		if (authentication != null && authentication.getPrincipal() instanceof AorHubPrincipal principal) {
			State state = SecondFactorSession.state(request).orElse(null);
			// Judged once a session: a rule or factor changed later applies from the next
			// sign-in (creating an API token checks again, see AccountPagesController).
			if (state == null) {
				state = switch (this.secondFactors.requirementFor(principal.user())) {
					case NONE -> State.NOT_NEEDED;
					case CODE -> State.CODE_NEEDED;
					case ENROLMENT -> State.ENROLMENT_NEEDED;
				};
				SecondFactorSession.set(request, state);
			}
			if (state == State.ENROLMENT_NEEDED && this.secondFactors.isEnrolled(principal.user())) {
				// Just registered a passkey: its user verification was the second factor.
				state = State.PASSED;
				SecondFactorSession.passed(request);
			}
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (state == State.CODE_NEEDED && !opens(path, OPEN_FOR_THE_CODE)) {
				redirect(request, response, CODE_PAGE);
				return;
			}
			if (state == State.ENROLMENT_NEEDED && !opens(path, OPEN_FOR_ENROLMENT)) {
				redirect(request, response, ENROLMENT_PAGE);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private Authentication signedInWithPasskey(WebAuthnAuthentication passkey, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			AorHubPrincipal principal = this.users.loadUserByUsername(passkey.getName());
			if (principal.isEnabled()) {
				SignIns.store(principal, this.contexts, request, response);
				SecondFactorSession.set(request, State.PASSED);
				return SecurityContextHolder.getContext().getAuthentication();
			}
		}
		catch (UsernameNotFoundException ex) {
			// A passkey of a user deleted since: not signed in.
		}
		SecurityContextHolder.clearContext();
		if (request.getSession(false) != null) {
			request.getSession(false).invalidate();
		}
		return null;
	}

	private static boolean opens(String path, List<String> open) {
		return ALWAYS_OPEN.stream().anyMatch(path::startsWith) || open.stream().anyMatch(path::startsWith);
	}

	private static void redirect(HttpServletRequest request, HttpServletResponse response, String page)
			throws IOException {
		String target = request.getContextPath() + page;
		if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Redirect", target);
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			return;
		}
		response.sendRedirect(target);
	}

}
