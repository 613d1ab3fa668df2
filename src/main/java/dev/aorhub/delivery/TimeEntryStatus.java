package dev.aorhub.delivery;

import java.util.EnumSet;
import java.util.Set;

import dev.aorhub.shared.Lifecycle;

/**
 * Where a time entry stands: a person drafts and submits their week, an account lead or
 * admin approves it (then it is locked), billing invoices it. An admin can reopen a
 * submitted or approved entry, with a reason, back to draft.
 */
public enum TimeEntryStatus implements Lifecycle<TimeEntryStatus> {

	DRAFT("Draft"), SUBMITTED("Submitted"), APPROVED("Approved"), INVOICED("Invoiced");

	private final String label;

	TimeEntryStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

	@Override
	public String subject() {
		return "time entry";
	}

	@Override
	public Set<TimeEntryStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(SUBMITTED);
			case SUBMITTED -> EnumSet.of(APPROVED, DRAFT);
			case APPROVED -> EnumSet.of(INVOICED, DRAFT);
			case INVOICED -> EnumSet.noneOf(TimeEntryStatus.class);
		};
	}

	/** Only a draft may be edited or deleted; anything else answers 409. */
	public boolean isEditable() {
		return this == DRAFT;
	}

	@Override
	public String finalStatusAdvice() {
		return "an invoiced entry is corrected by a credit note";
	}

}
