package dev.aorhub.delivery.web;

import java.util.List;

import dev.aorhub.shared.export.TableExport;

/**
 * Campaigns and tasks as spreadsheets: the same columns for the API and the pages.
 */
final class DeliveryExports {

	private DeliveryExports() {
	}

	static TableExport campaigns(List<CampaignQueries.Row> rows) {
		var table = new TableExport("Campaigns", List.of("Name", "Client", "Designation", "SOW", "Status", "Start",
				"End", "Budget", "Currency", "Owner", "Objective", "Id"));
		rows.forEach((row) -> table.row(row.name(), row.clientName(), row.designationLabel(), row.sowNumber(),
				row.status().name(), row.startDate(), row.endDate(),
				(row.budget() != null) ? row.budget().amount() : null,
				(row.budget() != null) ? row.budget().currency().getCurrencyCode() : null, row.ownerName(),
				row.objective(), row.id().toString()));
		return table;
	}

	static TableExport tasks(List<TaskQueries.Row> rows) {
		var table = new TableExport("Tasks", List.of("Title", "Campaign", "Client", "Discipline", "Assignee",
				"Estimate hours", "Due", "Status", "Position", "Description", "Id"));
		rows.forEach((row) -> table.row(row.title(), row.campaignName(), row.clientName(), row.discipline().name(),
				row.assigneeName(), row.estimateHours(), row.dueDate(), row.status().name(), row.position(),
				row.description(), row.id().toString()));
		return table;
	}

	static TableExport creativeAssets(List<CreativeAssetQueries.Row> rows) {
		var table = new TableExport("Creative assets", List.of("Name", "Kind", "Status", "Campaign", "Client", "Brand",
				"Current version", "Approved version", "Approved by", "Review due", "Id"));
		rows.forEach((row) -> table.row(row.name(), row.kind().name(), row.status().name(), row.campaignName(),
				row.clientName(), row.brandName(), row.currentVersion(), row.approvedVersion(), row.approvedBy(),
				row.dueDate(), row.id().toString()));
		return table;
	}

}
