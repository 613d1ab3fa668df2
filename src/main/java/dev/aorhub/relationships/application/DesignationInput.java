package dev.aorhub.relationships.application;

import java.util.UUID;

import dev.aorhub.shared.MoneyInput;

/**
 * A designation as a request or a form sends it, before validation: enums, dates and
 * numbers as text so that each bad value is reported against its own field.
 */
public record DesignationInput(UUID clientId, UUID categoryId, String agencyName, String kind, String status,
		String market, String scope, String startDate, String endDate, String renewalNoticeDays, Boolean autoRenew,
		MoneyInput annualValue, UUID accountLeadId) {

}
