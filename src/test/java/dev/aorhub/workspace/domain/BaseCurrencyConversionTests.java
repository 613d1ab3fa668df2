package dev.aorhub.workspace.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import dev.aorhub.shared.Money;
import dev.aorhub.workspace.BaseCurrencyTotal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BaseCurrencyConversionTests {

	private static final Currency USD = Currency.getInstance("USD");

	private static final Currency EUR = Currency.getInstance("EUR");

	private static final Currency GBP = Currency.getInstance("GBP");

	private static final Currency JPY = Currency.getInstance("JPY");

	private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

	private static BigDecimal rate(String rate) {
		return new BigDecimal(rate);
	}

	@Test
	void dividesEachAmountByItsRateAndAddsTheBaseCurrencyAtOne() {
		// EUR 100,000 / 0.92 = 108,695.652173913...; GBP 50,000 / 0.80 = 62,500;
		// USD 250,000 at 1: 421,195.652173913... rounds to 421,195.65.
		BaseCurrencyTotal total = BaseCurrencyConversion.convert(USD,
				List.of(Money.of("100000.00", "EUR"), Money.of("50000.00", "GBP"), Money.of("250000.00", "USD")),
				Map.of(EUR, rate("0.92"), GBP, rate("0.80")), DAY);

		assertThat(total.total()).isEqualTo(Money.of("421195.65", "USD"));
		assertThat(total.complete()).isTrue();
		assertThat(total.label()).isEqualTo("USD 421,195.65");
		assertThat(total.note()).isEqualTo("in USD at rates of 2 Dec 2026");
	}

	@Test
	void namesTheCurrenciesWithoutARateAndLeavesThemOutInsteadOfGuessing() {
		BaseCurrencyTotal total = BaseCurrencyConversion.convert(USD, List.of(Money.of("1000.00", "USD"),
				Money.of("500000", "JPY"), Money.of("200.00", "GBP"), Money.of("10.00", "EUR")),
				Map.of(EUR, rate("0.5")), DAY);

		// USD 1,000 + EUR 10 / 0.5 = 1,020; JPY and GBP have no rate.
		assertThat(total.total()).isEqualTo(Money.of("1020.00", "USD"));
		assertThat(total.complete()).isFalse();
		assertThat(total.missingRates()).containsExactly(GBP, JPY);
		assertThat(total.note()).isEqualTo("in USD — no rate for GBP, JPY on 2 Dec 2026");
	}

	@Test
	void roundsHalfEvenToTheBaseCurrencysMinorUnits() {
		// 0.25 / 10 = 0.025 -> 0.02 (half-even keeps the even cent); 0.35 / 10 = 0.035 ->
		// 0.04.
		assertThat(BaseCurrencyConversion.convert(USD, List.of(Money.of("0.25", "EUR")), Map.of(EUR, rate("10")), DAY)
			.total()).isEqualTo(Money.of("0.02", "USD"));
		assertThat(BaseCurrencyConversion.convert(USD, List.of(Money.of("0.35", "EUR")), Map.of(EUR, rate("10")), DAY)
			.total()).isEqualTo(Money.of("0.04", "USD"));
	}

	@Test
	void roundsOnceOnTheTotalNotOncePerCurrency() {
		// Each EUR 0.01 / 3 = 0.00333...: rounded one by one they would add up to 0.00;
		// the total 0.00999... rounds to 0.01.
		BaseCurrencyTotal total = BaseCurrencyConversion.convert(USD,
				List.of(Money.of("0.01", "EUR"), Money.of("0.01", "GBP"), Money.of("1", "JPY")),
				Map.of(EUR, rate("3"), GBP, rate("3"), JPY, rate("300")), DAY);

		assertThat(total.total()).isEqualTo(Money.of("0.01", "USD"));
	}

	@Test
	void aBaseCurrencyWithoutMinorUnitsRoundsToWholeUnits() {
		// EUR 100 / 0.0061 = 16,393.44... yen -> JPY 16,393.
		BaseCurrencyTotal total = BaseCurrencyConversion.convert(JPY, List.of(Money.of("100.00", "EUR")),
				Map.of(EUR, rate("0.0061")), DAY);

		assertThat(total.total()).isEqualTo(Money.of("16393", "JPY"));
		assertThat(total.label()).isEqualTo("JPY 16,393");
	}

	@Test
	void theBaseCurrencyAlwaysConvertsAtOneWhateverRateIsOnFile() {
		BaseCurrencyTotal total = BaseCurrencyConversion.convert(USD, List.of(Money.of("100.00", "USD")),
				Map.of(USD, rate("2")), DAY);

		assertThat(total.total()).isEqualTo(Money.of("100.00", "USD"));
		assertThat(total.complete()).isTrue();
	}

	@Test
	void nothingToConvertIsZeroInTheBaseCurrency() {
		assertThat(BaseCurrencyConversion.convert(EUR, List.of(), Map.of(), DAY).total())
			.isEqualTo(Money.of("0.00", "EUR"));
	}

}
