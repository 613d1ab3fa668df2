package dev.aorhub.delivery.domain;

import dev.aorhub.shared.Money;

/**
 * The role a person worked in on a SOW on a date (their team commitment on the SOW's
 * designation) and what an hour of that role was billed then; either may be null when no
 * commitment or rate card names it.
 */
public record RateInForce(String role, Money hourlyRate) {

	public static final RateInForce NONE = new RateInForce(null, null);

}
