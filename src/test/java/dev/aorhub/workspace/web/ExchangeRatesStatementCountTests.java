package dev.aorhub.workspace.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.aorhub.ApiTestSupport;
import dev.aorhub.SqlStatementCounter;
import dev.aorhub.shared.Money;
import dev.aorhub.workspace.BaseCurrencyTotal;
import dev.aorhub.workspace.ExchangeRates;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A base-currency total is one statement however many currencies it converts: the base
 * currency and every currency's rate on the date come from one query.
 */
@Import(SqlStatementCounter.Configuration.class)
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class ExchangeRatesStatementCountTests extends ApiTestSupport {

	@Autowired
	private SqlStatementCounter counter;

	@Autowired
	private ExchangeRates exchangeRates;

	@Test
	void convertsEveryCurrencyInOneStatement() {
		Account admin = signUp();
		for (String currency : List.of("EUR", "GBP", "CAD", "JPY")) {
			assertThat(postJson("/api/v1/exchange-rates", admin,
					Map.of("currency", currency, "rate", "2", "validFrom", "2026-01-01")))
				.hasStatus(201);
		}
		List<Money> amounts = List.of(Money.of("10", "EUR"), Money.of("10", "GBP"), Money.of("10", "CAD"),
				Money.of("10", "JPY"), Money.of("10", "CHF"), Money.of("10", "USD"));

		SqlStatementCounter.Counted<BaseCurrencyTotal> counted = this.counter
			.count(() -> this.exchangeRates.toBaseCurrency(admin.workspaceId(), amounts, LocalDate.of(2026, 12, 2)));

		assertThat(counted.count()).as(counted.listing()).isEqualTo(1);
		// EUR, GBP, CAD and JPY 10 / 2 = 5 each, + USD 10; CHF has no rate.
		assertThat(counted.result().total()).isEqualTo(Money.of("30.00", "USD"));
		assertThat(counted.result().missingRates()).extracting(java.util.Currency::getCurrencyCode)
			.containsExactly("CHF");
	}

}
