package dev.aorhub.relationships.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.ApiTestSupport;
import tools.jackson.databind.JsonNode;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small builders for the relationships API tests: clients made through the clients API,
 * the seeded categories by name, and designation requests with sensible defaults.
 */
abstract class RelationshipsApiTestSupport extends ApiTestSupport {

	protected UUID createClient(Account account, String name) {
		return createClient(account, name, List.of());
	}

	protected UUID createClient(Account account, String name, List<UUID> competitorIds) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("name", name);
		request.put("currency", "USD");
		request.put("status", "ACTIVE");
		request.put("competitors", competitorIds.stream().map((id) -> Map.of("clientId", id)).toList());
		MvcTestResult result = postJson("/api/v1/clients", account, request);
		assertThat(result).hasStatus(201);
		return UUID.fromString(body(result).get("id").asString());
	}

	protected Map<String, UUID> categories(Account account) {
		Map<String, UUID> byName = new LinkedHashMap<>();
		body(get("/api/v1/service-categories?size=100", account)).get("items")
			.forEach((item) -> byName.put(item.get("name").asString(), UUID.fromString(item.get("id").asString())));
		return byName;
	}

	protected UUID category(Account account, String name) {
		UUID id = categories(account).get(name);
		assertThat(id).as("category " + name).isNotNull();
		return id;
	}

	/** An exclusive, active designation of ours for two years from 2026. */
	protected static Map<String, Object> designation(UUID clientId, UUID categoryId) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("clientId", clientId);
		request.put("categoryId", categoryId);
		request.put("agencyName", null);
		request.put("kind", "EXCLUSIVE");
		request.put("status", "ACTIVE");
		request.put("market", "Global");
		request.put("scope", "Brand creative across channels");
		request.put("startDate", "2026-01-01");
		request.put("endDate", "2027-12-31");
		request.put("renewalNoticeDays", 90);
		request.put("annualValue", Map.of("amount", "250000.00", "currency", "USD"));
		return request;
	}

	protected static Map<String, Object> with(Map<String, Object> request, Object... pairs) {
		Map<String, Object> copy = new LinkedHashMap<>(request);
		for (int i = 0; i < pairs.length; i += 2) {
			copy.put((String) pairs[i], pairs[i + 1]);
		}
		return copy;
	}

	protected JsonNode createDesignation(Account account, Map<String, Object> request) {
		MvcTestResult result = postJson("/api/v1/designations", account, request);
		assertThat(result).as(text(result)).hasStatus(201);
		return body(result);
	}

	protected List<String> warningCodes(JsonNode designation) {
		List<String> codes = new java.util.ArrayList<>();
		designation.path("warnings").forEach((warning) -> codes.add(warning.get("code").asString()));
		return codes;
	}

}
