package dev.aorhub.planning.domain;

/** Where a roadmap milestone stands; a milestone in danger of slipping is at risk. */
public enum MilestoneStatus {

	PLANNED("Planned"), IN_PROGRESS("In progress"), DONE("Done"), AT_RISK("At risk");

	private final String label;

	MilestoneStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
