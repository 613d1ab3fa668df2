package dev.aorhub.delivery.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.shared.time.WorkspaceClock;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignApiTests extends DeliveryApiTestSupport {

	@Autowired
	private WorkspaceClock clock;

	@Test
	void createsACampaignFromItsSowAloneWith201AndLocationDerivingClientDesignationDatesAndCurrency() {
		Account admin = signUp();
		Account360 acme = clientWithSow(admin, "Acme Foods");

		MvcTestResult result = postJson("/api/v1/campaigns", admin,
				Map.of("sowId", acme.sowId(), "name", "  Spring launch  ", "budget", Map.of("amount", "40000")));

		assertThat(result).as(text(result)).hasStatus(201);
		JsonNode body = body(result);
		String id = body.get("id").asString();
		assertThat(result).headers().hasSingleValue(HttpHeaders.LOCATION, "/api/v1/campaigns/" + id);
		assertThat(body.propertyNames()).contains("id", "clientId", "designationId", "sowId", "name", "startDate",
				"endDate", "budget", "status", "version");
		assertThat(body.get("clientId").asString()).isEqualTo(acme.clientId().toString());
		assertThat(body.get("designationId").asString()).isEqualTo(acme.designationId().toString());
		assertThat(body.get("sowId").asString()).isEqualTo(acme.sowId().toString());
		assertThat(body.get("name").asString()).isEqualTo("Spring launch");
		assertThat(body.get("startDate").asString()).isEqualTo("2026-03-01");
		assertThat(body.get("endDate").asString()).isEqualTo("2026-12-31");
		assertThat(body.at("/budget/amount").asString()).isEqualTo("40000.00");
		assertThat(body.at("/budget/currency").asString()).isEqualTo("USD");
		assertThat(body.get("status").asString()).isEqualTo("PLANNING");
		assertThat(body.get("version").asLong()).isZero();
		assertThat(body.get("clientName").asString()).isEqualTo("Acme Foods");
		assertThat(body.get("sowNumber").asString()).startsWith("SOW-");
		assertThat(body.path("warnings").get(0).get("code").asString()).isEqualTo("sow-not-approved");

		JsonNode fetched = body(get("/api/v1/campaigns/" + id, admin));
		assertThat(fetched.get("name").asString()).isEqualTo("Spring launch");
		assertThat(auditActions(admin, UUID.fromString(id))).containsExactly("CREATED");
	}

	@Test
	void aCampaignWithOnlyAClientStartsTodayAndRunsOpenEnded() {
		Account admin = signUp();
		UUID client = client(admin, "Bolt Motors");

		JsonNode body = create("/api/v1/campaigns", admin, Map.of("clientId", client, "name", "Always-on social"));

		assertThat(body.get("startDate").asString()).isEqualTo(this.clock.today(admin.workspaceId()).toString());
		assertThat(body.get("endDate").isNull()).isTrue();
		assertThat(body.get("designationId").isNull()).isTrue();
		assertThat(body.get("sowId").isNull()).isTrue();
		assertThat(body.get("budget").isNull()).isTrue();
		assertThat(body.has("warnings")).isFalse();
	}

	@Test
	void aDesignationAloneGivesTheClient() {
		Account admin = signUp();
		Account360 acme = clientWithSow(admin, "Cobalt Bank");

		JsonNode body = create("/api/v1/campaigns", admin,
				Map.of("designationId", acme.designationId(), "name", "Brand refresh", "startDate", "2026-05-01"));

		assertThat(body.get("clientId").asString()).isEqualTo(acme.clientId().toString());
		assertThat(body.get("sowId").isNull()).isTrue();
	}

	@Test
	void rejectsInvalidInputWith422NamingEveryField() {
		Account admin = signUp();
		Account360 acme = clientWithSow(admin, "Delta Air");
		Account viewerOfOtherWorkspace = signUp();

		MvcTestResult result = postJson("/api/v1/campaigns", admin,
				with(campaign(acme.sowId(), " "), "startDate", "2026-02-01", "endDate", "2027-01-31", "budget",
						Map.of("amount", "-5", "currency", "USD"), "status", "RUNNING", "ownerId",
						viewerOfOtherWorkspace.userId()));

		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactlyInAnyOrder("name", "status", "startDate", "endDate",
				"budget.amount", "ownerId");
		assertThat(body(result).toString()).contains("must be within the term of SOW");
	}

	@Test
	void rejectsAnEndBeforeTheStartABadCurrencyAndATooLongName() {
		Account admin = signUp();
		UUID client = client(admin, "Evergreen Ltd");

		MvcTestResult result = postJson("/api/v1/campaigns", admin,
				Map.of("clientId", client, "name", "x".repeat(201), "startDate", "2026-05-01", "endDate", "2026-04-30",
						"budget", Map.of("amount", "100", "currency", "EUR")));
		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactlyInAnyOrder("name", "endDate", "budget.currency");

		MvcTestResult notACurrency = postJson("/api/v1/campaigns", admin, Map.of("clientId", client, "name", "Ok",
				"budget", Map.of("amount", "100", "currency", "XYZ1"), "startDate", "01/05/2026"));
		assertThat(problemFields(notACurrency)).containsExactlyInAnyOrder("budget.currency", "startDate");

		MvcTestResult nothing = postJson("/api/v1/campaigns", admin, Map.of("name", "Orphan"));
		assertThat(problemFields(nothing)).containsExactly("clientId");
	}

	@Test
	void aDesignationOrSowThatDoesNotFitTheClientIsRefused() {
		Account admin = signUp();
		Account360 acme = clientWithSow(admin, "Fjord Energy");
		Account360 other = clientWithSow(admin, "Granite Co");
		UUID otherDesignation = designation(admin, acme.clientId(), "PR", "2026-01-01", "2027-12-31", "1000.00", "USD");

		assertThat(problemFields(postJson("/api/v1/campaigns", admin,
				with(campaign(other.sowId(), "Wrong client"), "clientId", acme.clientId()))))
			.containsExactly("sowId");
		assertThat(problemFields(postJson("/api/v1/campaigns", admin,
				with(campaign(acme.sowId(), "Wrong designation"), "designationId", otherDesignation))))
			.containsExactly("designationId");
		assertThat(problemFields(postJson("/api/v1/campaigns", admin,
				Map.of("clientId", acme.clientId(), "designationId", other.designationId(), "name", "Theirs"))))
			.containsExactly("designationId");
	}

	@Test
	void idsOfAnotherWorkspaceAreFieldProblemsAndItsCampaignsAreNotFound() {
		Account mine = signUp();
		Account theirs = signUp();
		Account360 their = clientWithSow(theirs, "Their Client");
		UUID theirCampaign = createCampaign(theirs, campaign(their.sowId(), "Secret launch"));

		MvcTestResult borrowed = postJson("/api/v1/campaigns", mine,
				Map.of("clientId", their.clientId(), "sowId", their.sowId(), "name", "Borrowed"));
		assertThat(borrowed).hasStatus(422);
		assertThat(problemFields(borrowed)).containsExactlyInAnyOrder("sowId", "clientId");

		assertThat(get("/api/v1/campaigns/" + theirCampaign, mine)).hasStatus(404);
		assertThat(putJson("/api/v1/campaigns/" + theirCampaign, mine,
				with(campaign(their.sowId(), "Taken"), "version", 0)))
			.hasStatus(404);
		assertThat(postJson("/api/v1/campaigns/" + theirCampaign + "/launch", mine, Map.of())).hasStatus(404);
		assertThat(delete("/api/v1/campaigns/" + theirCampaign, mine)).hasStatus(404);
		assertThat(body(get("/api/v1/campaigns", mine)).get("total").asLong()).isZero();
		assertThat(body(get("/api/v1/campaigns/" + theirCampaign, theirs)).get("name").asString())
			.isEqualTo("Secret launch");
	}

	@Test
	void anUpdateNeedsTheCurrentVersionAndMovesTheStatusOnlyAlongTheStateMachine() {
		Account admin = signUp();
		Account360 acme = clientWithSow(admin, "Harbor Inc");
		UUID id = createCampaign(admin, campaign(acme.sowId(), "Summer burst"));

		MvcTestResult live = putJson("/api/v1/campaigns/" + id, admin,
				with(campaign(acme.sowId(), "Summer burst"), "status", "LIVE", "version", 0, "objective", "Reach"));
		assertThat(live).as(text(live)).hasStatus(200);
		assertThat(body(live).get("status").asString()).isEqualTo("LIVE");
		assertThat(body(live).get("version").asLong()).isEqualTo(1);

		MvcTestResult stale = putJson("/api/v1/campaigns/" + id, admin,
				with(campaign(acme.sowId(), "Summer burst"), "version", 0));
		assertThat(stale).hasStatus(409);
		assertThat(problemType(stale)).isEqualTo("stale-version");

		MvcTestResult backToPlanning = putJson("/api/v1/campaigns/" + id, admin,
				with(campaign(acme.sowId(), "Summer burst"), "status", "PLANNING", "version", 1));
		assertThat(backToPlanning).hasStatus(409);
		assertThat(body(get("/api/v1/campaigns/" + id, admin)).get("status").asString()).isEqualTo("LIVE");

		assertThat(body(postJson("/api/v1/campaigns/" + id + "/pause", admin, Map.of())).get("status").asString())
			.isEqualTo("PAUSED");
		assertThat(body(postJson("/api/v1/campaigns/" + id + "/resume", admin, Map.of())).get("status").asString())
			.isEqualTo("LIVE");
		assertThat(body(postJson("/api/v1/campaigns/" + id + "/complete", admin, Map.of())).get("status").asString())
			.isEqualTo("COMPLETED");
		assertThat(postJson("/api/v1/campaigns/" + id + "/launch", admin, Map.of())).hasStatus(409);

		assertThat(delete("/api/v1/campaigns/" + id, admin)).hasStatus(204);
		assertThat(body(get("/api/v1/campaigns/" + id, admin)).get("archived").asBoolean()).isTrue();
		assertThat(auditActions(admin, id)).containsExactly("CREATED", "UPDATED", "PAUSED", "LIVE", "COMPLETED",
				"ARCHIVED");
	}

	@Test
	void aViewerReadsCampaignsButChangesNone() {
		Account admin = signUp();
		Account viewer = createUser(admin, "VIEWER");
		Account360 acme = clientWithSow(admin, "Iris Cosmetics");
		UUID id = createCampaign(admin, campaign(acme.sowId(), "Holiday gifting"));

		assertThat(get("/api/v1/campaigns/" + id, viewer)).hasStatus(200);
		assertThat(postJson("/api/v1/campaigns", viewer, campaign(acme.sowId(), "Mine"))).hasStatus(403);
		assertThat(putJson("/api/v1/campaigns/" + id, viewer, with(campaign(acme.sowId(), "Mine"), "version", 0)))
			.hasStatus(403);
		assertThat(postJson("/api/v1/campaigns/" + id + "/launch", viewer, Map.of())).hasStatus(403);
		assertThat(delete("/api/v1/campaigns/" + id, viewer)).hasStatus(403);
	}

	@Test
	void listsFilterByClientSowDesignationStatusAndTextAndExportTheSameRows() {
		Account admin = signUp();
		Account360 acme = clientWithSow(admin, "Juniper Foods");
		Account360 bolt = clientWithSow(admin, "Kestrel Air");
		UUID spring = createCampaign(admin, campaign(acme.sowId(), "Spring launch"));
		UUID summer = createCampaign(admin, with(campaign(acme.sowId(), "=SUM(A1) summer"), "status", "LIVE"));
		UUID winter = createCampaign(admin, campaign(bolt.sowId(), "Winter sale"));

		assertThat(ids(get("/api/v1/campaigns?clientId=" + acme.clientId(), admin)))
			.containsExactlyInAnyOrder(spring.toString(), summer.toString());
		assertThat(ids(get("/api/v1/campaigns?sowId=" + bolt.sowId(), admin))).containsExactly(winter.toString());
		assertThat(ids(get("/api/v1/campaigns?designationId=" + acme.designationId() + "&status=LIVE", admin)))
			.containsExactly(summer.toString());
		assertThat(ids(get("/api/v1/campaigns?q=winter", admin))).containsExactly(winter.toString());
		assertThat(ids(get("/api/v1/campaigns?q=kestrel&sort=name,asc", admin))).containsExactly(winter.toString());
		assertThat(get("/api/v1/campaigns?sort=colour,asc", admin)).hasStatus(422);
		assertThat(get("/api/v1/campaigns?status=RUNNING", admin)).hasStatus(400);

		MvcTestResult csv = get("/api/v1/campaigns/export?format=csv&clientId=" + acme.clientId(), admin);
		assertThat(csv).hasStatus(200);
		String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).contains("Spring launch", "'=SUM(A1) summer").doesNotContain("Winter sale");
		MvcTestResult xlsx = get("/api/v1/campaigns/export?format=xlsx", admin);
		assertThat(xlsx).hasStatus(200);
		assertThat(xlsx.getResponse().getContentType()).contains("spreadsheetml");
	}

}
