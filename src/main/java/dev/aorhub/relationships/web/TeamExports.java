package dev.aorhub.relationships.web;

import java.time.LocalDate;
import java.util.List;

import dev.aorhub.shared.export.TableExport;

/**
 * The team allocation as a spreadsheet: one row per person and commitment (a person on no
 * team has one row without one), for the page's and the API's export alike.
 */
final class TeamExports {

	private TeamExports() {
	}

	static TableExport table(List<TeamQueries.StaffAllocation> staff, LocalDate today) {
		var table = new TableExport("Team allocation",
				List.of("Person", "E-mail", "Today %", "Peak ahead %", "Over-allocated", "Client", "Category", "Market",
						"Role", "Allocation %", "Dedicated", "From", "Until", "Current"));
		for (TeamQueries.StaffAllocation s : staff) {
			if (s.assignments().isEmpty()) {
				table.row(s.user().name(), s.user().email(), s.now(), s.peak(), s.overAllocated(), null, null, null,
						null, null, null, null, null, null);
			}
			for (TeamQueries.AssignmentRow a : s.assignments()) {
				table.row(s.user().name(), s.user().email(), s.now(), s.peak(), s.overAllocated(), a.clientName(),
						a.categoryName(), a.market(), a.role(), a.allocationPercent(), a.dedicated(), a.startDate(),
						a.endDate(), a.isCurrent(today));
			}
		}
		return table;
	}

}
