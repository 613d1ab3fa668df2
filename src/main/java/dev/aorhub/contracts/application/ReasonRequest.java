package dev.aorhub.contracts.application;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * Why an MSA is terminated or a SOW cancelled: the optional body of those verbs. A SOW's
 * cancellation took a {@code comment} before it took a reason, so that name still reads
 * as the reason.
 */
public record ReasonRequest(@JsonAlias("comment") String reason) {

	/** The reason of an optional body: none without one. */
	public static String of(ReasonRequest request) {
		return (request != null) ? request.reason() : null;
	}

}
