package dev.aorhub.relationships;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Whether a contract forbids us to work for a competitor: implemented by the module that
 * owns contracts (an MSA's non-compete clause). Without an implementation nothing is
 * blocked and competitor conflicts are only warnings.
 */
public interface NonCompeteCheck {

	/**
	 * True when our contract with {@code competitorClientId} has a non-compete for the
	 * category that covers any day of {@code from}..{@code to} ({@code to} null is
	 * open-ended).
	 */
	boolean nonCompeteBlocks(UUID workspaceId, UUID competitorClientId, UUID categoryId, LocalDate from, LocalDate to);

}
