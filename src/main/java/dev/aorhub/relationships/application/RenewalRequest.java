package dev.aorhub.relationships.application;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.aorhub.relationships.DesignationKind;
import dev.aorhub.shared.MoneyInput;

/**
 * The next term of a designation, as the API and the renewal form send it. Every field is
 * optional: {@code startDate} defaults to the day after the current term ends,
 * {@code endDate} to a term as long as the current one, {@code annualValue} (an amount
 * left blank too) and {@code kind} to the current ones.
 */
public record RenewalRequest(LocalDate startDate, LocalDate endDate, MoneyInput annualValue,
		@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES) DesignationKind kind) {

	/** A request that takes every default. */
	public static final RenewalRequest DEFAULTS = new RenewalRequest(null, null, null, null);

}
