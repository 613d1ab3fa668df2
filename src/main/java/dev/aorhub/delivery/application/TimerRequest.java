package dev.aorhub.delivery.application;

import java.util.UUID;

import jakarta.validation.constraints.Size;

/**
 * What a running timer is for, as the timesheet's timer form and the API send it: a SOW
 * and/or a campaign and task (as for an entry), billable (true when left out) and a note.
 */
public record TimerRequest(UUID sowId, UUID campaignId, UUID taskId, Boolean billable,
		@Size(max = 1000, message = "must be at most {max} characters") String note) {

}
