package dev.aorhub.workspace.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a browser session true to the database: a deactivated user is signed out on the
 * next request, so is every session of a user whose password changed since it signed in
 * (but the one that changed it, see {@link SignIns#keepThisSession}), and changed roles
 * or names apply at once instead of at the next sign-in. The user's state comes from
 * {@link UserLoader#current}, which reads it at most every few seconds.
 */
class ActiveUserFilter extends OncePerRequestFilter {

	private final UserLoader users;

	private final SecurityContextRepository contexts;

	ActiveUserFilter(UserLoader users, SecurityContextRepository contexts) {
		this.users = users;
		this.contexts = contexts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AorHubPrincipal principal) {
			Optional<AorHubPrincipal> current = this.users.current(principal.user().workspaceId(),
					principal.user().userId());
			if (current.isEmpty() || !current.get().isEnabled()) {
				signOut(request, response, "disabled");
				return;
			}
			if (!current.get().credentialStamp().equals(principal.credentialStamp())) {
				signOut(request, response, "password-changed");
				return;
			}
			if (!current.get().user().equals(principal.user())) {
				SignIns.store(current.get(), this.contexts, request, response);
			}
		}
		chain.doFilter(request, response);
	}

	private static void signOut(HttpServletRequest request, HttpServletResponse response, String reason)
			throws IOException {
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
	}

}
