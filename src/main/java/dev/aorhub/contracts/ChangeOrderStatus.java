package dev.aorhub.contracts;

import java.util.EnumSet;
import java.util.Set;

import dev.aorhub.shared.Lifecycle;

/**
 * A change order is proposed, then approved or rejected once and for all.
 */
public enum ChangeOrderStatus implements Lifecycle<ChangeOrderStatus> {

	PROPOSED("Proposed"), APPROVED("Approved"), REJECTED("Rejected");

	private final String label;

	ChangeOrderStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

	@Override
	public String subject() {
		return "change order";
	}

	@Override
	public Set<ChangeOrderStatus> next() {
		return (this == PROPOSED) ? EnumSet.of(APPROVED, REJECTED) : EnumSet.noneOf(ChangeOrderStatus.class);
	}

}
