package dev.aorhub.contracts.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.ApiTestSupport;
import tools.jackson.databind.JsonNode;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small builders for the contracts API tests: clients through the clients API, MSAs and
 * SOWs with sensible defaults that a test overrides with {@link #with}.
 */
abstract class ContractsApiTestSupport extends ApiTestSupport {

	protected UUID createClient(Account account, String name) {
		return createClient(account, name, "USD", List.of());
	}

	protected UUID createClient(Account account, String name, String currency, List<UUID> competitorIds) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("name", name);
		request.put("currency", currency);
		request.put("status", "ACTIVE");
		request.put("competitors", competitorIds.stream().map((id) -> Map.of("clientId", id)).toList());
		MvcTestResult result = postJson("/api/v1/clients", account, request);
		assertThat(result).as(text(result)).hasStatus(201);
		return id(result);
	}

	/** A contact of the client, through the clients API. */
	protected UUID createContact(Account account, UUID clientId, String name, String title) {
		MvcTestResult result = postJson("/api/v1/clients/" + clientId + "/contacts", account,
				Map.of("name", name, "title", title, "email", name.toLowerCase().replace(' ', '.') + "@client.example",
						"level", "EXECUTIVE"));
		assertThat(result).as(text(result)).hasStatus(201);
		return id(result);
	}

	/** A verb posted with no body at all, as the API allows. */
	protected MvcTestResult postWithoutBody(String path, Account account) {
		return as(account, this.mvc.post().uri(path)).exchange();
	}

	protected static Map<String, Object> money(String amount, String currency) {
		return Map.of("amount", amount, "currency", currency);
	}

	protected static Map<String, Object> usd(String amount) {
		return money(amount, "USD");
	}

	/** A two-year MSA from 2026 with default terms. */
	protected static Map<String, Object> msa(UUID clientId) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("clientId", clientId);
		request.put("title", "Master services agreement 2026");
		request.put("effectiveDate", "2026-01-01");
		request.put("expiryDate", "2027-12-31");
		request.put("paymentTermsDays", 45);
		request.put("rateCardId", null);
		request.put("discountPercent", "10.0");
		return request;
	}

	/** A draft SOW for 2026 with one retainer. */
	protected static Map<String, Object> sow(UUID msaId) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("msaId", msaId);
		request.put("designationId", null);
		request.put("title", "Brand campaign 2026");
		request.put("startDate", "2026-03-01");
		request.put("endDate", "2026-12-31");
		request.put("budget", usd("120000.00"));
		request.put("budgetHours", 800);
		request.put("fees", List.of(retainer()));
		return request;
	}

	protected static Map<String, Object> retainer() {
		Map<String, Object> fee = new LinkedHashMap<>();
		fee.put("type", "RETAINER");
		fee.put("monthlyFee", usd("12000.00"));
		fee.put("includedHours", 80);
		fee.put("rollover", "NEXT_MONTH");
		fee.put("overageRate", usd("150.00"));
		return fee;
	}

	protected static Map<String, Object> with(Map<String, Object> request, Object... pairs) {
		Map<String, Object> copy = new LinkedHashMap<>(request);
		for (int i = 0; i < pairs.length; i += 2) {
			copy.put((String) pairs[i], pairs[i + 1]);
		}
		return copy;
	}

	protected UUID id(MvcTestResult result) {
		return UUID.fromString(body(result).get("id").asString());
	}

	protected JsonNode create(String path, Account account, Map<String, Object> request) {
		MvcTestResult result = postJson(path, account, request);
		assertThat(result).as(text(result)).hasStatus(201);
		return body(result);
	}

	protected UUID createMsa(Account account, Map<String, Object> request) {
		return UUID.fromString(create("/api/v1/msas", account, request).get("id").asString());
	}

	protected UUID createSow(Account account, Map<String, Object> request) {
		return UUID.fromString(create("/api/v1/sows", account, request).get("id").asString());
	}

	protected MvcTestResult verb(String path, Account account) {
		return postJson(path, account, Map.of());
	}

	/** An approved SOW: approved internally, sent, and approved by the client. */
	protected UUID approvedSow(Account account, UUID msaId) {
		UUID sowId = createSow(account, sow(msaId));
		assertThat(verb("/api/v1/sows/" + sowId + "/internal-approval", account)).hasStatus(200);
		assertThat(verb("/api/v1/sows/" + sowId + "/send", account)).hasStatus(200);
		assertThat(postJson("/api/v1/sows/" + sowId + "/approve", account,
				Map.of("approverName", "Carla Client", "comment", "Looks right")))
			.hasStatus(200);
		return sowId;
	}

	protected Map<String, UUID> categories(Account account) {
		Map<String, UUID> byName = new LinkedHashMap<>();
		body(get("/api/v1/service-categories?size=100", account)).get("items")
			.forEach((item) -> byName.put(item.get("name").asString(), UUID.fromString(item.get("id").asString())));
		return byName;
	}

	protected List<String> warningCodes(JsonNode node) {
		List<String> codes = new ArrayList<>();
		node.path("warnings").forEach((warning) -> codes.add(warning.get("code").asString()));
		return codes;
	}

	/** A page request of the account's user, signed in through the login form. */

	protected String page(String path, Account account) {
		MvcTestResult result = getPage(path, account);
		assertThat(result).as(path).hasStatus(200);
		return text(result);
	}

}
