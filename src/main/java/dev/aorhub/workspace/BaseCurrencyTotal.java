package dev.aorhub.workspace;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.aorhub.shared.Money;

/**
 * A roll-up's total in the workspace's base currency at the rates of {@code date}. When a
 * currency of the roll-up has no rate on that date, {@code total} leaves it out and
 * {@code missingRates} names it: the total is then incomplete, never a guess.
 */
public record BaseCurrencyTotal(Money total, LocalDate date, List<Currency> missingRates) {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	public BaseCurrencyTotal {
		missingRates = List.copyOf(missingRates);
	}

	public Currency baseCurrency() {
		return this.total.currency();
	}

	/** Whether every currency had a rate, so the total counts every amount. */
	public boolean complete() {
		return this.missingRates.isEmpty();
	}

	/** For people: {@code USD 1,234,567.00}. */
	public String label() {
		return this.total.display();
	}

	/**
	 * What the figure is and where it falls short: {@code in USD at rates of 2 Dec 2026},
	 * or {@code in USD — no rate for JPY on 2 Dec 2026}.
	 */
	public String note() {
		String base = "in " + baseCurrency().getCurrencyCode();
		if (complete()) {
			return base + " at rates of " + DATE.format(this.date);
		}
		return base + " — no rate for "
				+ this.missingRates.stream().map(Currency::getCurrencyCode).collect(Collectors.joining(", ")) + " on "
				+ DATE.format(this.date);
	}

}
