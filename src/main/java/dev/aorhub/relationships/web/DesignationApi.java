package dev.aorhub.relationships.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.aorhub.relationships.DesignationKind;
import dev.aorhub.relationships.DesignationStatus;
import dev.aorhub.relationships.application.Warning;
import dev.aorhub.relationships.domain.Designation;
import dev.aorhub.relationships.domain.ServiceCategory;
import dev.aorhub.relationships.domain.TeamAssignment;
import dev.aorhub.shared.Money;

/**
 * The shapes of the service categories, designations and team API.
 */
final class DesignationApi {

	private DesignationApi() {
	}

	record CategoryResponse(UUID id, String name, boolean archived, long version) {

		static CategoryResponse of(ServiceCategory category) {
			return new CategoryResponse(category.getId(), category.getName(), category.isArchived(),
					category.getVersion());
		}

	}

	/** {@code warnings} is left out when there are none. */
	record DesignationResponse(UUID id, UUID clientId, UUID categoryId, String agencyName, DesignationKind kind,
			DesignationStatus status, String market, String scope, LocalDate startDate, LocalDate endDate,
			int renewalNoticeDays, boolean autoRenew, Money annualValue, UUID accountLeadId, boolean archived,
			long version, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Warning> warnings,
			@JsonInclude(JsonInclude.Include.NON_NULL) String outcomeReason) {

		static DesignationResponse of(Designation d, List<Warning> warnings) {
			return new DesignationResponse(d.getId(), d.getClientId(), d.getCategoryId(), d.getAgencyName(),
					d.getKind(), d.getStatus(), d.getMarket(), d.getScope(), d.getStartDate(), d.getEndDate(),
					d.getRenewalNoticeDays(), d.isAutoRenew(), d.annualValue(), d.getAccountLeadId(), d.isArchived(),
					d.getVersion(), warnings, d.getOutcomeReason());
		}

		static DesignationResponse of(DesignationQueries.Row row) {
			return new DesignationResponse(row.id(), row.clientId(), row.categoryId(), row.agencyName(), row.kind(),
					row.status(), row.market(), row.scope(), row.startDate(), row.endDate(), row.renewalNoticeDays(),
					row.autoRenew(), row.annualValue(), row.accountLeadId(), row.archived(), row.version(), List.of(),
					null);
		}

	}

	/** A term; {@code renewedAt} and {@code renewedBy} are null for the current one. */
	record TermResponse(LocalDate startDate, LocalDate endDate, Money annualValue, DesignationKind kind,
			boolean current, Instant renewedAt, UUID renewedBy) {

		static TermResponse of(DesignationTermQueries.TermRow row) {
			return new TermResponse(row.startDate(), row.endDate(), row.annualValue(), row.kind(), row.current(),
					row.renewedAt(), row.renewedBy());
		}

	}

	record TeamResponse(UUID id, UUID userId, String role, int allocationPercent, boolean dedicated,
			LocalDate startDate, LocalDate endDate, long version,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Warning> warnings) {

		static TeamResponse of(TeamAssignment a, List<Warning> warnings) {
			return new TeamResponse(a.getId(), a.getUserId(), a.getRole(), a.getAllocationPercent(), a.isDedicated(),
					a.getStartDate(), a.getEndDate(), a.getVersion(), warnings);
		}

	}

}
