package dev.aorhub.planning;

import java.util.EnumSet;
import java.util.Set;

import dev.aorhub.shared.Lifecycle;

/**
 * Where a strategic plan stands: drafted, shared with the client, approved. An approved
 * plan is locked (a change starts a new version); editing a shared plan takes it back to
 * a draft, since the client has not seen the change.
 */
public enum StrategicPlanStatus implements Lifecycle<StrategicPlanStatus> {

	DRAFT("Draft"), SHARED("Shared"), APPROVED("Approved");

	private final String label;

	StrategicPlanStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

	@Override
	public String subject() {
		return "strategic plan";
	}

	@Override
	public Set<StrategicPlanStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(SHARED);
			case SHARED -> EnumSet.of(APPROVED, DRAFT);
			case APPROVED -> EnumSet.noneOf(StrategicPlanStatus.class);
		};
	}

	@Override
	public String finalStatusAdvice() {
		return "start a new version of the plan to change it";
	}

}
