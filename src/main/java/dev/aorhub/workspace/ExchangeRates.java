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

}
