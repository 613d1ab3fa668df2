package dev.aorhub.delivery.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Who reviews a round and by when, as the service settled it (defaults applied, users
 * checked).
 */
public record RoundPlan(List<RoundReviewer> reviewers, LocalDate dueDate) {

	public RoundPlan {
		reviewers = List.copyOf(reviewers);
	}

}
