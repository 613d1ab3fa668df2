package dev.aorhub.contracts.domain;

/**
 * What happens to a retainer's unused hours at the end of a month.
 */
public enum Rollover {

	/** Unused hours lapse. */
	NONE,
	/** Unused hours carry into the next month only. */
	NEXT_MONTH

}
