package dev.aorhub.planning.web;

import java.util.List;

import dev.aorhub.shared.export.TableExport;

/**
 * Strategic plans as spreadsheets: the same columns for the API and the pages.
 */
final class PlanExports {

	private PlanExports() {
	}

	static TableExport plans(List<PlanQueries.Row> rows) {
		var table = new TableExport("Strategic plans", List.of("Title", "Client", "Designation", "Version", "Current",
				"Status", "Competitors", "Milestones", "Shared", "Approved", "Approved by", "Updated", "Id"));
		rows.forEach((row) -> table.row(row.title(), row.clientName(), row.designationLabel(), row.planVersion(),
				row.current() ? "yes" : "no", row.status().name(), row.competitorCount(), row.milestoneCount(),
				(row.sharedAt() != null) ? row.sharedAt().toString() : null,
				(row.approvedAt() != null) ? row.approvedAt().toString() : null, row.approvedByName(),
				(row.updatedAt() != null) ? row.updatedAt().toString() : null, row.id().toString()));
		return table;
	}

}
