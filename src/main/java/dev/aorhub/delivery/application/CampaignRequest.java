package dev.aorhub.delivery.application;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.aorhub.delivery.CampaignStatus;
import dev.aorhub.shared.MoneyInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A campaign to create or change, as the API and the form send it. Left out:
 * {@code clientId} (the SOW's or designation's), {@code designationId} (the SOW's),
 * {@code startDate} (the SOW's start, else today), {@code endDate} (the SOW's end, else
 * open), the budget's currency (the client's), {@code status} (planning for a new one,
 * unchanged on an edit). {@code version} is the one the caller saw, for a change.
 */
public record CampaignRequest(UUID clientId, UUID designationId, UUID sowId,
		@NotBlank(message = "is required") @Size(max = 200, message = "must be at most {max} characters") String name,
		@Size(max = 2000, message = "must be at most {max} characters") String objective, LocalDate startDate,
		LocalDate endDate, MoneyInput budget,
		@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES) CampaignStatus status, UUID ownerId,
		Long version) {

}
