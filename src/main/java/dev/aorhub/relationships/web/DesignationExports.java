package dev.aorhub.relationships.web;

import java.util.List;

import dev.aorhub.shared.export.TableExport;

/**
 * Designations as a spreadsheet: the same columns for the API export and the portfolio.
 */
final class DesignationExports {

	private DesignationExports() {
	}

	static TableExport table(List<DesignationQueries.Row> rows) {
		var table = new TableExport("Designations",
				List.of("Client", "Category", "Agency", "Kind", "Status", "Market", "Scope", "Start", "End",
						"Renewal notice date", "Notice days", "Auto-renew", "Annual value", "Currency", "Account lead",
						"Id"));
		rows.forEach((row) -> table.row(row.clientName(), row.categoryName(), row.isOurs() ? "Us" : row.agencyName(),
				row.kind().name(), row.status().name(), row.market(), row.scope(), row.startDate(), row.endDate(),
				(row.renewalWindow() != null) ? row.renewalWindow().noticeDate() : null, row.renewalNoticeDays(),
				row.autoRenew(), (row.annualValue() != null) ? row.annualValue().amount() : null,
				(row.annualValue() != null) ? row.annualValue().currency().getCurrencyCode() : null, row.leadName(),
				row.id().toString()));
		return table;
	}

}
