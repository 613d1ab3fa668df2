package dev.aorhub.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An amount of one currency, rounded half-even at the currency's scale (cents for USD,
 * none for JPY). In JSON: {@code {"amount": "1234.50", "currency": "USD"}}, the amount a
 * string so no client reads it as a binary float.
 */
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
		Currency currency) implements Comparable<Money> {

	public Money {
		if (amount == null || currency == null) {
			throw new IllegalArgumentException("amount and currency are required");
		}
		amount = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
	}

	public static Money of(String amount, String currency) {
		return new Money(new BigDecimal(amount), Currency.getInstance(currency));
	}

	public static Money zero(Currency currency) {
		return new Money(BigDecimal.ZERO, currency);
	}

	public Money plus(Money other) {
		requireSameCurrency(other);
		return new Money(this.amount.add(other.amount), this.currency);
	}

	public Money minus(Money other) {
		requireSameCurrency(other);
		return new Money(this.amount.subtract(other.amount), this.currency);
	}

	public Money times(BigDecimal factor) {
		return new Money(this.amount.multiply(factor), this.currency);
	}

	/** Not a JSON property: money is only its amount and currency. */
	@JsonIgnore
	public boolean isNegative() {
		return this.amount.signum() < 0;
	}

	@Override
	public int compareTo(Money other) {
		requireSameCurrency(other);
		return this.amount.compareTo(other.amount);
	}

	private void requireSameCurrency(Money other) {
		if (!this.currency.equals(other.currency)) {
			throw new IllegalArgumentException("cannot combine " + this.currency + " with " + other.currency);
		}
	}

	/** For people: {@code USD 1,234.50}. */
	public String display() {
		return this.currency.getCurrencyCode() + " "
				+ String.format(Locale.ENGLISH, "%,." + this.currency.getDefaultFractionDigits() + "f", this.amount);
	}

	@Override
	public String toString() {
		return this.amount.toPlainString() + " " + this.currency.getCurrencyCode();
	}

}
