package dev.aorhub.delivery.importing;

import java.time.LocalDate;
import java.util.List;

/**
 * What a preset read from one line, before it is matched to the workspace's people,
 * clients and SOWs. The person is named by {@code email} when the export has one, else by
 * {@code personName}; {@code sow} is a SOW named outright (our own format), which must
 * match, while {@code projectHints} are texts (a project, its code) that pick one of the
 * client's SOWs when they equal its number or title. {@code problems} are what the line
 * itself got wrong, as sentences that name the column.
 */
public record TimeImportRow(int line, LocalDate date, String email, String personName, String client, String sow,
		List<String> projectHints, Integer minutes, Boolean billable, String note, List<String> problems) {

	public TimeImportRow {
		projectHints = projectHints.stream().filter(java.util.Objects::nonNull).toList();
		problems = List.copyOf(problems);
	}

}
