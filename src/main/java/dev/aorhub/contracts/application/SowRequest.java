package dev.aorhub.contracts.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.aorhub.contracts.SowStatus;
import dev.aorhub.shared.MoneyInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A SOW to record or change, as the API and the form send it, with one {@link FeeRequest}
 * per fee. Left out: {@code number} (the next of the year), {@code status} (draft for a
 * new one, unchanged on a change). {@code version} is the one the caller saw, for a
 * change.
 */
public record SowRequest(UUID msaId, UUID designationId,
		@Size(max = MAX_NUMBER, message = "must be at most {max} characters") String number,
		@NotBlank(message = "is required") @Size(max = MAX_TITLE,
				message = "must be at most {max} characters") String title,
		@Size(max = MAX_SCOPE, message = "must be at most {max} characters") String scope, SowStatus status,
		@NotNull(message = "is required") LocalDate startDate, @NotNull(message = "is required") LocalDate endDate,
		MoneyInput budget,
		@Min(value = 0, message = BUDGET_HOURS) @Max(value = MAX_BUDGET_HOURS,
				message = BUDGET_HOURS) Integer budgetHours,
		List<@Valid FeeRequest> fees,
		@Size(max = MAX_DELIVERABLES, message = "are at most {max}") List<@Valid Deliverable> deliverables,
		Long version) {

	static final int MAX_NUMBER = 40;

	static final int MAX_TITLE = 200;

	static final int MAX_SCOPE = 4000;

	static final int MAX_DELIVERABLES = 100;

	static final int MAX_DELIVERABLE_NAME = 200;

	static final int MAX_BUDGET_HOURS = 1_000_000;

	static final String BUDGET_HOURS = "must be between 0 and " + MAX_BUDGET_HOURS;

	/** Something the SOW delivers, by when, and whether it is done. */
	public record Deliverable(@NotBlank(message = "is required") @Size(max = MAX_DELIVERABLE_NAME,
			message = "must be at most {max} characters") String name, LocalDate dueDate, Boolean done) {
	}

}
