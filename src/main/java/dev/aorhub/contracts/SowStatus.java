package dev.aorhub.contracts;

import java.util.EnumSet;
import java.util.Set;

import dev.aorhub.shared.Lifecycle;

/**
 * Where a statement of work stands. A draft is approved internally and sent; the client
 * approves it (or declines, which returns it to draft); approved work becomes active and
 * completes. Anything not yet complete can be cancelled.
 */
public enum SowStatus implements Lifecycle<SowStatus> {

	DRAFT("Draft"), SENT("Sent"), APPROVED("Approved"), ACTIVE("Active"), COMPLETED("Completed"),
	CANCELLED("Cancelled");

	private final String label;

	SowStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

	@Override
	public String subject() {
		return "SOW";
	}

	@Override
	public Set<SowStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(SENT, CANCELLED);
			case SENT -> EnumSet.of(APPROVED, DRAFT, CANCELLED);
			case APPROVED -> EnumSet.of(ACTIVE, CANCELLED);
			case ACTIVE -> EnumSet.of(COMPLETED, CANCELLED);
			case COMPLETED, CANCELLED -> EnumSet.noneOf(SowStatus.class);
		};
	}

	/** Approved by the client: budget, fees and term change only by change orders. */
	public boolean isCommitted() {
		return this == APPROVED || this == ACTIVE || this == COMPLETED;
	}

}
