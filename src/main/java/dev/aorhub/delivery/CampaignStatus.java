package dev.aorhub.delivery;

import java.util.EnumSet;
import java.util.Set;

import dev.aorhub.shared.Lifecycle;

/**
 * Where a campaign stands: planned, live (and paused between bursts), then completed.
 */
public enum CampaignStatus implements Lifecycle<CampaignStatus> {

	PLANNING("Planning"), LIVE("Live"), PAUSED("Paused"), COMPLETED("Completed");

	private final String label;

	CampaignStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

	@Override
	public String subject() {
		return "campaign";
	}

	@Override
	public Set<CampaignStatus> next() {
		return switch (this) {
			case PLANNING -> EnumSet.of(LIVE, COMPLETED);
			case LIVE -> EnumSet.of(PAUSED, COMPLETED);
			case PAUSED -> EnumSet.of(LIVE, COMPLETED);
			case COMPLETED -> EnumSet.noneOf(CampaignStatus.class);
		};
	}

}
