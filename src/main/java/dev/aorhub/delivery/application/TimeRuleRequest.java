package dev.aorhub.delivery.application;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.aorhub.delivery.domain.TimeRounding;
import jakarta.validation.constraints.NotNull;

/**
 * A SOW's rounding rule as the API and the form send it: {@code roundingIncrement} 0
 * (none), 6, 15 or 30 minutes; {@code roundingMode} UP (the default) or NEAREST;
 * {@code version} the one the caller saw (0 while the SOW has no rule).
 */
public record TimeRuleRequest(@NotNull(message = "is required") Integer roundingIncrement,
		@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES) TimeRounding.Mode roundingMode,
		Long version) {

}
