package dev.aorhub.workspace.security;

import java.io.IOException;

import dev.aorhub.shared.web.Problems;
import dev.aorhub.workspace.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in API requests that carry {@code Authorization: Bearer <token>}. A token that is
 * wrong, expired, revoked or whose user is deactivated answers 401 at once.
 */
class BearerTokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final ApiTokens tokens;

	private final ProblemResponses problems;

	BearerTokenAuthenticationFilter(ApiTokens tokens, ProblemResponses problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		boolean alreadySignedIn = SecurityContextHolder.getContext().getAuthentication() != null;
		if (alreadySignedIn || header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			chain.doFilter(request, response);
			return;
		}
		ApiTokens.SignedInToken signedIn = this.tokens.authenticate(header.substring(PREFIX.length()).strip())
			.orElse(null);
		if (signedIn == null) {
			this.problems.recordRefusal(SecurityLog.Kind.NOT_SIGNED_IN, request);
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
			this.problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "invalid-token",
					"The token is unknown, expired or revoked, or its user is deactivated"));
			return;
		}
		CurrentUser user = signedIn.user();
		var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
				AorHubPrincipal.authorities(user));
		// Which token signed in, so a password change can keep it (SignIns).
		authentication.setDetails(new SignIns.TokenDetails(signedIn.tokenId()));
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
