package dev.aorhub.contracts;

/**
 * How the audit log names the records of the contracts module, for filters on the audit
 * page and for the entries of the module's events.
 */
public final class ContractRecords {

	public static final String MSA = "MSA";

	public static final String SOW = "SOW";

	public static final String CHANGE_ORDER = "ChangeOrder";

	public static final String RATE_CARD = "RateCard";

	public static final String COST_RATE = "CostRate";

	public static final String ATTACHMENT = "Attachment";

	private ContractRecords() {
	}

}
