package dev.aorhub.contracts.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.aorhub.contracts.ChangeOrderStatus;
import dev.aorhub.contracts.MsaStatus;
import dev.aorhub.contracts.SowStatus;
import dev.aorhub.contracts.domain.ApprovalStep;
import dev.aorhub.contracts.domain.ChangeOrder;
import dev.aorhub.contracts.domain.ContractAttachment;
import dev.aorhub.contracts.domain.CostRate;
import dev.aorhub.contracts.domain.Fee;
import dev.aorhub.contracts.domain.Msa;
import dev.aorhub.contracts.domain.PerformanceMetric;
import dev.aorhub.contracts.domain.RateCard;
import dev.aorhub.contracts.domain.Rollover;
import dev.aorhub.contracts.domain.Signature;
import dev.aorhub.contracts.domain.Sow;
import dev.aorhub.contracts.application.Warning;
import dev.aorhub.shared.Money;

/**
 * The shapes of the contracts API: rate cards, cost rates, MSAs, SOWs with their fees,
 * change orders, approvals and attachments. Percents are strings ({@code "15.0"}), money
 * is {@code {"amount": "1234.50", "currency": "USD"}}.
 */
final class ContractsApi {

	private ContractsApi() {
	}

	// Rate cards

	record RateResponse(String role, Money hourlyRate) {
	}

	record RateCardResponse(UUID id, String name, String currency, LocalDate effectiveFrom, LocalDate effectiveTo,
			@JsonProperty("default") boolean isDefault, List<RateResponse> rates, boolean archived, long version) {

		static RateCardResponse of(RateCard card) {
			return new RateCardResponse(card.getId(), card.getName(), card.getCurrency().getCurrencyCode(),
					card.getEffectiveFrom(), card.getEffectiveTo(), card.isDefault(),
					card.getRates().stream().map((r) -> new RateResponse(r.role(), r.hourlyRate())).toList(),
					card.isArchived(), card.getVersion());
		}

	}

	record RateCardListItem(UUID id, String name, String currency, LocalDate effectiveFrom, LocalDate effectiveTo,
			@JsonProperty("default") boolean isDefault, long roleCount, long msaCount, boolean archived, long version) {

		static RateCardListItem of(ContractQueries.RateCardRow row) {
			return new RateCardListItem(row.id(), row.name(), row.currency(), row.effectiveFrom(), row.effectiveTo(),
					row.isDefault(), row.roleCount(), row.msaCount(), row.archived(), row.version());
		}

	}

	// Cost rates

	record CostRateResponse(UUID id, UUID userId, Money hourlyCost, LocalDate effectiveFrom, long version) {

		static CostRateResponse of(CostRate rate) {
			return new CostRateResponse(rate.getId(), rate.getUserId(), rate.getHourlyCost(), rate.getEffectiveFrom(),
					rate.getVersion());
		}

		static CostRateResponse of(ContractQueries.CostRateRow row) {
			return new CostRateResponse(row.id(), row.userId(), row.hourlyCost(), row.effectiveFrom(), row.version());
		}

	}

	// MSAs

	record MsaResponse(UUID id, UUID clientId, String title, MsaStatus status, LocalDate effectiveDate,
			LocalDate expiryDate, int paymentTermsDays, UUID rateCardId, String discountPercent, long version,
			int noticePeriodDays, List<UUID> nonCompeteCategoryIds, List<UUID> designationIds, UUID effectiveRateCardId,
			String notes, boolean archived, LocalDate signedOn, UUID signatoryContactId, String signatoryName,
			@JsonInclude(JsonInclude.Include.NON_NULL) String terminationReason) {

		static MsaResponse of(Msa msa, UUID effectiveRateCardId) {
			Signature signature = msa.getSignature();
			return new MsaResponse(msa.getId(), msa.getClientId(), msa.getTitle(), msa.getStatus(),
					msa.getEffectiveDate(), msa.getExpiryDate(), msa.getPaymentTermsDays(), msa.getRateCardId(),
					msa.getDiscountPercent().text(), msa.getVersion(), msa.getNoticePeriodDays(),
					msa.getNonCompeteCategoryIds(), msa.getDesignationIds(), effectiveRateCardId, msa.getNotes(),
					msa.isArchived(), (signature != null) ? signature.signedOn() : null,
					(signature != null) ? signature.contactId() : null, (signature != null) ? signature.name() : null,
					msa.getTerminationReason());
		}

	}

	record MsaListItem(UUID id, UUID clientId, String clientName, String title, MsaStatus status,
			LocalDate effectiveDate, LocalDate expiryDate, int paymentTermsDays, UUID rateCardId,
			String discountPercent, int noticePeriodDays, long sowCount, boolean archived, long version) {

		static MsaListItem of(ContractQueries.MsaRow row) {
			return new MsaListItem(row.id(), row.clientId(), row.clientName(), row.title(), row.status(),
					row.effectiveDate(), row.expiryDate(), row.paymentTermsDays(), row.rateCardId(),
					row.discountPercent().text(), row.noticePeriodDays(), row.sowCount(), row.archived(),
					row.version());
		}

	}

	// SOWs

	record DeliverableJson(String name, LocalDate dueDate, Boolean done) {
	}

	/** A fee as the API answers it: exactly the fields of its type. */
	sealed interface FeeJson permits RetainerJson, TimeAndMaterialsJson, FixedJson, CommissionJson, PerformanceJson {

		static FeeJson of(Fee fee) {
			return fee.accept(new Fee.Visitor<>() {

				@Override
				public FeeJson retainer(Fee.Retainer r) {
					return new RetainerJson("RETAINER", r.monthlyFee(), r.includedHours(), r.rollover(),
							r.overageRate());
				}

				@Override
				public FeeJson timeAndMaterials(Fee.TimeAndMaterials t) {
					return new TimeAndMaterialsJson("TIME_AND_MATERIALS", t.rateCardId(), t.capAmount());
				}

				@Override
				public FeeJson fixed(Fee.Fixed f) {
					return new FixedJson("FIXED",
							f.milestones()
								.stream()
								.map((m) -> new MilestoneJson(m.name(), m.amount(), m.dueDate()))
								.toList());
				}

				@Override
				public FeeJson commission(Fee.Commission c) {
					return new CommissionJson("COMMISSION", c.percent().text());
				}

				@Override
				public FeeJson performance(Fee.Performance p) {
					return new PerformanceJson("PERFORMANCE", p.metric(), p.unitFee(),
							(p.revenueSharePercent() != null) ? p.revenueSharePercent().text() : null, p.cap());
				}

			});
		}

	}

	record RetainerJson(String type, Money monthlyFee, int includedHours, Rollover rollover,
			Money overageRate) implements FeeJson {
	}

	record TimeAndMaterialsJson(String type, UUID rateCardId, Money capAmount) implements FeeJson {
	}

	record MilestoneJson(String name, Money amount, LocalDate dueDate) {
	}

	record FixedJson(String type, List<MilestoneJson> milestones) implements FeeJson {
	}

	record CommissionJson(String type, String percent) implements FeeJson {
	}

	record PerformanceJson(String type, PerformanceMetric metric, Money unitFee, String revenueSharePercent,
			Money cap) implements FeeJson {
	}

	record InternalApprovalJson(UUID approvedBy, Instant approvedAt) {
	}

	record SowResponse(UUID id, UUID msaId, UUID designationId, String title, SowStatus status, LocalDate startDate,
			LocalDate endDate, Money budget, Integer budgetHours, List<FeeJson> fees, long version, String number,
			UUID clientId, String scope, Money originalBudget, Money currentBudget, Integer originalBudgetHours,
			Integer currentBudgetHours, List<DeliverableJson> deliverables, InternalApprovalJson internalApproval,
			boolean archived, boolean budgetDerived, LocalDate signedOn, UUID signatoryContactId, String signatoryName,
			List<Warning> warnings, @JsonInclude(JsonInclude.Include.NON_NULL) String cancellationReason) {

		static SowResponse of(Sow sow) {
			Signature signature = sow.getSignature();
			return new SowResponse(sow.getId(), sow.getMsaId(), sow.getDesignationId(), sow.getTitle(), sow.getStatus(),
					sow.getStartDate(), sow.getEndDate(), sow.getBudget(), sow.getBudgetHours(),
					sow.getFees().stream().map(FeeJson::of).toList(), sow.getVersion(), sow.getNumber(),
					sow.getClientId(), sow.getScope(), sow.getBudget(), sow.getCurrentBudget(), sow.getBudgetHours(),
					sow.getCurrentBudgetHours(),
					sow.getDeliverables()
						.stream()
						.map((d) -> new DeliverableJson(d.name(), d.dueDate(), d.done()))
						.toList(),
					sow.isInternallyApproved()
							? new InternalApprovalJson(sow.getInternalApprovedBy(), sow.getInternalApprovedAt()) : null,
					sow.isArchived(), sow.isBudgetDerived(), (signature != null) ? signature.signedOn() : null,
					(signature != null) ? signature.contactId() : null, (signature != null) ? signature.name() : null,
					Warning.of(sow), sow.getCancellationReason());
		}

	}

	record SowListItem(UUID id, String number, String title, UUID msaId, UUID clientId, String clientName,
			UUID designationId, SowStatus status, LocalDate startDate, LocalDate endDate, Money budget,
			Integer budgetHours, Money currentBudget, Integer currentBudgetHours, List<String> feeTypes,
			boolean archived, long version) {

		static SowListItem of(ContractQueries.SowRow row) {
			return new SowListItem(row.id(), row.number(), row.title(), row.msaId(), row.clientId(), row.clientName(),
					row.designationId(), row.status(), row.startDate(), row.endDate(), row.budget(), row.budgetHours(),
					row.currentBudget(), row.currentBudgetHours(), row.feeTypes().stream().map(Enum::name).toList(),
					row.archived(), row.version());
		}

	}

	// Change orders, approvals, attachments

	record ChangeOrderResponse(UUID id, String description, Money budgetChange, Integer hoursChange,
			ChangeOrderStatus status, long version, int number, Instant sentAt, Instant decidedAt, LocalDate approvedOn,
			UUID signatoryContactId, String approverName) {

		static ChangeOrderResponse of(ChangeOrder order) {
			Signature signature = order.getSignature();
			return new ChangeOrderResponse(order.getId(), order.getDescription(), order.getBudgetChange(),
					order.getHoursChange(), order.getStatus(), order.getVersion(), order.getNumber(), order.getSentAt(),
					order.getDecidedAt(), (signature != null) ? signature.signedOn() : null,
					(signature != null) ? signature.contactId() : null, (signature != null) ? signature.name() : null);
		}

	}

	record ApprovalStepResponse(UUID id, UUID changeOrderId, ApprovalStep.Kind step, String approverName,
			UUID approverUserId, UUID clientUserId, String comment, Instant occurredAt) {

		static ApprovalStepResponse of(ApprovalStep step) {
			return new ApprovalStepResponse(step.getId(), step.getChangeOrderId(), step.getStep(),
					step.getApproverName(), step.getApproverUserId(), step.getClientUserId(), step.getComment(),
					step.getOccurredAt());
		}

	}

	record AttachmentResponse(UUID id, String fileName, String contentType, long sizeBytes, UUID uploadedBy,
			Instant uploadedAt) {

		static AttachmentResponse of(ContractAttachment attachment) {
			return new AttachmentResponse(attachment.getId(), attachment.getFileName(), attachment.getContentType(),
					attachment.getSizeBytes(), attachment.getUploadedBy(), attachment.getUploadedAt());
		}

	}

}
