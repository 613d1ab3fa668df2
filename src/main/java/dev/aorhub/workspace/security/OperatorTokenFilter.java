package dev.aorhub.workspace.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in the instance's operator on the actuator: {@code Authorization: Bearer} with
 * the token of {@code aorhub.operator.token}. Metrics cover every workspace, so they
 * belong to whoever runs the instance, not to the admins of its workspaces. Without a
 * configured token nobody is the operator. Any other bearer token is left to the API
 * token filter.
 */
class OperatorTokenFilter extends OncePerRequestFilter {

	static final String ROLE = "OPERATOR";

	private static final String PREFIX = "Bearer ";

	private final byte[] token;

	OperatorTokenFilter(String token) {
		this.token = (token != null && !token.isBlank()) ? token.strip().getBytes(StandardCharsets.UTF_8) : null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isOperator(request.getHeader(HttpHeaders.AUTHORIZATION))) {
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("operator", null,
					List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
			SecurityContextHolder.setContext(context);
			try {
				chain.doFilter(request, response);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
			return;
		}
		chain.doFilter(request, response);
	}

	boolean isOperator(String authorization) {
		if (this.token == null || authorization == null
				|| !authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			return false;
		}
		byte[] presented = authorization.substring(PREFIX.length()).strip().getBytes(StandardCharsets.UTF_8);
		// Constant time, so the comparison does not tell how much of a guess was right.
		return MessageDigest.isEqual(presented, this.token);
	}

}
