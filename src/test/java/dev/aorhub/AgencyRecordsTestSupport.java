package dev.aorhub;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records across modules (a client, a designation, an MSA, a SOW, a rate card), made
 * through the public API, for page tests that look at a whole workspace: the role rules
 * of every page, the dashboard.
 */
public abstract class AgencyRecordsTestSupport extends ApiTestSupport {

	protected UUID created(String path, Account account, Object request) {
		MvcTestResult result = postJson(path, account, request);
		assertThat(result).as(text(result)).hasStatus(201);
		return UUID.fromString(body(result).get("id").asString());
	}

	protected UUID client(Account account, String name) {
		return created("/api/v1/clients", account, Map.of("name", name, "currency", "USD", "status", "ACTIVE"));
	}

	protected UUID contact(Account account, UUID clientId, String name) {
		return created("/api/v1/clients/" + clientId + "/contacts", account, Map.of("name", name, "title", "CMO",
				"email", "cmo-" + UUID.randomUUID() + "@client.example", "level", "EXECUTIVE"));
	}

	protected UUID category(Account account, String name) {
		for (var item : body(get("/api/v1/service-categories?size=100", account)).get("items")) {
			if (item.get("name").asString().equals(name)) {
				return UUID.fromString(item.get("id").asString());
			}
		}
		throw new AssertionError("No category " + name);
	}

	/**
	 * An active, exclusive designation of ours; {@code amount} a year in
	 * {@code currency}.
	 */
	protected UUID designation(Account account, UUID clientId, String category, String startDate, String endDate,
			String amount, String currency) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("clientId", clientId);
		request.put("categoryId", category(account, category));
		request.put("agencyName", null);
		request.put("kind", "EXCLUSIVE");
		request.put("status", "ACTIVE");
		request.put("market", "Global");
		request.put("scope", "Brand work");
		request.put("startDate", startDate);
		request.put("endDate", endDate);
		request.put("renewalNoticeDays", 90);
		request.put("annualValue", Map.of("amount", amount, "currency", currency));
		return created("/api/v1/designations", account, request);
	}

	protected UUID msa(Account account, UUID clientId, String effectiveDate, String expiryDate) {
		return msa(account, clientId, effectiveDate, expiryDate, "DRAFT");
	}

	protected UUID msa(Account account, UUID clientId, String effectiveDate, String expiryDate, String status) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("status", status);
		request.put("clientId", clientId);
		request.put("title", "Master services agreement");
		request.put("effectiveDate", effectiveDate);
		request.put("expiryDate", expiryDate);
		request.put("paymentTermsDays", 45);
		request.put("rateCardId", null);
		request.put("discountPercent", "0");
		return created("/api/v1/msas", account, request);
	}

	protected UUID sow(Account account, UUID msaId, String title, String startDate, String endDate) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("msaId", msaId);
		request.put("designationId", null);
		request.put("title", title);
		request.put("startDate", startDate);
		request.put("endDate", endDate);
		request.put("budget", Map.of("amount", "50000.00", "currency", "USD"));
		request.put("budgetHours", 300);
		request.put("fees", List.of(Map.of("type", "FIXED", "milestones",
				List.of(Map.of("name", "Launch", "amount", Map.of("amount", "50000.00", "currency", "USD"))))));
		return created("/api/v1/sows", account, request);
	}

	/** Approves a SOW inside the agency and records the client's approval. */
	protected UUID approved(Account account, UUID sowId) {
		assertThat(postJson("/api/v1/sows/" + sowId + "/internal-approval", account, Map.of())).hasStatus(200);
		assertThat(postJson("/api/v1/sows/" + sowId + "/send", account, Map.of())).hasStatus(200);
		assertThat(postJson("/api/v1/sows/" + sowId + "/approve", account, Map.of("approverName", "Carla Client")))
			.hasStatus(200);
		return sowId;
	}

	/** Puts the user on the designation's team at {@code percent} of their time. */
	protected UUID member(Account account, UUID designationId, UUID userId, int percent) {
		return created("/api/v1/designations/" + designationId + "/team", account,
				Map.of("userId", userId, "role", "Account Director", "allocationPercent", percent, "dedicated", false));
	}

	protected UUID rateCard(Account account, String name) {
		Map<String, Object> card = new LinkedHashMap<>();
		card.put("name", name);
		card.put("currency", "USD");
		card.put("effectiveFrom", "2026-01-01");
		card.put("effectiveTo", null);
		card.put("default", false);
		card.put("rates",
				List.of(Map.of("role", "Strategist", "hourlyRate", Map.of("amount", "220.00", "currency", "USD"))));
		return created("/api/v1/rate-cards", account, card);
	}

	/** A page the user may see: its HTML. */
	protected String html(String path, Account account) {
		MvcTestResult result = getPage(path, account);
		assertThat(result).as(path).hasStatus(200);
		return text(result);
	}

}
