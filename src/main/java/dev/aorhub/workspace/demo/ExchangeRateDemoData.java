package dev.aorhub.workspace.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.aorhub.workspace.DemoWorkspaceCreated;
import dev.aorhub.workspace.application.ExchangeRateRequest;
import dev.aorhub.workspace.application.ExchangeRateService;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Exchange rates for the demo clients' currencies (euros and pounds besides the agency's
 * dollars): a rate from mid-year and a newer one from November, so the portfolio and the
 * renewal pipeline show a dollar total and the rate page shows a history.
 */
@Component
class ExchangeRateDemoData {

	private static final List<ExchangeRateRequest> RATES = List.of(
			new ExchangeRateRequest("EUR", new BigDecimal("0.9182"), LocalDate.of(2026, 7, 1), null),
			new ExchangeRateRequest("EUR", new BigDecimal("0.8645"), LocalDate.of(2026, 11, 2), null),
			new ExchangeRateRequest("GBP", new BigDecimal("0.7814"), LocalDate.of(2026, 7, 1), null),
			new ExchangeRateRequest("GBP", new BigDecimal("0.7531"), LocalDate.of(2026, 11, 2), null));

	private final ExchangeRateService rates;

	ExchangeRateDemoData(ExchangeRateService rates) {
		this.rates = rates;
	}

	@EventListener
	@Order(5)
	void onDemoWorkspaceCreated(DemoWorkspaceCreated event) {
		RATES.forEach((rate) -> this.rates.create(event.admin(), rate, List.of()));
	}

}
