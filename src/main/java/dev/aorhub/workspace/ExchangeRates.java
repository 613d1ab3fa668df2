package dev.aorhub.workspace;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

import dev.aorhub.shared.Money;

/**
 * Converts money in several currencies to the workspace's base currency with the
 * workspace's dated exchange rates, for totals that add up a roll-up's currencies. Each
 * currency converts at its latest rate valid on the figure's date; the base currency at
 * 1; a currency without a rate on that date is not guessed but named in the answer.
 */
public interface ExchangeRates {

	/** The amounts' total in the base currency at the rates valid on {@code date}. */
	BaseCurrencyTotal toBaseCurrency(UUID workspaceId, Collection<Money> amounts, LocalDate date);

	/**
	 * The base-currency total to show beside a roll-up's per-currency totals; null when
	 * there is nothing to convert (no amounts, or all of them in the base currency).
	 */
	default BaseCurrencyTotal besideRollUp(UUID workspaceId, Collection<Money> amounts, LocalDate date) {
		if (amounts.isEmpty()) {
			return null;
		}
		BaseCurrencyTotal total = toBaseCurrency(workspaceId, amounts, date);
		return amounts.stream().allMatch((amount) -> amount.currency().equals(total.baseCurrency())) ? null : total;
	}

}
