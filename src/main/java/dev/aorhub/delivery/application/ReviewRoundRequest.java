package dev.aorhub.delivery.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * The round a submit or a send-to-client opens: its reviewers (users of the workspace;
 * for client review also people of the client by name and e-mail) and due date. Every
 * part is optional: without reviewers the campaign's owner reviews, without a due date
 * the round is due in {@link CreativeAssetService#INTERNAL_REVIEW_DAYS} or
 * {@link CreativeAssetService#CLIENT_REVIEW_DAYS} days.
 */
public record ReviewRoundRequest(@Size(max = 20, message = "must name at most {max} reviewers") List<UUID> reviewerIds,
		@Valid @Size(max = 20, message = "must name at most {max} reviewers") List<ClientReviewer> clientReviewers,
		LocalDate dueDate) {

	/** A verb sent without a body. */
	public static final ReviewRoundRequest DEFAULTS = new ReviewRoundRequest(null, null, null);

	/**
	 * A person of the client who reviews, by name and e-mail (either may be left out, not
	 * both).
	 */
	public record ClientReviewer(@Size(max = 200, message = "must be at most {max} characters") String name,
			@Email(message = "must be an e-mail address") @Size(max = 320,
					message = "must be at most {max} characters") String email) {
	}

}
