package dev.aorhub.delivery.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.ApiTestSupport;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What time tests log against, made through the APIs as an agency would: a client, a
 * default rate card (a Designer at USD 140), an MSA with a 10% discount, a designation
 * with the admin on its team as Designer, and an approved SOW for 2026 under both.
 * Campaigns and tasks are rows of their own (their API is another change's).
 */
abstract class TimeApiTestSupport extends ApiTestSupport {

	@Autowired
	protected JdbcClient jdbc;

	/** An agency's records to log time against. */
	record Work(UUID clientId, UUID rateCardId, UUID msaId, UUID designationId, UUID sowId) {
	}

	protected Work work(Account admin) {
		UUID clientId = id(create("/api/v1/clients", admin,
				Map.of("name", "Client " + UUID.randomUUID(), "currency", "USD", "status", "ACTIVE")));
		Map<String, Object> card = new LinkedHashMap<>();
		card.put("name", "Standard");
		card.put("currency", "USD");
		card.put("effectiveFrom", "2026-01-01");
		card.put("effectiveTo", null);
		card.put("default", true);
		card.put("rates", List.of(Map.of("role", "Designer", "hourlyRate", usd("140.00")),
				Map.of("role", "Strategist", "hourlyRate", usd("220.00"))));
		UUID cardId = id(create("/api/v1/rate-cards", admin, card));
		Map<String, Object> msa = new LinkedHashMap<>();
		msa.put("clientId", clientId);
		msa.put("title", "Master services agreement 2026");
		msa.put("effectiveDate", "2026-01-01");
		msa.put("expiryDate", "2027-12-31");
		msa.put("paymentTermsDays", 45);
		msa.put("rateCardId", cardId);
		msa.put("discountPercent", "10.0");
		UUID msaId = id(create("/api/v1/msas", admin, msa));
		UUID categoryId = UUID.fromString(
				body(get("/api/v1/service-categories?size=100", admin)).get("items").get(0).get("id").asString());
		Map<String, Object> designation = new LinkedHashMap<>();
		designation.put("clientId", clientId);
		designation.put("categoryId", categoryId);
		designation.put("kind", "PROJECT");
		designation.put("status", "ACTIVE");
		designation.put("startDate", "2026-01-01");
		designation.put("endDate", "2027-12-31");
		UUID designationId = id(create("/api/v1/designations", admin, designation));
		team(admin, designationId, admin.userId(), "Designer", 60);
		UUID sowId = approvedSow(admin, msaId, designationId, "2026-03-01", "2026-12-31");
		return new Work(clientId, cardId, msaId, designationId, sowId);
	}

	protected void team(Account admin, UUID designationId, UUID userId, String role, int percent) {
		create("/api/v1/designations/" + designationId + "/team", admin,
				Map.of("userId", userId, "role", role, "allocationPercent", percent));
	}

	/** A SOW approved internally, sent and approved by the client. */
	protected UUID approvedSow(Account admin, UUID msaId, UUID designationId, String start, String end) {
		UUID sowId = draftSow(admin, msaId, designationId, start, end);
		assertThat(postJson("/api/v1/sows/" + sowId + "/internal-approval", admin, Map.of())).hasStatus(200);
		assertThat(postJson("/api/v1/sows/" + sowId + "/send", admin, Map.of())).hasStatus(200);
		assertThat(postJson("/api/v1/sows/" + sowId + "/approve", admin, Map.of("approverName", "Carla Client")))
			.hasStatus(200);
		return sowId;
	}

	protected UUID draftSow(Account admin, UUID msaId, UUID designationId, String start, String end) {
		Map<String, Object> sow = new LinkedHashMap<>();
		sow.put("msaId", msaId);
		sow.put("designationId", designationId);
		sow.put("title", "Brand work " + start);
		sow.put("startDate", start);
		sow.put("endDate", end);
		sow.put("budget", usd("120000.00"));
		sow.put("budgetHours", 800);
		sow.put("fees", List.of(Map.of("type", "RETAINER", "monthlyFee", usd("12000.00"), "includedHours", 80,
				"rollover", "NONE", "overageRate", usd("150.00"))));
		return id(create("/api/v1/sows", admin, sow));
	}

	/** A campaign row under the SOW (or none), with one task. */
	protected UUID[] campaignWithTask(Account admin, UUID clientId, UUID sowId, String name) {
		UUID campaignId = UUID.randomUUID();
		UUID taskId = UUID.randomUUID();
		Instant now = Instant.now();
		this.jdbc
			.sql("""
					INSERT INTO campaign (workspace_id, id, client_id, sow_id, name, start_date, status, archived, created_at,
					                      updated_at, version)
					VALUES (:ws, :id, :clientId, :sowId, :name, :start, 'LIVE', FALSE, :now, :now, 0)
					""")
			.param("ws", admin.workspaceId())
			.param("id", campaignId)
			.param("clientId", clientId)
			.param("sowId", sowId)
			.param("name", name)
			.param("start", LocalDate.of(2026, 3, 1))
			.param("now", java.sql.Timestamp.from(now))
			.update();
		this.jdbc
			.sql("""
					INSERT INTO task (workspace_id, id, campaign_id, title, discipline, status, position, archived, created_at,
					                  updated_at, version)
					VALUES (:ws, :id, :campaignId, :title, 'DESIGN', 'TODO', 0, FALSE, :now, :now, 0)
					""")
			.param("ws", admin.workspaceId())
			.param("id", taskId)
			.param("campaignId", campaignId)
			.param("title", name + " key visual")
			.param("now", java.sql.Timestamp.from(now))
			.update();
		return new UUID[] { campaignId, taskId };
	}

	protected static Map<String, Object> entry(UUID sowId, String date, int minutes) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("date", date);
		entry.put("minutes", minutes);
		entry.put("sowId", sowId);
		entry.put("note", "Key visual");
		return entry;
	}

	protected static Map<String, Object> with(Map<String, Object> request, Object... pairs) {
		Map<String, Object> copy = new LinkedHashMap<>(request);
		for (int i = 0; i < pairs.length; i += 2) {
			copy.put((String) pairs[i], pairs[i + 1]);
		}
		return copy;
	}

	protected JsonNode logged(Account account, Map<String, Object> entry) {
		return create("/api/v1/time-entries", account, entry);
	}

	protected JsonNode create(String path, Account account, Object request) {
		MvcTestResult result = postJson(path, account, request);
		assertThat(result).as(path + ": " + text(result)).hasStatus(201);
		return body(result);
	}

	protected static UUID id(JsonNode node) {
		return UUID.fromString(node.get("id").asString());
	}

	protected static Map<String, Object> usd(String amount) {
		return Map.of("amount", amount, "currency", "USD");
	}

}
