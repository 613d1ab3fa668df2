package dev.aorhub.delivery.application;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A person's week as the timesheet page and {@code PUT
 * /api/v1/timesheets/{userId}/{week}} send it: rows of what the time was for (a SOW
 * and/or a campaign and task, billable or not) with seven cells, Monday to Sunday, of
 * hours as people type them ({@code 1.5}, {@code 1:30}, {@code 90m}; blank for none).
 * Each cell is one draft entry: a new value logs or changes it, a blank one deletes it.
 * Rows with submitted or approved time are left as they are; rows the request does not
 * name are left alone.
 */
public record TimesheetRequest(@NotNull(message = "is required") @Size(max = 100,
		message = "must be at most {max} rows") List<@Valid Row> rows) {

	public record Row(UUID sowId, UUID campaignId, UUID taskId, Boolean billable,
			@NotNull(message = "is required") @Size(min = 7, max = 7,
					message = "must have 7 cells, Monday to Sunday") List<String> hours) {

		public boolean isBillable() {
			return this.billable == null || this.billable;
		}

	}

}
