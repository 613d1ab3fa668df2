package dev.aorhub.delivery.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a time entry says, checked by the service against the workspace's SOWs, campaigns
 * and people: whose time, which day, how long, against what, and whether it is billed.
 * {@code clientId} is the SOW's or campaign's client.
 */
public record TimeEntryDetails(UUID userId, LocalDate date, int minutes, UUID clientId, UUID sowId, UUID campaignId,
		UUID taskId, boolean billable, String note) {

	public TimeEntryDetails {
		note = (note == null || note.isBlank()) ? null : note.strip();
	}

	/** Whether the rate in force may differ: another day, SOW or person. */
	public boolean ratedLike(TimeEntryDetails other) {
		return this.date.equals(other.date) && java.util.Objects.equals(this.sowId, other.sowId)
				&& this.userId.equals(other.userId);
	}

}
