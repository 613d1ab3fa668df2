package dev.aorhub.delivery.application;

import jakarta.validation.constraints.Size;

/**
 * A decision's words: the comment (required to ask for changes, optional to approve) and,
 * on a review link's page, the name the client's reviewer types (the link names no one).
 */
public record ReviewDecisionRequest(@Size(max = 4000, message = "must be at most {max} characters") String comment,
		@Size(max = 200, message = "must be at most {max} characters") String name) {

	/** An approval sent without a body. */
	public static final ReviewDecisionRequest NONE = new ReviewDecisionRequest(null, null);

}
