package dev.aorhub.planning.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.AgencyRecordsTestSupport;
import tools.jackson.databind.JsonNode;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small builders for the strategic plan tests: a client that lists its competitors, with
 * an active designation of ours, and a plan request a test overrides with {@link #with}.
 */
abstract class PlanningApiTestSupport extends AgencyRecordsTestSupport {

	/** A client and our designation there. */
	record Account360(UUID clientId, UUID designationId) {
	}

	/**
	 * A USD client listing Rivalco and Brandex as competitors, with a creative
	 * designation.
	 */
	protected Account360 clientWithDesignation(Account account, String name) {
		UUID client = created("/api/v1/clients", account, Map.of("name", name, "currency", "USD", "status", "ACTIVE",
				"competitors", List.of(Map.of("name", "Rivalco"), Map.of("name", "Brandex"))));
		UUID designation = designation(account, client, "Creative", "2026-01-01", "2027-12-31", "250000.00", "USD");
		return new Account360(client, designation);
	}

	/**
	 * A plan with two competitors, a segment, an objective, a research note and two
	 * milestones.
	 */
	protected static Map<String, Object> plan(UUID designationId, String title, UUID ownerId) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("designationId", designationId);
		request.put("title", title);
		request.put("research",
				List.of(Map.of("note", "Category grew 6% last year, led by online", "source", "Mintel 2026")));
		request.put("competitors", List.of(competitor("Rivalco", "32.5"), competitor("Brandex", "21")));
		request.put("segments",
				List.of(Map.of("name", "Urban young families", "description", "Two incomes, time-poor, buy online",
						"size", "2.4M households", "priority", "HIGH", "channels", List.of("Social", "Retail media"))));
		request.put("objectives", List.of(Map.of("text", "Lift unaided awareness from 18% to 25% by Q4")));
		List<Map<String, Object>> milestones = new ArrayList<>();
		milestones.add(milestone("Brand platform signed off", "2026-03-15", ownerId, "DONE"));
		milestones.add(milestone("Launch campaign live", "2026-06-01", ownerId, "IN_PROGRESS"));
		request.put("milestones", milestones);
		return request;
	}

	protected static Map<String, Object> competitor(String name, String share) {
		Map<String, Object> competitor = new LinkedHashMap<>();
		competitor.put("name", name);
		competitor.put("positioning", "Value leader");
		competitor.put("strengths", "Distribution");
		competitor.put("weaknesses", "Dated brand");
		competitor.put("shareOfVoicePercent", share);
		competitor.put("recentMoves", "Cut prices in Q3");
		return competitor;
	}

	protected static Map<String, Object> milestone(String name, String dueDate, UUID ownerId, String status) {
		Map<String, Object> milestone = new LinkedHashMap<>();
		milestone.put("name", name);
		milestone.put("dueDate", dueDate);
		milestone.put("ownerId", ownerId);
		milestone.put("status", status);
		return milestone;
	}

	protected static Map<String, Object> with(Map<String, Object> request, Object... pairs) {
		Map<String, Object> copy = new LinkedHashMap<>(request);
		for (int i = 0; i < pairs.length; i += 2) {
			copy.put((String) pairs[i], pairs[i + 1]);
		}
		return copy;
	}

	protected JsonNode createPlan(Account account, Map<String, Object> request) {
		MvcTestResult result = postJson("/api/v1/strategic-plans", account, request);
		assertThat(result).as(text(result)).hasStatus(201);
		return body(result);
	}

	/** The plan as the API answers it, as a map to change and PUT back. */
	@SuppressWarnings("unchecked")
	protected Map<String, Object> asRequest(JsonNode plan) {
		return this.json.convertValue(plan, LinkedHashMap.class);
	}

	/** The audit log's actions for one record, oldest first. */
	protected List<String> auditActions(Account account, UUID entityId) {
		List<String> actions = new ArrayList<>();
		body(get("/api/v1/audit?entityId=" + entityId + "&sort=occurredAt,asc", account)).path("items")
			.forEach((item) -> actions.add(item.path("action").asString()));
		return actions;
	}

	protected static UUID id(JsonNode node) {
		return UUID.fromString(node.get("id").asString());
	}

}
