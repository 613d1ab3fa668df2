package dev.aorhub.delivery.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.aorhub.delivery.CampaignStatus;
import dev.aorhub.delivery.Discipline;
import dev.aorhub.delivery.TaskStatus;
import dev.aorhub.shared.Money;

/**
 * The shapes of the campaigns and tasks API: the contract's fields, then what helps a
 * caller read them (names, the SOW's number).
 */
final class DeliveryApi {

	private DeliveryApi() {
	}

	/** Something about a saved campaign that deserves attention. */
	record Warning(String code, String message) {

		static final String SOW_NOT_APPROVED = "sow-not-approved";

	}

	/** {@code warnings} is left out when there are none. */
	record CampaignResponse(UUID id, UUID clientId, UUID designationId, UUID sowId, String name, String objective,
			LocalDate startDate, LocalDate endDate, Money budget, CampaignStatus status, UUID ownerId, boolean archived,
			long version, String clientName, String sowNumber,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Warning> warnings) {

		static CampaignResponse of(CampaignQueries.Row row) {
			return new CampaignResponse(row.id(), row.clientId(), row.designationId(), row.sowId(), row.name(),
					row.objective(), row.startDate(), row.endDate(), row.budget(), row.status(), row.ownerId(),
					row.archived(), row.version(), row.clientName(), row.sowNumber(), warnings(row));
		}

		/**
		 * Time is logged only against a SOW the client has approved, so a live campaign
		 * under a SOW still in draft or sent is worth a word.
		 */
		static List<Warning> warnings(CampaignQueries.Row row) {
			if (row.sowStatus() != null && !row.sowStatus().isCommitted() && !row.archived()
					&& row.status() != CampaignStatus.COMPLETED) {
				return List.of(new Warning(Warning.SOW_NOT_APPROVED,
						"SOW " + row.sowNumber() + " is " + row.sowStatus().label().toLowerCase(java.util.Locale.ROOT)
								+ ", not approved by the client yet: time cannot be logged against it until it is"));
			}
			return List.of();
		}

	}

	record TaskResponse(UUID id, UUID campaignId, String title, String description, Discipline discipline,
			UUID assigneeId, BigDecimal estimateHours, LocalDate dueDate, TaskStatus status, int position,
			boolean archived, long version, String campaignName, String assigneeName) {

		static TaskResponse of(TaskQueries.Row row) {
			return new TaskResponse(row.id(), row.campaignId(), row.title(), row.description(), row.discipline(),
					row.assigneeId(), row.estimateHours(), row.dueDate(), row.status(), row.position(), row.archived(),
					row.version(), row.campaignName(), row.assigneeName());
		}

	}

	/** Where a card goes: a column and, optionally, its place there (else the end). */
	record MoveRequest(TaskStatus status, Integer position) {
	}

}
