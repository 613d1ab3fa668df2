package dev.aorhub.contracts.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.clients.ClientSummary;
import dev.aorhub.clients.Clients;
import dev.aorhub.contracts.application.MsaService;
import dev.aorhub.contracts.application.RateCardService;
import dev.aorhub.contracts.domain.ChangeOrder;
import dev.aorhub.contracts.domain.Fee;
import dev.aorhub.contracts.domain.Msa;
import dev.aorhub.contracts.domain.RateCard;
import dev.aorhub.contracts.domain.Sow;
import dev.aorhub.relationships.DesignationSummary;
import dev.aorhub.relationships.Designations;
import dev.aorhub.shared.Money;
import dev.aorhub.workspace.CurrentUser;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the SOW page and the SOW document show, gathered in one transaction: the
 * SOW, its MSA and client, the designation, the governing rate card, and its fees in
 * words.
 */
@Component
class SowPresenter {

	/** A SOW with its context, ready for a template. */
	record SowView(Sow sow, Msa msa, String clientName, String agencyName, DesignationSummary designation,
			RateCard rateCard, List<FeeWording.Wording> fees, Money approvedChanges, Integer approvedHoursChange,
			List<ChangeOrder> changeOrders) {

		/** Whether a fee is a retainer, whose monthly burn delivery shows. */
		public boolean hasRetainer() {
			return this.sow.getFees().stream().anyMatch(dev.aorhub.contracts.domain.Fee.Retainer.class::isInstance);
		}

		public String designationLabel() {
			if (this.designation == null) {
				return null;
			}
			return this.designation.categoryName() + " (" + this.designation.market() + ", "
					+ this.designation.kind().label().toLowerCase(java.util.Locale.ROOT) + ")";
		}

	}

	private final MsaService msas;

	private final RateCardService cards;

	private final Clients clients;

	private final Designations designations;

	SowPresenter(MsaService msas, RateCardService cards, Clients clients, Designations designations) {
		this.msas = msas;
		this.cards = cards;
		this.clients = clients;
		this.designations = designations;
	}

	@Transactional(readOnly = true)
	SowView view(CurrentUser user, Sow sow) {
		Msa msa = this.msas.get(user, sow.getMsaId());
		String clientName = this.clients.find(user.workspaceId(), sow.getClientId())
			.map(ClientSummary::name)
			.orElse("the client");
		DesignationSummary designation = (sow.getDesignationId() != null)
				? this.designations.find(user.workspaceId(), sow.getDesignationId()).orElse(null) : null;
		RateCard card = this.msas.effectiveRateCard(msa).orElse(null);
		Map<UUID, String> cardNames = new HashMap<>();
		for (Fee fee : sow.getFees()) {
			if (fee instanceof Fee.TimeAndMaterials tm && tm.rateCardId() != null) {
				this.cards.find(user.workspaceId(), tm.rateCardId())
					.ifPresent((named) -> cardNames.put(named.getId(), named.getName()));
			}
		}
		List<FeeWording.Wording> fees = sow.getFees()
			.stream()
			.map((fee) -> FeeWording.of(fee, cardNames, (card != null) ? card.getName() : null,
					msa.getDiscountPercent()))
			.toList();
		Integer hoursChange = (sow.getCurrentBudgetHours() != null)
				? sow.getCurrentBudgetHours() - ((sow.getBudgetHours() != null) ? sow.getBudgetHours() : 0) : null;
		return new SowView(sow, msa, clientName, user.workspaceName(), designation, card, fees,
				sow.getCurrentBudget().minus(sow.getBudget()), hoursChange, sow.getChangeOrders());
	}

}
