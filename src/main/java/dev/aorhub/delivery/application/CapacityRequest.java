package dev.aorhub.delivery.application;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/**
 * A person's weekly hours, for the API and the capacity form. {@code version} is the one
 * read (null for a person still on the default).
 */
public record CapacityRequest(
		@NotNull @DecimalMin(value = "0", message = "must not be negative") @DecimalMax(value = "80",
				message = "must be at most 80 hours a week") @Digits(integer = 2, fraction = 2) BigDecimal hoursPerWeek,
		Long version) {
}
