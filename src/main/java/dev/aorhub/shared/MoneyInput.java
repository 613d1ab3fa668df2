package dev.aorhub.shared;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/**
 * Money as a request sends it, checked field by field so a bad amount is a 422 naming
 * {@code annualValue.amount} rather than an unreadable body.
 */
public record MoneyInput(String amount, String currency) {

	public static MoneyInput of(Money money) {
		return (money != null) ? new MoneyInput(money.amount().toPlainString(), money.currency().getCurrencyCode())
				: null;
	}

	/**
	 * The money, or null when the input is absent or invalid (then a problem is added
	 * under {@code field}). Negative amounts are refused unless {@code allowNegative}.
	 */
	public Money toMoney(String field, boolean allowNegative, InvalidInputException.Collector problems) {
		BigDecimal value;
		try {
			value = new BigDecimal(this.amount.strip());
		}
		catch (RuntimeException ex) {
			problems.add(field + ".amount", "must be a decimal number such as 1234.50");
			return null;
		}
		Currency code;
		try {
			code = Currency.getInstance(this.currency.strip().toUpperCase(Locale.ROOT));
		}
		catch (RuntimeException ex) {
			problems.add(field + ".currency", "must be an ISO 4217 currency code such as USD");
			return null;
		}
		if (!allowNegative && value.signum() < 0) {
			problems.add(field + ".amount", "must not be negative");
			return null;
		}
		if (value.abs().compareTo(new BigDecimal("1000000000000")) >= 0) {
			problems.add(field + ".amount", "is too large");
			return null;
		}
		return new Money(value, code);
	}

}
