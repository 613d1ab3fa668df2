package dev.aorhub.contracts.web;

import java.util.List;
import java.util.UUID;

import dev.aorhub.shared.export.TableExport;
import dev.aorhub.shared.web.PageQuery;

/**
 * The contracts lists as export tables; the API and the pages share them.
 */
final class ContractExports {

	private ContractExports() {
	}

	static TableExport rateCards(ContractQueries queries, UUID workspaceId, boolean archived, String q, String sort) {
		var table = new TableExport("Rate cards",
				List.of("Name", "Currency", "Effective from", "Effective to", "Default", "Roles", "MSAs"));
		queries.rateCards(workspaceId, archived, PageQuery.forExport(q, sort, ContractQueries.RATE_CARD_SORTING))
			.items()
			.forEach((r) -> table.row(r.name(), r.currency(), r.effectiveFrom(), r.effectiveTo(), r.isDefault(),
					r.roleCount(), r.msaCount()));
		return table;
	}

	static TableExport costRates(ContractQueries queries, UUID workspaceId, UUID userId, String q, String sort) {
		var table = new TableExport("Cost rates",
				List.of("Person", "E-mail", "Hourly cost", "Currency", "Effective from"));
		queries.costRates(workspaceId, userId, PageQuery.forExport(q, sort, ContractQueries.COST_RATE_SORTING))
			.items()
			.forEach((r) -> table.row(r.userName(), r.userEmail(), r.hourlyCost().amount(),
					r.hourlyCost().currency().getCurrencyCode(), r.effectiveFrom()));
		return table;
	}

	static TableExport msas(ContractQueries queries, UUID workspaceId, ContractQueries.MsaFilter filter, String q,
			String sort) {
		var table = new TableExport("MSAs", List.of("Title", "Client", "Status", "Effective", "Expires",
				"Payment terms (days)", "Rate card", "Discount %", "Notice (days)", "SOWs"));
		queries.msas(workspaceId, filter, PageQuery.forExport(q, sort, ContractQueries.MSA_SORTING))
			.items()
			.forEach((m) -> table.row(m.title(), m.clientName(), m.status().name(), m.effectiveDate(), m.expiryDate(),
					m.paymentTermsDays(), m.rateCardName(), m.discountPercent().value(), m.noticePeriodDays(),
					m.sowCount()));
		return table;
	}

	static TableExport sows(ContractQueries queries, UUID workspaceId, ContractQueries.SowFilter filter, String q,
			String sort) {
		var table = new TableExport("SOWs", List.of("Number", "Title", "Client", "MSA", "Status", "Start", "End",
				"Currency", "Budget", "Approved changes", "Current budget", "Budget hours", "Current hours", "Fees"));
		queries.sows(workspaceId, filter, PageQuery.forExport(q, sort, ContractQueries.SOW_SORTING))
			.items()
			.forEach((s) -> table.row(s.number(), s.title(), s.clientName(), s.msaTitle(), s.status().name(),
					s.startDate(), s.endDate(), s.budget().currency().getCurrencyCode(), s.budget().amount(),
					s.approvedChanges().amount(), s.currentBudget().amount(), s.budgetHours(), s.currentBudgetHours(),
					s.feeLabels()));
		return table;
	}

}
