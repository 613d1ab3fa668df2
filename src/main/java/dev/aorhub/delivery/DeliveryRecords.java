package dev.aorhub.delivery;

/**
 * How the audit log names the records of the delivery module, for filters on the audit
 * page and for the entries of the module's events.
 */
public final class DeliveryRecords {

	public static final String CAMPAIGN = "Campaign";

	public static final String TASK = "Task";

	public static final String TIME_ENTRY = "TimeEntry";

	public static final String TIME_RULE = "SowTimeRule";

	public static final String CAPACITY = "StaffCapacity";

	public static final String TIME_OFF = "TimeOff";

	public static final String CREATIVE_ASSET = "CreativeAsset";

	public static final String PROOF_COMMENT = "ProofComment";

	public static final String REVIEW_LINK = "ReviewLink";

	public static final String BRAND_GUIDELINE = "BrandGuideline";

	private DeliveryRecords() {
	}

}
