package dev.aorhub.contracts;

/**
 * How a SOW pays the agency; a hybrid arrangement is simply several fees on one SOW.
 */
public enum FeeType {

	RETAINER("Retainer"), TIME_AND_MATERIALS("Time and materials"), FIXED("Fixed fee"), COMMISSION("Media commission"),
	PERFORMANCE("Performance fee");

	private final String label;

	FeeType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
