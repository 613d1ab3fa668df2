package dev.aorhub.contracts.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contracts pages render for a signed-in user with names escaped, the SOW form adds
 * fee rows by round trips and shows the rules' messages beside the fields.
 */
class ContractsPagesTests extends ContractsApiTestSupport {

	@Test
	void everyContractsPageRendersWithEscapedNames() {
		Account admin = signUp();
		UUID clientId = createClient(admin, "Acme <script>x</script> Foods");
		JsonNode card = create("/api/v1/rate-cards", admin, SowApiTests.rateCard("Standard <b>2026</b>"));
		UUID msaId = createMsa(admin, with(msa(clientId), "title", "MSA <i>one</i>"));
		UUID sowId = approvedSow(admin, msaId);
		create("/api/v1/sows/" + sowId + "/change-orders", admin,
				Map.of("description", "Add <u>video</u>", "budgetChange", usd("5000.00"), "hoursChange", 40));
		create("/api/v1/cost-rates", admin,
				Map.of("userId", admin.userId(), "hourlyCost", usd("80.00"), "effectiveFrom", "2026-01-01"));

		assertThat(page("/msas", admin)).contains("MSA &lt;i&gt;one&lt;/i&gt;")
			.contains("Acme &lt;script&gt;x&lt;/script&gt; Foods")
			.doesNotContain("<script>x");
		assertThat(page("/msas/" + msaId, admin)).contains("Statements of work").contains("Brand campaign 2026");
		assertThat(page("/msas/new?clientId=" + clientId, admin)).contains("Record a master services agreement");
		assertThat(page("/msas/" + msaId + "/edit", admin)).contains("Save changes");
		assertThat(page("/sows", admin)).contains("SOW-").contains("Retainer").contains("—");
		String sow = page("/sows/" + sowId, admin);
		assertThat(sow).contains("Original budget")
			.contains("Add &lt;u&gt;video&lt;/u&gt;")
			.contains("Approved by the client")
			.contains("Carla Client")
			.contains("Download PDF")
			.contains("USD 12,000.00 a month");
		assertThat(page("/sows/" + sowId + "/edit", admin)).contains("Monthly fee");
		assertThat(page("/sows/new", admin)).contains("Which one?");
		assertThat(page("/rate-cards", admin)).contains("Standard &lt;b&gt;2026&lt;/b&gt;");
		assertThat(page("/rate-cards/" + card.get("id").asString(), admin)).contains("USD 220.00");
		assertThat(page("/rate-cards/new", admin)).contains("Fractional CMO");
		assertThat(page("/admin/cost-rates", admin)).contains("USD 80.00");
		assertThat(page("/contracts/alerts", admin)).contains("Renewals and alerts");
		assertThat(page("/clients/" + clientId + "/contracts", admin)).contains("MSA &lt;i&gt;one&lt;/i&gt;")
			.contains("CO-1");
		assertThat(page("/clients/" + clientId, admin)).contains("Contracts")
			.contains("MSA &lt;i&gt;one&lt;/i&gt;")
			.contains("All contracts");
		MvcTestResult pdf = getPage("/sows/" + sowId + "/pdf", admin);
		assertThat(pdf).hasStatus(200);
		assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
	}

	@Test
	void finalStepsAskFirstAndThePagesOfferOnlyTheMovesTheStateAndTermAllow() {
		Account admin = signUp();
		UUID clientId = createClient(admin, "Careful Co");
		UUID draft = createMsa(admin, msa(clientId));
		UUID current = createMsa(admin, with(msa(clientId), "status", "SIGNED"));
		UUID over = createMsa(admin, with(msa(clientId), "status", "SIGNED", "effectiveDate", "2024-01-01",
				"expiryDate", LocalDate.now().minusDays(1).toString()));

		assertThat(page("/msas/" + draft, admin)).contains("Mark as sent")
			.doesNotContain("Mark expired")
			.doesNotContain("Terminate this MSA?");
		assertThat(page("/msas/" + current, admin))
			.contains("data-confirm=\"Terminate this MSA?\"", "data-confirm-reason=\"Why is it terminated?\"",
					"data-confirm=\"Archive this MSA?\"")
			.doesNotContain("Mark expired");
		assertThat(page("/msas/" + over, admin)).contains("data-confirm=\"Mark this MSA expired?\"")
			.doesNotContain("Terminate this MSA?");

		UUID sowId = approvedSow(admin, current);
		create("/api/v1/sows/" + sowId + "/change-orders", admin,
				Map.of("description", "Extra video", "budgetChange", usd("5000.00")));
		assertThat(page("/sows/" + sowId, admin))
			.contains("data-confirm=\"Cancel this SOW?\"", "data-confirm-reason=\"Why is it cancelled?\"",
					"data-confirm=\"Record that the client rejected CO-1?\"",
					"data-confirm-reason=\"Why did the client reject it?\"", "Propose a change")
			.doesNotContain("Why it was cancelled");

		assertThat(postJson("/api/v1/sows/" + sowId + "/cancel", admin,
				Map.of("reason", "The client <b>froze</b> its budget.")))
			.hasStatus(200);
		assertThat(page("/sows/" + sowId, admin)).contains("Why it was cancelled:")
			.contains("The client &lt;b&gt;froze&lt;/b&gt; its budget.")
			.doesNotContain("Propose a change")
			.doesNotContain("Record that the client rejected CO-1?")
			.doesNotContain("Cancel this SOW?");

		assertThat(postJson("/api/v1/msas/" + current + "/terminate", admin,
				Map.of("reason", "The client moved in house.")))
			.hasStatus(200);
		assertThat(page("/msas/" + current, admin)).contains("Why it was terminated:")
			.contains("The client moved in house.")
			.doesNotContain("Terminate this MSA?");

		create("/api/v1/rate-cards", admin, SowApiTests.rateCard("Standard"));
		JsonNode other = create("/api/v1/rate-cards", admin, SowApiTests.rateCard("Premium"));
		assertThat(page("/rate-cards/" + other.get("id").asString(), admin))
			.contains("data-confirm=\"Archive the rate card Premium?\"");
		create("/api/v1/cost-rates", admin,
				Map.of("userId", admin.userId(), "hourlyCost", usd("80.00"), "effectiveFrom", "2026-01-01"));
		assertThat(page("/admin/cost-rates", admin)).contains("data-confirm=\"Remove the cost rate of ");
	}

	@Test
	void theSowFormAddsFeeRowsAndShowsMessagesBesideThem() {
		Account admin = signUp();
		UUID msaId = createMsa(admin, msa(createClient(admin, "Formful")));
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("msaId", msaId.toString());
		fields.put("title", "Launch");
		fields.put("startDate", "2026-02-01");
		fields.put("endDate", "2026-11-30");
		fields.put("budget", "50000");
		fields.put("action", "add-fee:COMMISSION");
		MvcTestResult added = postForm("/sows/new", admin, fields);
		assertThat(added).hasStatus(200);
		assertThat(text(added)).contains("Percent of media spend").contains("fees[0].percent");

		fields.put("fees[0].type", "COMMISSION");
		fields.put("fees[0].percent", "140");
		fields.put("action", "save");
		MvcTestResult rejected = postForm("/sows/new", admin, fields);
		assertThat(rejected).hasStatus(200);
		assertThat(text(rejected)).contains("must be between 0 and 100").contains("is-invalid");

		fields.put("fees[0].percent", "14");
		MvcTestResult saved = postForm("/sows/new", admin, fields);
		assertThat(saved).hasStatus(302);
		JsonNode list = body(get("/api/v1/sows?msaId=" + msaId, admin));
		assertThat(list.get("total").asInt()).isEqualTo(1);
		assertThat(list.get("items").get(0).get("feeTypes")).hasSize(1);
	}

	@Test
	void anotherWorkspacesContractsAreNotFoundPages() {
		Account owner = signUp();
		UUID clientId = createClient(owner, "Hidden");
		UUID msaId = createMsa(owner, msa(clientId));
		UUID sowId = createSow(owner, sow(msaId));
		Account stranger = signUp();
		assertThat(getPage("/msas/" + msaId, stranger)).hasStatus(404);
		assertThat(getPage("/sows/" + sowId, stranger)).hasStatus(404);
		assertThat(getPage("/sows/" + sowId + "/pdf", stranger)).hasStatus(404);
		assertThat(getPage("/clients/" + clientId + "/contracts", stranger)).hasStatus(404);
	}

	@Test
	void financeSeesTheCostRatesPageAndItsMenuEntryAsTheApiGrantsIt() {
		Account admin = signUp();
		Account finance = createUser(admin, "FINANCE");
		create("/api/v1/cost-rates", admin,
				Map.of("userId", admin.userId(), "hourlyCost", usd("95.00"), "effectiveFrom", "2026-01-01"));

		assertThat(page("/admin/cost-rates", finance)).contains("USD 95.00");
		assertThat(page("/msas", finance)).contains("href=\"/admin/cost-rates\"");
		assertThat(getPage("/admin/cost-rates", createUser(admin, "ACCOUNT"))).hasStatus(403);
		assertThat(getPage("/admin/users", finance)).hasStatus(403);
	}

}
