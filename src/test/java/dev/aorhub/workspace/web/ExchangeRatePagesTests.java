package dev.aorhub.workspace.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.aorhub.ApiTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

class ExchangeRatePagesTests extends ApiTestSupport {

	@Test
	void aRejectedRateShowsEachMessageBesideItsField() {
		Account admin = signUp();
		MvcTestResult result = postForm("/exchange-rates", admin,
				Map.of("currency", "EUX", "rate", "abc", "validFrom", ""));

		assertThat(result).hasStatus(200);
		String page = text(result);
		assertThat(page).contains("Please correct the 3 fields marked below.")
			.contains("id=\"currency-error\">must be an ISO 4217 currency code")
			.contains("id=\"rate-error\">must be a number")
			.contains("id=\"validFrom-error\">is required")
			.contains("value=\"abc\"");
	}

	@Test
	void aSecondRateOfTheSameCurrencyAndDayIsRefusedBesideTheDate() {
		Account admin = signUp();
		Map<String, String> form = Map.of("currency", "EUR", "rate", "0.92", "validFrom", "2026-11-01");
		assertThat(postForm("/exchange-rates", admin, form)).hasStatus(302);

		MvcTestResult again = postForm("/exchange-rates", admin, form);
		assertThat(again).hasStatus(200);
		assertThat(text(again)).contains("id=\"validFrom-error\">A EUR rate from 1 Nov 2026 exists already");
		assertThat(text(getPage("/exchange-rates", admin))).contains("0.92").contains("In force");
	}

	@Test
	void aViewerSeesTheRatesButNoFormsAndCannotPost() {
		Account admin = signUp();
		Account viewer = createUser(admin, "VIEWER");
		postForm("/exchange-rates", admin, Map.of("currency", "GBP", "rate", "0.7531", "validFrom", "2026-11-02"));

		String page = text(getPage("/exchange-rates", viewer));
		assertThat(page).contains("0.7531").doesNotContain("Add a rate").doesNotContain("Import from CSV");
		assertThat(postForm("/exchange-rates", viewer,
				Map.of("currency", "EUR", "rate", "0.92", "validFrom", "2026-11-02")))
			.hasStatus(403);
	}

	@Test
	void anImportWithABadRowListsItsLinesAndImportsNothing() {
		Account admin = signUp();
		String csv = "currency,rate,valid_from\nEUR,0.92,2026-07-01\nGBP,-2,2026-07-01\n";
		MvcTestResult result = signedIn(admin, this.mvc.post().uri("/exchange-rates/import")).multipart()
			.file(new MockMultipartFile("file", "rates.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.exchange();

		assertThat(result).hasStatus(200);
		assertThat(text(result)).contains("1 of 2 rows have problems; nothing was imported.")
			.contains("Line 3")
			.contains("rate must be more than 0")
			.contains("No exchange rates yet");
	}

	@Test
	void theRenewalPipelineShowsItsValueAtStakeInTheBaseCurrency() {
		Account admin = signUp();
		String category = body(get("/api/v1/service-categories", admin)).get("items").get(0).get("id").asString();
		designation(admin, client(admin, "Fjord Telecom", "EUR"), category, "120000", "EUR");
		designation(admin, client(admin, "Prairie Mills", "USD"), category, "50000", "USD");

		assertThat(text(getPage("/renewals", admin))).contains("no rate for EUR on");
		postForm("/exchange-rates", admin,
				Map.of("currency", "EUR", "rate", "0.8", "validFrom", LocalDate.now().minusYears(1).toString()));

		// EUR 120,000 / 0.8 = USD 150,000, + USD 50,000.
		String page = text(getPage("/renewals", admin));
		assertThat(page).contains("USD 200,000.00").contains("in USD at rates of");
	}

	private String client(Account admin, String name, String currency) {
		MvcTestResult result = postJson("/api/v1/clients", admin,
				Map.of("name", name, "currency", currency, "status", "ACTIVE"));
		assertThat(result).hasStatus(201);
		return body(result).get("id").asString();
	}

	private void designation(Account admin, String client, String category, String value, String currency) {
		LocalDate today = LocalDate.now();
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("clientId", client);
		request.put("categoryId", category);
		request.put("kind", "PREFERRED");
		request.put("status", "ACTIVE");
		request.put("market", "Global");
		request.put("startDate", today.minusYears(1).toString());
		request.put("endDate", today.plusMonths(3).toString());
		request.put("annualValue", Map.of("amount", value, "currency", currency));
		assertThat(postJson("/api/v1/designations", admin, request)).hasStatus(201);
	}

}
