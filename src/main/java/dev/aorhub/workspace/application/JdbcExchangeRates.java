package dev.aorhub.workspace.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import dev.aorhub.shared.Money;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.workspace.BaseCurrencyTotal;
import dev.aorhub.workspace.ExchangeRates;
import dev.aorhub.workspace.domain.BaseCurrencyConversion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Base-currency totals from the workspace's exchange rates: one query finds the base
 * currency and, for each currency of the amounts, its latest rate valid on the date.
 */
@Component
class JdbcExchangeRates implements ExchangeRates {

	private final JdbcClient jdbc;

	JdbcExchangeRates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public BaseCurrencyTotal toBaseCurrency(UUID workspaceId, Collection<Money> amounts, LocalDate date) {
		var codes = new TreeSet<String>();
		amounts.forEach((amount) -> codes.add(amount.currency().getCurrencyCode()));
		// XXX, ISO 4217 for "no currency", keeps the IN list from being empty.
		codes.add("XXX");
		String[] base = new String[1];
		Map<Currency, BigDecimal> rates = new HashMap<>();
		this.jdbc.sql("""
				SELECT w.base_currency, r.currency, r.rate
				  FROM workspace w
				  LEFT JOIN exchange_rate r ON r.workspace_id = w.id AND r.currency IN (:currencies)
				       AND r.valid_from = (SELECT max(l.valid_from) FROM exchange_rate l
				                            WHERE l.workspace_id = r.workspace_id AND l.currency = r.currency
				                              AND l.valid_from <= :date)
				 WHERE w.id = :workspaceId""")
			.param("workspaceId", workspaceId)
			.param("currencies", codes)
			.param("date", date)
			.query((rs) -> {
				base[0] = rs.getString("base_currency");
				String currency = rs.getString("currency");
				if (currency != null) {
					rates.put(Currency.getInstance(currency), rs.getBigDecimal("rate"));
				}
			});
		if (base[0] == null) {
			throw new NotFoundException("Workspace", workspaceId);
		}
		return BaseCurrencyConversion.convert(Currency.getInstance(base[0]), amounts, rates, date);
	}

}
