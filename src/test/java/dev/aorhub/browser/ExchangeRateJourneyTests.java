package dev.aorhub.browser;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Finance sees the portfolio's annual value in dollars and euros and, beside it, the
 * dollar total: first incomplete (no euro rate yet), then complete after adding a euro
 * rate on the exchange-rates page, and incomplete again once that rate is removed.
 */
class ExchangeRateJourneyTests extends BrowserTestSupport {

	private static final String PASSWORD = "Cobalt-Tandem-Orchid-56";

	@Test
	void addsARateSeesTheBaseTotalAndLosesItWithTheRate() throws Exception {
		String email = "finance-" + UUID.randomUUID() + "@meridian.example";
		api("POST", "/api/v1/signup", null,
				Map.of("workspaceName", "Meridian & Co", "email", email, "name", "Robin Hale", "password", PASSWORD));
		String token = api("POST", "/api/v1/auth/tokens", null,
				Map.of("email", email, "password", PASSWORD, "name", "journey"))
			.get("token")
			.asString();
		String us = api("POST", "/api/v1/clients", token,
				Map.of("name", "Northwind Foods", "currency", "USD", "status", "ACTIVE"))
			.get("id")
			.asString();
		String eu = api("POST", "/api/v1/clients", token,
				Map.of("name", "Alpenglow Reisen", "currency", "EUR", "status", "ACTIVE"))
			.get("id")
			.asString();
		String category = api("GET", "/api/v1/service-categories", token, null).get("items")
			.get(0)
			.get("id")
			.asString();
		designation(token, us, category, "250000", "USD");
		designation(token, eu, category, "180000", "EUR");

		signIn(email, PASSWORD);

		this.page.navigate(url("/portfolio"));
		var annualValue = this.page.locator(".stat-card", new Page.LocatorOptions().setHasText("Annual value"));
		assertThat(annualValue).containsText("USD 250,000");
		assertThat(annualValue).containsText("EUR 180,000");
		assertThat(this.page.locator("[data-base-total]")).containsText("USD 250,000.00");
		assertThat(this.page.locator("[data-base-total]")).containsText("no rate for EUR");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Exchange rates").setExact(true))
			.click();
		this.page.getByLabel("Currency").fill("EUR");
		this.page.getByLabel("Units per one USD").fill("0,9");
		this.page.getByLabel("Valid from").fill(LocalDate.now().minusDays(30).toString());
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add")).click();
		assertThat(this.page.locator("#rate-error")).containsText("must be a number");
		screenshot("exchange-rates-form-error");
		this.page.getByLabel("Units per one USD").fill("0.9");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Added the EUR rate");
		assertThat(this.page.locator("tbody")).containsText("In force");
		screenshot("exchange-rates");

		// EUR 180,000 / 0.9 = USD 200,000, + USD 250,000.
		this.page.navigate(url("/portfolio"));
		assertThat(this.page.locator("[data-base-total]")).containsText("USD 450,000.00");
		assertThat(this.page.locator("[data-base-total]")).containsText("in USD at rates of");
		screenshot("portfolio-base-total");

		this.page.navigate(url("/exchange-rates"));
		this.page
			.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Remove the EUR rate")))
			.click();
		screenshot("exchange-rate-delete");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove the rate")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Removed the EUR rate");

		this.page.navigate(url("/portfolio"));
		assertThat(this.page.locator("[data-base-total]")).containsText("no rate for EUR");
		screenshot("portfolio-base-total-incomplete");
	}

	private void designation(String token, String client, String category, String value, String currency)
			throws Exception {
		LocalDate today = LocalDate.now();
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("clientId", client);
		request.put("categoryId", category);
		request.put("kind", "PREFERRED");
		request.put("status", "ACTIVE");
		request.put("market", "Global");
		request.put("startDate", today.minusMonths(6).toString());
		request.put("endDate", today.plusMonths(18).toString());
		request.put("annualValue", Map.of("amount", value, "currency", currency));
		api("POST", "/api/v1/designations", token, request);
	}

}
