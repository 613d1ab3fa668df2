package dev.aorhub.contracts;

/**
 * A change order is proposed, then approved or rejected once and for all.
 */
public enum ChangeOrderStatus {

	PROPOSED("Proposed"), APPROVED("Approved"), REJECTED("Rejected");

	private final String label;

	ChangeOrderStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
