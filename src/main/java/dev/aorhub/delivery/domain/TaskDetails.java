package dev.aorhub.delivery.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import dev.aorhub.delivery.Discipline;

/**
 * What a task is, once checked: the campaign it belongs to, what to do, the kind of work,
 * who does it, how long it should take and when it is due.
 */
public record TaskDetails(UUID campaignId, String title, String description, Discipline discipline, UUID assigneeId,
		BigDecimal estimateHours, LocalDate dueDate) {

	/** The largest estimate a task takes: the column holds five digits, two decimals. */
	public static final BigDecimal MAX_ESTIMATE = new BigDecimal("999.99");

	public TaskDetails {
		if (campaignId == null || title == null || title.isBlank() || discipline == null) {
			throw new IllegalArgumentException("a task has a campaign, a title and a discipline");
		}
		if (estimateHours != null && (estimateHours.signum() < 0 || estimateHours.compareTo(MAX_ESTIMATE) > 0)) {
			throw new IllegalArgumentException("an estimate is between 0 and " + MAX_ESTIMATE + " hours");
		}
		title = title.strip();
		description = (description == null || description.isBlank()) ? null : description.strip();
	}

}
