package dev.aorhub.workspace.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.aorhub.ApiTestSupport;
import dev.aorhub.shared.Money;
import dev.aorhub.workspace.BaseCurrencyTotal;
import dev.aorhub.workspace.ExchangeRates;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

class ExchangeRateApiTests extends ApiTestSupport {

	@Autowired
	private ExchangeRates exchangeRates;

	private static Map<String, Object> rate(String currency, Object rate, String validFrom) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("currency", currency);
		body.put("rate", rate);
		body.put("validFrom", validFrom);
		return body;
	}

	private JsonNode create(Account account, String currency, String rate, String validFrom) {
		MvcTestResult result = postJson("/api/v1/exchange-rates", account, rate(currency, rate, validFrom));
		assertThat(result).hasStatus(201);
		return body(result);
	}

	@Test
	void createsARateWithItsLocationAndReadsItBack() {
		Account admin = signUp();
		MvcTestResult created = postJson("/api/v1/exchange-rates", admin, rate("eur", "0.9215", "2026-11-01"));

		assertThat(created).hasStatus(201);
		JsonNode rate = body(created);
		assertThat(rate.get("currency").asString()).isEqualTo("EUR");
		assertThat(rate.get("rate").asString()).isEqualTo("0.9215");
		assertThat(rate.get("validFrom").asString()).isEqualTo("2026-11-01");
		String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(location).isEqualTo("/api/v1/exchange-rates/" + rate.get("id").asString());
		assertThat(body(get(location, admin)).get("rate").asString()).isEqualTo("0.9215");
		JsonNode list = body(get("/api/v1/exchange-rates?currency=EUR", admin));
		assertThat(list.get("total").asLong()).isEqualTo(1);
		assertThat(list.get("items").get(0).get("id").asString()).isEqualTo(rate.get("id").asString());
		assertThat(
				body(get("/api/v1/audit?entityId=" + rate.get("id").asString() + "&action=CREATED", admin)).get("total")
					.asLong())
			.isEqualTo(1);
	}

	@Test
	void namesEveryInvalidFieldInOneAnswer() {
		Account admin = signUp();

		assertThat(problemFields(postJson("/api/v1/exchange-rates", admin, rate("EUX", "0", null))))
			.containsExactlyInAnyOrder("currency", "rate", "validFrom");
		assertThat(problemFields(postJson("/api/v1/exchange-rates", admin, rate("EUR", "abc", "2026-13-01"))))
			.containsExactlyInAnyOrder("rate", "validFrom");
		assertThat(problemFields(postJson("/api/v1/exchange-rates", admin, rate("EUR", "0.123456789", "2026-11-01"))))
			.containsExactly("rate");
		assertThat(problemFields(postJson("/api/v1/exchange-rates", admin, rate("EUR", "-1", "2026-11-01"))))
			.containsExactly("rate");
	}

	@Test
	void refusesARateForTheBaseCurrency() {
		Account admin = signUp();
		MvcTestResult result = postJson("/api/v1/exchange-rates", admin, rate("USD", "1", "2026-11-01"));

		assertThat(problemFields(result)).containsExactly("currency");
		assertThat(text(result)).contains("base currency");
	}

	@Test
	void oneRatePerCurrencyAndDayElseConflict() {
		Account admin = signUp();
		create(admin, "EUR", "0.92", "2026-11-01");

		MvcTestResult again = postJson("/api/v1/exchange-rates", admin, rate("EUR", "0.93", "2026-11-01"));
		assertThat(again).hasStatus(409);
		assertThat(problemType(again)).isEqualTo("duplicate-exchange-rate");
		create(admin, "EUR", "0.93", "2026-11-02");
		create(admin, "GBP", "0.78", "2026-11-01");
	}

	@Test
	void updatesWithTheVersionItReadAndRefusesAStaleOne() {
		Account admin = signUp();
		JsonNode rate = create(admin, "GBP", "0.78", "2026-11-01");
		String path = "/api/v1/exchange-rates/" + rate.get("id").asString();
		Map<String, Object> change = rate("GBP", "0.7531", "2026-11-02");
		change.put("version", rate.get("version").asLong());

		MvcTestResult updated = putJson(path, admin, change);
		assertThat(updated).hasStatus(200);
		assertThat(body(updated).get("rate").asString()).isEqualTo("0.7531");
		assertThat(body(updated).get("validFrom").asString()).isEqualTo("2026-11-02");

		MvcTestResult stale = putJson(path, admin, change);
		assertThat(stale).hasStatus(409);
		assertThat(problemType(stale)).isEqualTo("stale-version");

		Map<String, Object> otherCurrency = rate("EUR", "0.9", "2026-11-02");
		otherCurrency.put("version", body(updated).get("version").asLong());
		assertThat(problemFields(putJson(path, admin, otherCurrency))).containsExactly("currency");
	}

	@Test
	void deletesAndAuditsTheRemoval() {
		Account admin = signUp();
		JsonNode rate = create(admin, "CAD", "1.39", "2026-11-01");
		String path = "/api/v1/exchange-rates/" + rate.get("id").asString();

		assertThat(delete(path, admin)).hasStatus(204);
		assertThat(get(path, admin)).hasStatus(404);
		assertThat(
				body(get("/api/v1/audit?entityId=" + rate.get("id").asString() + "&action=DELETED", admin)).get("total")
					.asLong())
			.isEqualTo(1);
	}

	@Test
	void anotherWorkspacesRateIsNotFound() {
		Account admin = signUp();
		Account other = signUp();
		String path = "/api/v1/exchange-rates/" + create(admin, "EUR", "0.92", "2026-11-01").get("id").asString();

		assertThat(get(path, other)).hasStatus(404);
		assertThat(delete(path, other)).hasStatus(404);
		assertThat(body(get("/api/v1/exchange-rates", other)).get("total").asLong()).isZero();
	}

	@Test
	void everyoneReadsButOnlyAdminsAndFinanceChangeRates() {
		Account admin = signUp();
		Account viewer = createUser(admin, "VIEWER");
		Account finance = createUser(admin, "FINANCE");
		String id = create(finance, "EUR", "0.92", "2026-11-01").get("id").asString();

		assertThat(get("/api/v1/exchange-rates/" + id, viewer)).hasStatus(200);
		assertThat(postJson("/api/v1/exchange-rates", viewer, rate("GBP", "0.78", "2026-11-01"))).hasStatus(403);
		assertThat(delete("/api/v1/exchange-rates/" + id, viewer)).hasStatus(403);
	}

	@Test
	void importsACsvAllOrNothingWithEveryBadRowByLine() {
		Account admin = signUp();
		String csv = """
				currency,rate,valid_from
				EUR,0.92,2026-07-01
				GBP,zero,2026-07-01
				USD,1,2026-07-01
				EUR,0.93,2026-07-01
				JPY,151.2,
				""";

		MvcTestResult rejected = importCsv(admin, csv);

		assertThat(rejected).hasStatus(422);
		assertThat(problemType(rejected)).isEqualTo("import-rejected");
		JsonNode problem = body(rejected);
		assertThat(problem.get("rowsRead").asInt()).isEqualTo(5);
		assertThat(problem.get("rowsImported").asInt()).isZero();
		assertThat(problem.get("rowsRejected").asInt()).isEqualTo(4);
		List<String> errors = problem.get("errors")
			.valueStream()
			.map((error) -> error.get("line").asInt() + ": " + error.get("message").asString())
			.toList();
		assertThat(errors).anySatisfy((error) -> assertThat(error).startsWith("3: rate must be a number"))
			.anySatisfy((error) -> assertThat(error).startsWith("4: currency is the workspace's base currency"))
			.anySatisfy((error) -> assertThat(error).startsWith("5: an earlier row has a EUR rate"))
			.anySatisfy((error) -> assertThat(error).isEqualTo("6: valid_from is required"));
		assertThat(body(get("/api/v1/exchange-rates", admin)).get("total").asLong()).isZero();
	}

	@Test
	void importsAGoodFileAndReimportingItChangesNothing() {
		Account admin = signUp();
		String csv = "Currency,Rate,Valid_From\r\nEUR,0.92,2026-07-01\r\nEUR,0.8645,2026-11-02\r\ngbp,0.7531,2026-11-02\r\n";

		MvcTestResult imported = importCsv(admin, csv);
		assertThat(imported).hasStatus(200);
		assertThat(body(imported).get("rowsImported").asInt()).isEqualTo(3);
		assertThat(importCsv(admin, csv)).hasStatus(200);
		assertThat(body(get("/api/v1/exchange-rates", admin)).get("total").asLong()).isEqualTo(3);

		MvcTestResult asBody = as(admin,
				this.mvc.post()
					.uri("/api/v1/exchange-rates/import")
					.contentType("text/csv")
					.content("currency,rate,valid_from\nEUR,0.87,2026-11-02\n".getBytes(StandardCharsets.UTF_8)))
			.exchange();
		assertThat(asBody).hasStatus(200);
		assertThat(body(get("/api/v1/exchange-rates?currency=EUR&sort=validFrom,desc", admin)).get("items")
			.get(0)
			.get("rate")
			.asString()).isEqualTo("0.87");
	}

	@Test
	void anImportWithoutTheColumnsNamesTheFile() {
		Account admin = signUp();

		assertThat(problemFields(importCsv(admin, "code,value\nEUR,1\n"))).containsExactly("file");
	}

	@Test
	void convertsWithTheLatestRateValidOnTheDateAndNamesCurrenciesWithoutOne() {
		Account admin = signUp();
		create(admin, "EUR", "0.80", "2026-07-01");
		create(admin, "EUR", "0.50", "2026-11-01");
		create(admin, "GBP", "0.75", "2026-12-03");
		List<Money> amounts = List.of(Money.of("100.00", "EUR"), Money.of("75.00", "GBP"), Money.of("10.00", "USD"));

		// 1 Dec: EUR 100 / 0.50 = 200, GBP's rate starts on 3 Dec, + USD 10.
		BaseCurrencyTotal december = this.exchangeRates.toBaseCurrency(admin.workspaceId(), amounts,
				LocalDate.of(2026, 12, 1));
		assertThat(december.total()).isEqualTo(Money.of("210.00", "USD"));
		assertThat(december.missingRates()).extracting(java.util.Currency::getCurrencyCode).containsExactly("GBP");

		// October: EUR 100 / 0.80 = 125; 3 Dec: GBP 75 / 0.75 = 100 too.
		assertThat(this.exchangeRates.toBaseCurrency(admin.workspaceId(), amounts, LocalDate.of(2026, 10, 15)).total())
			.isEqualTo(Money.of("135.00", "USD"));
		BaseCurrencyTotal later = this.exchangeRates.toBaseCurrency(admin.workspaceId(), amounts,
				LocalDate.of(2026, 12, 3));
		assertThat(later.total().amount()).isEqualByComparingTo(new BigDecimal("310.00"));
		assertThat(later.complete()).isTrue();
		assertThat(this.exchangeRates.besideRollUp(admin.workspaceId(), List.of(Money.of("10.00", "USD")),
				LocalDate.of(2026, 12, 3)))
			.isNull();
	}

	private MvcTestResult importCsv(Account account, String csv) {
		return this.mvc.post()
			.uri("/api/v1/exchange-rates/import")
			.multipart()
			.file(new MockMultipartFile("file", "rates.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.header(HttpHeaders.AUTHORIZATION, account.bearer())
			.exchange();
	}

}
