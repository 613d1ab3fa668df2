package dev.aorhub.shared.web;

import java.net.URI;
import java.util.List;

import dev.aorhub.shared.FieldProblem;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds the RFC 9457 problem details the API answers with; every problem type is a URI
 * under {@value #TYPE_BASE}.
 */
public final class Problems {

	public static final String TYPE_BASE = "https://aorhub.dev/problems/";

	private Problems() {
	}

	public static ProblemDetail of(HttpStatusCode status, String type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + type));
		HttpStatus known = HttpStatus.resolve(status.value());
		problem.setTitle((known != null) ? known.getReasonPhrase() : "Error");
		return problem;
	}

	public static ProblemDetail validation(List<FieldProblem> errors) {
		String detail = (errors.size() == 1) ? errors.get(0).field() + " " + errors.get(0).message()
				: errors.size() + " fields are invalid";
		ProblemDetail problem = of(HttpStatus.UNPROCESSABLE_CONTENT, "validation", detail);
		problem.setProperty("errors", errors);
		return problem;
	}

	/** A generic type slug for a status without a more specific one. */
	public static String typeFor(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "malformed-request";
			case 401 -> "unauthenticated";
			case 403 -> "forbidden";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 409 -> "conflict";
			case 413 -> "too-large";
			case 415 -> "unsupported-media-type";
			case 422 -> "validation";
			case 429 -> "too-many-requests";
			default -> (status.is5xxServerError() ? "server-error" : "client-error");
		};
	}

}
