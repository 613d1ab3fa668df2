package dev.aorhub.contracts.domain;

/**
 * What a performance fee pays for: each lead or acquisition at a unit fee, or a share of
 * attributed revenue.
 */
public enum PerformanceMetric {

	LEAD("lead"), ACQUISITION("acquisition"), REVENUE("revenue");

	private final String noun;

	PerformanceMetric(String noun) {
		this.noun = noun;
	}

	public String noun() {
		return this.noun;
	}

	public boolean paysPerUnit() {
		return this != REVENUE;
	}

}
