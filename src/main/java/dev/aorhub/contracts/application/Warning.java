package dev.aorhub.contracts.application;

import java.util.List;

import dev.aorhub.contracts.domain.FeesWithinBudget;
import dev.aorhub.contracts.domain.Sow;

/**
 * Something about a contract that deserves attention though nothing forbids it, answered
 * beside it in the API's {@code warnings} and shown on its page:
 * {@code FEES_EXCEED_BUDGET}.
 */
public record Warning(String code, String message) {

	/** The SOW's fees commit more than its budget. */
	public static final String FEES_EXCEED_BUDGET = "FEES_EXCEED_BUDGET";

	/** What deserves attention about the SOW as it stands. */
	public static List<Warning> of(Sow sow) {
		return FeesWithinBudget.check(sow)
			.map((excess) -> List.of(new Warning(FEES_EXCEED_BUDGET, excess.message())))
			.orElse(List.of());
	}

}
