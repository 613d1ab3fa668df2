package dev.aorhub.workspace.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.aorhub.shared.web.Problems;
import dev.aorhub.shared.web.RefusedRequestListener;
import dev.aorhub.workspace.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Writes the API's 401 and 403 answers as problem details, from the security filters
 * where no controller advice reaches, and logs each refusal in the {@link SecurityLog}.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler, RefusedRequestListener {

	private final JsonMapper json;

	private final SecurityLog securityLog;

	ProblemResponses(JsonMapper json, SecurityLog securityLog) {
		this.json = json;
		this.securityLog = securityLog;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		recordRefusal(SecurityLog.Kind.NOT_SIGNED_IN, request);
		response.setHeader("WWW-Authenticate", "Bearer");
		write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated",
				"Sign in: send Authorization: Bearer <token> (POST /api/v1/auth/tokens makes one)"));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		recordRefusal(SecurityLog.Kind.ACCESS_DENIED, request);
		write(response, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Your roles do not allow this"));
	}

	@Override
	public void refused(HttpServletRequest request) {
		recordRefusal(SecurityLog.Kind.ACCESS_DENIED, request);
	}

	/** Logs a 401 or 403: who asked, if anyone, from where, for which path. */
	void recordRefusal(SecurityLog.Kind kind, HttpServletRequest request) {
		var user = CurrentUser.current();
		this.securityLog.record(kind, SecurityLog.Outcome.REFUSED, user.map(CurrentUser::workspaceId).orElse(null),
				user.map(CurrentUser::userId).orElse(null), user.map(CurrentUser::email).orElse(null),
				request.getRemoteAddr(), SecurityLog.describe(request));
	}

	void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), body);
	}

}
