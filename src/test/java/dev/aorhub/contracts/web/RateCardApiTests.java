package dev.aorhub.contracts.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

class RateCardApiTests extends ContractsApiTestSupport {

	@Test
	void aRateCardRoundTrips() {
		Account admin = signUp();
		Map<String, Object> request = SowApiTests.rateCard("Standard");
		JsonNode card = create("/api/v1/rate-cards", admin, request);
		assertThat(card.get("name").asString()).isEqualTo("Standard");
		assertThat(card.get("currency").asString()).isEqualTo("USD");
		assertThat(card.get("effectiveFrom").asString()).isEqualTo("2026-01-01");
		assertThat(card.get("rates")).isEqualTo(this.json.valueToTree(request.get("rates")));
	}

	@Test
	void rolesAreUniquePerCardAndRatesInItsCurrency() {
		Account admin = signUp();
		MvcTestResult result = postJson("/api/v1/rate-cards", admin,
				with(SowApiTests.rateCard("Broken"), "rates",
						List.of(Map.of("role", "Designer", "hourlyRate", usd("100.00")),
								Map.of("role", " designer ", "hourlyRate", usd("110.00")),
								Map.of("role", "Analyst", "hourlyRate", money("90.00", "EUR")),
								Map.of("role", "Copywriter", "hourlyRate", usd("-5.00")))));
		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactly("rates[1].role", "rates[2].hourlyRate.currency",
				"rates[3].hourlyRate.amount");
	}

	@Test
	void aValueOfTheWrongTypeIsReportedWithEveryOtherProblem() {
		Account admin = signUp();
		MvcTestResult result = postJson("/api/v1/rate-cards", admin, with(SowApiTests.rateCard(" "), "effectiveFrom",
				"next spring", "currency", "XYZ", "rates", List.of(Map.of("hourlyRate", usd("100.00")))));
		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactlyInAnyOrder("effectiveFrom", "name", "currency",
				"rates[0].role");
	}

	@Test
	void theDefaultCardCannotBeArchivedAndAStaleUpdateIs409() {
		Account admin = signUp();
		JsonNode card = create("/api/v1/rate-cards", admin, SowApiTests.rateCard("Only"));
		String path = "/api/v1/rate-cards/" + card.get("id").asString();
		assertThat(problemType(delete(path, admin))).isEqualTo("default-required");
		assertThat(putJson(path, admin,
				with(SowApiTests.rateCard("Only, renamed"), "default", true, "version", card.get("version").asLong())))
			.hasStatus(200);
		MvcTestResult stale = putJson(path, admin,
				with(SowApiTests.rateCard("Again"), "default", true, "version", card.get("version").asLong()));
		assertThat(problemType(stale)).isEqualTo("stale-version");
		assertThat(get(path, signUp())).hasStatus(404);
	}

	@Test
	void costRatesAreForAdminsAndFinanceWithOneRatePerPersonAndDate() {
		Account admin = signUp();
		Account designer = createUser(admin, "CREATIVE");
		Map<String, Object> request = Map.of("userId", designer.userId(), "hourlyCost", usd("65.00"), "effectiveFrom",
				"2026-01-01");
		JsonNode rate = create("/api/v1/cost-rates", admin, request);
		assertThat(rate.get("hourlyCost").get("amount").asString()).isEqualTo("65.00");
		assertThat(problemFields(postJson("/api/v1/cost-rates", admin, request))).containsExactly("effectiveFrom");
		assertThat(problemFields(postJson("/api/v1/cost-rates", admin,
				Map.of("userId", UUID.randomUUID(), "hourlyCost", usd("-1.00"), "effectiveFrom", "2026-01-01"))))
			.containsExactly("userId", "hourlyCost.amount");
		assertThat(get("/api/v1/cost-rates", designer)).hasStatus(403);
		Account finance = createUser(admin, "FINANCE");
		assertThat(body(get("/api/v1/cost-rates?userId=" + designer.userId(), finance)).get("total").asInt())
			.isEqualTo(1);
		assertThat(get("/api/v1/cost-rates/export?format=csv", finance)).hasStatus(200);
		assertThat(delete("/api/v1/cost-rates/" + rate.get("id").asString(), finance)).hasStatus(204);
		assertThat(get("/api/v1/cost-rates/" + rate.get("id").asString(), admin)).hasStatus(404);
		assertThat(
				body(get("/api/v1/audit?entityId=" + rate.get("id").asString() + "&action=DELETED", admin)).get("total")
					.asLong())
			.isEqualTo(1);
	}

}
