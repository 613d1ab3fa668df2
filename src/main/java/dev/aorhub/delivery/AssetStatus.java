package dev.aorhub.delivery;

import java.util.EnumSet;
import java.util.Set;

import dev.aorhub.shared.Lifecycle;

/**
 * Where a creative asset stands in its approval. Work in progress goes to an internal
 * review; from there the agency approves it itself (work the client does not see) or
 * sends it to the client; either review approves it or asks for changes; a new version
 * takes work that needs changes back into progress. Approved is final: the approved
 * version is locked.
 */
public enum AssetStatus implements Lifecycle<AssetStatus> {

	IN_PROGRESS("In progress"), INTERNAL_REVIEW("Internal review"), CLIENT_REVIEW("Client review"),
	CHANGES_REQUESTED("Changes requested"), APPROVED("Approved");

	private final String label;

	AssetStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

	@Override
	public String subject() {
		return "creative asset";
	}

	@Override
	public Set<AssetStatus> next() {
		return switch (this) {
			case IN_PROGRESS -> EnumSet.of(INTERNAL_REVIEW);
			case INTERNAL_REVIEW -> EnumSet.of(CLIENT_REVIEW, APPROVED, CHANGES_REQUESTED);
			case CLIENT_REVIEW -> EnumSet.of(APPROVED, CHANGES_REQUESTED);
			case CHANGES_REQUESTED -> EnumSet.of(IN_PROGRESS);
			case APPROVED -> EnumSet.noneOf(AssetStatus.class);
		};
	}

	/** A review round is open in this status. */
	public boolean inReview() {
		return this == INTERNAL_REVIEW || this == CLIENT_REVIEW;
	}

	@Override
	public String finalStatusAdvice() {
		return "An approved asset is locked; start a new asset for new work.";
	}

}
