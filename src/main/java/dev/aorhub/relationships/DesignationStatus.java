package dev.aorhub.relationships;

import java.util.EnumSet;
import java.util.Set;

import dev.aorhub.shared.Lifecycle;

/**
 * Where a designation stands. The allowed moves are the relationship's real life: a pitch
 * is won or lost, a running designation goes under review or ends, a review keeps, ends
 * or loses it; an ended or lost designation stays so (a new term is a new designation).
 */
public enum DesignationStatus implements Lifecycle<DesignationStatus> {

	PITCHING("Pitching"), ACTIVE("Active"), UNDER_REVIEW("Under review"), ENDED("Ended"), LOST("Lost");

	private final String label;

	DesignationStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

	@Override
	public String subject() {
		return "designation";
	}

	/** The statuses this one may change to. */
	@Override
	public Set<DesignationStatus> next() {
		return switch (this) {
			case PITCHING -> EnumSet.of(ACTIVE, LOST);
			case ACTIVE -> EnumSet.of(UNDER_REVIEW, ENDED);
			case UNDER_REVIEW -> EnumSet.of(ACTIVE, ENDED, LOST);
			case ENDED, LOST -> EnumSet.noneOf(DesignationStatus.class);
		};
	}

	/**
	 * Pitching, active or under review: the designation holds (or claims) the business,
	 * so it counts for exclusivity.
	 */
	public boolean isLive() {
		return this == PITCHING || this == ACTIVE || this == UNDER_REVIEW;
	}

	/** A new term is a new designation. */
	@Override
	public String finalStatusAdvice() {
		return "record a new designation instead";
	}

}
