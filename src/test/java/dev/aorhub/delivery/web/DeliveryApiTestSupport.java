package dev.aorhub.delivery.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.AgencyRecordsTestSupport;
import tools.jackson.databind.JsonNode;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small builders for the campaigns and tasks API tests: a client with a designation and a
 * SOW for 2026 under it, and campaign and task requests that a test overrides with
 * {@link #with}.
 */
abstract class DeliveryApiTestSupport extends AgencyRecordsTestSupport {

	/** A client's records a campaign runs under. */
	record Account360(UUID clientId, UUID designationId, UUID msaId, UUID sowId) {
	}

	/**
	 * A USD client with an active creative designation (2026–2027) and a SOW from 1 March
	 * to 31 December 2026 under it.
	 */
	protected Account360 clientWithSow(Account account, String name) {
		UUID client = client(account, name);
		UUID designation = designation(account, client, "Creative", "2026-01-01", "2027-12-31", "250000.00", "USD");
		UUID msa = msa(account, client, "2026-01-01", "2027-12-31");
		UUID sow = sow(account, msa, designation, "Brand campaign 2026", "2026-03-01", "2026-12-31");
		return new Account360(client, designation, msa, sow);
	}

	protected UUID sow(Account account, UUID msaId, UUID designationId, String title, String startDate,
			String endDate) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("msaId", msaId);
		request.put("designationId", designationId);
		request.put("title", title);
		request.put("startDate", startDate);
		request.put("endDate", endDate);
		request.put("budget", Map.of("amount", "50000.00", "currency", "USD"));
		request.put("budgetHours", 300);
		request.put("fees", List.of(Map.of("type", "FIXED", "milestones",
				List.of(Map.of("name", "Launch", "amount", Map.of("amount", "50000.00", "currency", "USD"))))));
		return created("/api/v1/sows", account, request);
	}

	protected static Map<String, Object> campaign(UUID sowId, String name) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("sowId", sowId);
		request.put("name", name);
		request.put("startDate", "2026-04-01");
		request.put("endDate", "2026-06-30");
		request.put("budget", Map.of("amount", "40000.00", "currency", "USD"));
		return request;
	}

	protected static Map<String, Object> task(UUID campaignId, String title) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("campaignId", campaignId);
		request.put("title", title);
		return request;
	}

	protected static Map<String, Object> with(Map<String, Object> request, Object... pairs) {
		Map<String, Object> copy = new LinkedHashMap<>(request);
		for (int i = 0; i < pairs.length; i += 2) {
			copy.put((String) pairs[i], pairs[i + 1]);
		}
		return copy;
	}

	protected JsonNode create(String path, Account account, Map<String, Object> request) {
		MvcTestResult result = postJson(path, account, request);
		assertThat(result).as(text(result)).hasStatus(201);
		return body(result);
	}

	protected UUID createCampaign(Account account, Map<String, Object> request) {
		return UUID.fromString(create("/api/v1/campaigns", account, request).get("id").asString());
	}

	protected UUID createTask(Account account, Map<String, Object> request) {
		return UUID.fromString(create("/api/v1/tasks", account, request).get("id").asString());
	}

	/** The audit log's actions for one record, oldest first. */
	protected List<String> auditActions(Account account, UUID entityId) {
		List<String> actions = new java.util.ArrayList<>();
		body(get("/api/v1/audit?entityId=" + entityId + "&sort=occurredAt,asc", account)).path("items")
			.forEach((item) -> actions.add(item.path("action").asString()));
		return actions;
	}

	protected List<String> ids(MvcTestResult list) {
		List<String> ids = new java.util.ArrayList<>();
		body(list).path("items").forEach((item) -> ids.add(item.path("id").asString()));
		return ids;
	}

}
