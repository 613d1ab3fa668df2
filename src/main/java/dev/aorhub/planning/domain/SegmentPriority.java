package dev.aorhub.planning.domain;

/** How much of the plan's effort an audience segment gets. */
public enum SegmentPriority {

	HIGH("High"), MEDIUM("Medium"), LOW("Low");

	private final String label;

	SegmentPriority(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
