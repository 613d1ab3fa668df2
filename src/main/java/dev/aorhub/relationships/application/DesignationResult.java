package dev.aorhub.relationships.application;

import java.util.List;

import dev.aorhub.relationships.domain.Designation;

/**
 * A designation as a change left it, with what deserves attention.
 */
public record DesignationResult(Designation designation, List<Warning> warnings) {

	public DesignationResult {
		warnings = List.copyOf(warnings);
	}

}
