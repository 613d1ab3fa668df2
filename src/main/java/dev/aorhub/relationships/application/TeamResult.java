package dev.aorhub.relationships.application;

import java.util.List;

import dev.aorhub.relationships.domain.TeamAssignment;

/**
 * A team assignment as a change left it, with what deserves attention (over-allocation).
 */
public record TeamResult(TeamAssignment assignment, List<Warning> warnings) {

	public TeamResult {
		warnings = List.copyOf(warnings);
	}

}
