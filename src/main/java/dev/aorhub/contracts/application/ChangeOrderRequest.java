package dev.aorhub.contracts.application;

import dev.aorhub.shared.MoneyInput;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A change order to propose or revise, as the API and the page send it. The amount of
 * {@code budgetChange} stays text, as the API sends amounts; {@code version} is the one
 * the caller saw, for a revision.
 */
public record ChangeOrderRequest(
		@NotBlank(message = "is required") @Size(max = MAX_DESCRIPTION,
				message = "must be at most {max} characters") String description,
		MoneyInput budgetChange, @Min(value = -MAX_HOURS, message = "is too large") @Max(value = MAX_HOURS,
				message = "is too large") Integer hoursChange,
		Long version) {

	static final int MAX_DESCRIPTION = 2000;

	static final int MAX_HOURS = 1_000_000;

}
