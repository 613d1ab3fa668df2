package dev.aorhub.workspace.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.Map;
import java.util.TreeSet;

import dev.aorhub.shared.Money;
import dev.aorhub.workspace.BaseCurrencyTotal;

/**
 * The arithmetic of a base-currency total. A rate says how many units of a currency one
 * unit of the base currency buys, so an amount converts as {@code amount / rate}. Each
 * quotient keeps 20 significant digits and the sum is rounded once, half-even, to the
 * base currency's minor units: rounding once keeps the per-currency remainders from
 * adding up, and half-even (as {@link Money} rounds) does not drift upwards over many
 * totals the way half-up does.
 */
public final class BaseCurrencyConversion {

	private static final MathContext QUOTIENT = new MathContext(20, RoundingMode.HALF_EVEN);

	private BaseCurrencyConversion() {
	}

	/**
	 * The total of {@code amounts} in {@code base}; {@code rates} holds the rate valid on
	 * {@code date} of each currency that has one (the base currency needs none).
	 */
	public static BaseCurrencyTotal convert(Currency base, Collection<Money> amounts, Map<Currency, BigDecimal> rates,
			LocalDate date) {
		BigDecimal total = BigDecimal.ZERO;
		var missing = new TreeSet<Currency>(Comparator.comparing(Currency::getCurrencyCode));
		for (Money amount : amounts) {
			if (amount.currency().equals(base)) {
				total = total.add(amount.amount());
				continue;
			}
			BigDecimal rate = rates.get(amount.currency());
			if (rate == null || rate.signum() <= 0) {
				missing.add(amount.currency());
				continue;
			}
			total = total.add(amount.amount().divide(rate, QUOTIENT));
		}
		return new BaseCurrencyTotal(
				new Money(total.setScale(base.getDefaultFractionDigits(), RoundingMode.HALF_EVEN), base), date,
				java.util.List.copyOf(missing));
	}

}
