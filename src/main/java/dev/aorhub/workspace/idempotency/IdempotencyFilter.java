package dev.aorhub.workspace.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.Hashes;
import dev.aorhub.shared.web.Problems;
import dev.aorhub.workspace.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes a POST that carries an {@code Idempotency-Key} safe to retry: the first answer is
 * stored per workspace and replayed for 24 hours; the same key with a different request
 * is refused, and a retry while the first is still running answers 409.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

	public static final String HEADER = "Idempotency-Key";

	private static final int MAX_KEY_LENGTH = 200;

	/** Writes a problem response; the security layer's writer is passed in. */
	@FunctionalInterface
	public interface ProblemWriter {

		void write(HttpServletResponse response, ProblemDetail problem) throws IOException;

	}

	private final IdempotentRequests requests;

	private final ProblemWriter problems;

	public IdempotencyFilter(IdempotentRequests requests, ProblemWriter problems) {
		this.requests = requests;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// Multipart uploads are parsed from the raw stream, so their body cannot be
		// replayed here.
		String contentType = request.getContentType();
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
				|| (contentType != null && contentType.startsWith("multipart/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<CurrentUser> user = CurrentUser.current();
		if (user.isEmpty()) {
			// Sign-up and token requests come before any workspace: nothing to scope a
			// key by.
			chain.doFilter(request, response);
			return;
		}
		String key = request.getHeader(HEADER).strip();
		if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
			this.problems.write(response, Problems.validation(
					java.util.List.of(new FieldProblem(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters"))));
			return;
		}
		var cached = new CachedBodyRequest(request);
		String hash = Hashes.sha256Hex(request.getMethod() + " " + request.getRequestURI() + "?"
				+ request.getQueryString() + "\n" + new String(cached.body(), StandardCharsets.UTF_8));
		var workspaceId = user.get().workspaceId();
		// The caller's own key: another user resending it runs their own request.
		var userId = user.get().userId();

		Optional<IdempotentRequests.Stored> stored = this.requests.find(workspaceId, userId, key);
		if (stored.isEmpty() && !this.requests.claim(workspaceId, userId, key, hash)) {
			stored = this.requests.find(workspaceId, userId, key);
		}
		if (stored.isPresent()) {
			answerFromStore(stored.get(), hash, response);
			return;
		}

		var recorded = new ContentCachingResponseWrapper(response);
		boolean completed = false;
		try {
			chain.doFilter(cached, recorded);
			int status = recorded.getStatus();
			if (status < 500) {
				this.requests.complete(workspaceId, userId, key, status, recorded.getContentType(),
						recorded.getHeader(HttpHeaders.LOCATION),
						new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8));
				completed = true;
			}
		}
		finally {
			if (!completed) {
				this.requests.release(workspaceId, userId, key);
			}
			recorded.copyBodyToResponse();
		}
	}

	private void answerFromStore(IdempotentRequests.Stored stored, String hash, HttpServletResponse response)
			throws IOException {
		if (!stored.requestHash().equals(hash)) {
			this.problems.write(response, Problems.validation(java.util.List
				.of(new FieldProblem(HEADER, "was already used for a different request; use a new key"))));
			return;
		}
		if (stored.status() == null) {
			this.problems.write(response, Problems.of(HttpStatus.CONFLICT, "idempotency-in-progress",
					"A request with this Idempotency-Key is still running; retry shortly"));
			return;
		}
		response.setStatus(stored.status());
		response.setHeader("Idempotent-Replayed", "true");
		if (stored.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, stored.location());
		}
		if (stored.contentType() != null) {
			response.setContentType(stored.contentType());
		}
		if (stored.body() != null) {
			response.getOutputStream().write(stored.body().getBytes(StandardCharsets.UTF_8));
		}
	}

}
