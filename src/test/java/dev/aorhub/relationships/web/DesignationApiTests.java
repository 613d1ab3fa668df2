package dev.aorhub.relationships.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

class DesignationApiTests extends RelationshipsApiTestSupport {

	@Test
	void createsADesignationWith201LocationAndExactlyTheContractFields() {
		Account admin = signUp();
		UUID client = createClient(admin, "Acme Foods");
		UUID creative = category(admin, "Creative");

		MvcTestResult result = postJson("/api/v1/designations", admin, designation(client, creative));

		assertThat(result).hasStatus(201);
		JsonNode body = body(result);
		String id = body.get("id").asString();
		assertThat(UUID.fromString(id).version()).isEqualTo(7);
		assertThat(result).headers().hasSingleValue(HttpHeaders.LOCATION, "/api/v1/designations/" + id);
		assertThat(body.propertyNames()).containsExactlyInAnyOrder("id", "clientId", "categoryId", "agencyName", "kind",
				"status", "market", "scope", "startDate", "endDate", "renewalNoticeDays", "autoRenew", "annualValue",
				"accountLeadId", "archived", "version");
		assertThat(body.get("clientId").asString()).isEqualTo(client.toString());
		assertThat(body.get("categoryId").asString()).isEqualTo(creative.toString());
		assertThat(body.get("agencyName").isNull()).isTrue();
		assertThat(body.get("kind").asString()).isEqualTo("EXCLUSIVE");
		assertThat(body.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(body.get("market").asString()).isEqualTo("Global");
		assertThat(body.get("startDate").asString()).isEqualTo("2026-01-01");
		assertThat(body.get("endDate").asString()).isEqualTo("2027-12-31");
		assertThat(body.get("renewalNoticeDays").asInt()).isEqualTo(90);
		assertThat(body.at("/annualValue/amount").asString()).isEqualTo("250000.00");
		assertThat(body.at("/annualValue/currency").asString()).isEqualTo("USD");
		assertThat(body.get("version").asLong()).isZero();

		JsonNode fetched = body(get("/api/v1/designations/" + id, admin));
		assertThat(fetched.get("scope").asString()).isEqualTo("Brand creative across channels");
		assertThat(fetched.has("warnings")).isFalse();
	}

	@Test
	void defaultsMarketNoticeDaysAndStatus() {
		Account admin = signUp();
		UUID client = createClient(admin, "Bolt Motors");
		Map<String, Object> minimal = Map.of("clientId", client, "categoryId", category(admin, "PR"), "kind",
				"PREFERRED", "startDate", "2026-03-01");

		JsonNode body = createDesignation(admin, minimal);

		assertThat(body.get("market").asString()).isEqualTo("Global");
		assertThat(body.get("renewalNoticeDays").asInt()).isEqualTo(90);
		assertThat(body.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(body.get("endDate").isNull()).isTrue();
		assertThat(body.get("annualValue").isNull()).isTrue();
		assertThat(body.get("autoRenew").asBoolean()).isFalse();
	}

	@Test
	void rejectsASecondOverlappingExclusiveDesignationWith409NamingTheFirst() {
		Account admin = signUp();
		UUID client = createClient(admin, "Cobalt Bank");
		UUID media = category(admin, "Media Buying");
		String first = createDesignation(admin, designation(client, media)).get("id").asString();

		MvcTestResult result = postJson("/api/v1/designations", admin, with(designation(client, media), "agencyName",
				"Oakline Media", "market", "GLOBAL", "startDate", "2027-06-01", "endDate", "2029-05-31"));

		assertThat(result).hasStatus(409);
		assertThat(body(result).get("type").asString()).endsWith("/exclusivity-conflict");
		assertThat(body(result).get("detail").asString()).contains(first);
		assertThat(body(result).get("conflictingDesignationId").asString()).isEqualTo(first);
		assertThat(body(get("/api/v1/designations?clientId=" + client, admin)).get("total").asLong()).isEqualTo(1);
	}

	@Test
	void allowsExclusiveDesignationsInOtherMarketsAfterTheTermOrBesidePreferredWork() {
		Account admin = signUp();
		UUID client = createClient(admin, "Delta Air");
		UUID search = category(admin, "Search");
		createDesignation(admin, designation(client, search));

		createDesignation(admin, with(designation(client, search), "market", "Germany"));
		createDesignation(admin, with(designation(client, search), "startDate", "2028-01-01", "endDate", "2029-12-31"));
		createDesignation(admin, with(designation(client, search), "kind", "PREFERRED", "agencyName", "Signal Nine"));
		createDesignation(admin, with(designation(client, search), "status", "LOST", "agencyName", "Kestrel"));

		assertThat(body(get("/api/v1/designations?clientId=" + client, admin)).get("total").asLong()).isEqualTo(5);
	}

	@Test
	void anOpenEndedExclusiveDesignationBlocksLaterOnesUntilItEnds() {
		Account admin = signUp();
		UUID client = createClient(admin, "Evergreen Ltd");
		UUID social = category(admin, "Social");
		String open = createDesignation(admin, with(designation(client, social), "endDate", null)).get("id").asString();
		Map<String, Object> later = with(designation(client, social), "startDate", "2035-01-01", "endDate",
				"2036-01-01", "agencyName", "Harbor & Vale");

		assertThat(postJson("/api/v1/designations", admin, later)).hasStatus(409);
		assertThat(postJson("/api/v1/designations/" + open + "/end", admin, Map.of())).hasStatus(200);
		assertThat(postJson("/api/v1/designations", admin, later)).hasStatus(201);
	}

	@Test
	void anUpdateOrReactivationThatWouldOverlapIsAlsoRefused() {
		Account admin = signUp();
		UUID client = createClient(admin, "Fjord Energy");
		UUID creative = category(admin, "Creative");
		JsonNode ours = createDesignation(admin, designation(client, creative));
		JsonNode theirs = createDesignation(admin, with(designation(client, creative), "agencyName", "Kestrel",
				"startDate", "2028-01-01", "endDate", "2029-12-31"));

		MvcTestResult stretched = putJson("/api/v1/designations/" + ours.get("id").asString(), admin,
				with(designation(client, creative), "endDate", "2028-06-30", "version", 0));
		assertThat(stretched).hasStatus(409);
		assertThat(body(stretched).get("detail").asString()).contains(theirs.get("id").asString());

		String pitch = createDesignation(admin,
				with(designation(client, creative), "market", "Nordics", "status", "PITCHING"))
			.get("id")
			.asString();
		createDesignation(admin,
				with(designation(client, creative), "market", "nordics", "status", "LOST", "agencyName", "Other"));
		assertThat(postJson("/api/v1/designations/" + pitch + "/activate", admin, Map.of())).hasStatus(200);
	}

	@Test
	void rejectsInvalidInputWith422NamingEveryField() {
		Account admin = signUp();
		UUID client = createClient(admin, "Granite Co");
		Map<String, Object> bad = with(designation(client, UUID.randomUUID()), "kind", "SOLE", "status", "WON",
				"startDate", "2026-05-01", "endDate", "2026-04-01", "renewalNoticeDays", 731, "annualValue",
				Map.of("amount", "-5", "currency", "USD"));

		MvcTestResult result = postJson("/api/v1/designations", admin, bad);

		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactlyInAnyOrder("categoryId", "kind", "status", "endDate",
				"renewalNoticeDays", "annualValue.amount");
	}

	@Test
	void rejectsMissingRequiredFieldsAndBadValuesWith422() {
		Account admin = signUp();
		MvcTestResult missing = postJson("/api/v1/designations", admin, Map.of("market", "Global"));
		assertThat(missing).hasStatus(422);
		assertThat(problemFields(missing)).containsExactlyInAnyOrder("clientId", "categoryId", "kind", "startDate");

		UUID client = createClient(admin, "Harbor Inc");
		MvcTestResult badValues = postJson("/api/v1/designations", admin,
				with(designation(client, category(admin, "PR")), "startDate", "01/02/2026", "annualValue",
						Map.of("amount", "1000"), "accountLeadId", UUID.randomUUID()));
		assertThat(badValues).hasStatus(422);
		assertThat(problemFields(badValues)).containsExactlyInAnyOrder("startDate", "annualValue.currency",
				"accountLeadId");
	}

	@Test
	void aClientOfAnotherWorkspaceIsNotFound() {
		Account mine = signUp();
		Account theirs = signUp();
		UUID theirClient = createClient(theirs, "Their Client");

		MvcTestResult result = postJson("/api/v1/designations", mine,
				designation(theirClient, category(mine, "Creative")));

		assertThat(result).hasStatus(404);
		assertThat(problemType(result)).isEqualTo("not-found");
		assertThat(body(get("/api/v1/designations", theirs)).get("total").asLong()).isZero();
	}

	@Test
	void anotherWorkspacesDesignationIsNotFound() {
		Account mine = signUp();
		Account theirs = signUp();
		UUID client = createClient(theirs, "Secret Client");
		String id = createDesignation(theirs, designation(client, category(theirs, "Creative"))).get("id").asString();

		assertThat(get("/api/v1/designations/" + id, mine)).hasStatus(404);
		assertThat(putJson("/api/v1/designations/" + id, mine,
				with(designation(client, category(mine, "Creative")), "version", 0)))
			.hasStatus(404);
		assertThat(postJson("/api/v1/designations/" + id + "/end", mine, Map.of())).hasStatus(404);
		assertThat(delete("/api/v1/designations/" + id, mine)).hasStatus(404);
		assertThat(body(get("/api/v1/designations/" + id, theirs)).get("status").asString()).isEqualTo("ACTIVE");
	}

	@Test
	void statusVerbsFollowTheStateMachine() {
		Account admin = signUp();
		UUID client = createClient(admin, "Ionic Labs");
		String id = createDesignation(admin,
				with(designation(client, category(admin, "Strategy")), "status", "PITCHING"))
			.get("id")
			.asString();
		String path = "/api/v1/designations/" + id;

		MvcTestResult ended = postJson(path + "/end", admin, Map.of());
		assertThat(ended).hasStatus(409);
		assertThat(problemType(ended)).isEqualTo("illegal-state-change");

		MvcTestResult won = postJson(path + "/activate", admin, Map.of());
		assertThat(won).hasStatus(200);
		assertThat(body(won).get("status").asString()).isEqualTo("ACTIVE");
		assertThat(body(won).get("version").asLong()).isEqualTo(1);
		assertThat(body(postJson(path + "/review", admin, Map.of())).get("status").asString())
			.isEqualTo("UNDER_REVIEW");
		assertThat(body(postJson(path + "/lose", admin, Map.of())).get("status").asString()).isEqualTo("LOST");

		MvcTestResult revived = postJson(path + "/activate", admin, Map.of());
		assertThat(revived).hasStatus(409);
		assertThat(problemType(revived)).isEqualTo("illegal-state-change");
		assertThat(body(revived).get("detail").asString()).contains("LOST");
	}

	@Test
	void losingOrEndingRecordsWhyAndTheAuditLogSaysIt() {
		Account admin = signUp();
		UUID client = createClient(admin, "Kestrel Air");
		String lost = createDesignation(admin,
				with(designation(client, category(admin, "Strategy")), "status", "PITCHING"))
			.get("id")
			.asString();
		String ended = createDesignation(admin, designation(client, category(admin, "Creative"))).get("id").asString();

		MvcTestResult result = postJson("/api/v1/designations/" + lost + "/lose", admin,
				Map.of("reason", "  The client consolidated media with its creative holding company.  "));
		assertThat(result).hasStatus(200);
		assertThat(body(result).get("outcomeReason").asString())
			.isEqualTo("The client consolidated media with its creative holding company.");
		JsonNode audit = body(get("/api/v1/audit?entityId=" + lost + "&sort=occurredAt,desc", admin));
		assertThat(audit.at("/items/0/action").asString()).isEqualTo("LOST");
		assertThat(audit.at("/items/0/summary").asString())
			.endsWith("(was pitching): The client consolidated media with its creative holding company.");

		MvcTestResult tooLong = postJson("/api/v1/designations/" + ended + "/end", admin,
				Map.of("reason", "x".repeat(2001)));
		assertThat(tooLong).hasStatus(422);
		assertThat(problemFields(tooLong)).containsExactly("reason");
		MvcTestResult noBody = as(admin, this.mvc.post().uri("/api/v1/designations/" + ended + "/end")).exchange();
		assertThat(noBody).hasStatus(200);
		assertThat(body(noBody).get("status").asString()).isEqualTo("ENDED");
		assertThat(body(noBody).has("outcomeReason")).isFalse();
	}

	@Test
	void aPutThatChangesTheStatusFollowsTheSameRules() {
		Account admin = signUp();
		UUID client = createClient(admin, "Juniper Retail");
		UUID analytics = category(admin, "Analytics");
		String id = createDesignation(admin, with(designation(client, analytics), "status", "ENDED")).get("id")
			.asString();

		MvcTestResult result = putJson("/api/v1/designations/" + id, admin,
				with(designation(client, analytics), "status", "ACTIVE", "version", 0));

		assertThat(result).hasStatus(409);
		assertThat(problemType(result)).isEqualTo("illegal-state-change");
		assertThat(body(get("/api/v1/designations/" + id, admin)).get("status").asString()).isEqualTo("ENDED");
		assertThat(body(get("/api/v1/designations/" + id, admin)).get("version").asLong()).isZero();
	}

	@Test
	void rejectsAStaleVersionWith409AndTheCurrentVersion() {
		Account admin = signUp();
		UUID client = createClient(admin, "Kite Travel");
		UUID social = category(admin, "Social");
		String path = "/api/v1/designations/"
				+ createDesignation(admin, designation(client, social)).get("id").asString();
		assertThat(putJson(path, admin, with(designation(client, social), "scope", "First edit", "version", 0)))
			.hasStatus(200);

		MvcTestResult stale = putJson(path, admin, with(designation(client, social), "scope", "Second", "version", 0));

		assertThat(stale).hasStatus(409);
		assertThat(problemType(stale)).isEqualTo("stale-version");
		assertThat(body(stale).get("currentVersion").asLong()).isEqualTo(1);
		assertThat(body(get(path, admin)).get("scope").asString()).isEqualTo("First edit");
	}

	@Test
	void warnsOfATermLongerThanFiveYearsButSavesIt() {
		Account admin = signUp();
		UUID client = createClient(admin, "Lumen Health");

		JsonNode body = createDesignation(admin,
				with(designation(client, category(admin, "Creative")), "endDate", "2032-06-30"));

		assertThat(warningCodes(body)).containsExactly("long-term");
		assertThat(body.at("/warnings/0/message").asString()).contains("5 years");
		assertThat(get("/api/v1/designations/" + body.get("id").asString(), admin)).hasStatus(200);
	}

	@Test
	void warnsWhenWeAreAlreadyAorForTheCategoryAtACompetitor() {
		Account admin = signUp();
		UUID cola = createClient(admin, "Fizz Cola");
		UUID rival = createClient(admin, "Pop Rival", List.of(cola));
		UUID creative = category(admin, "Creative");
		createDesignation(admin, designation(cola, creative));

		JsonNode ours = createDesignation(admin,
				with(designation(rival, creative), "kind", "PREFERRED", "status", "PITCHING"));
		assertThat(warningCodes(ours)).containsExactly("competitor-conflict");
		assertThat(ours.at("/warnings/0/message").asString())
			.isEqualTo("We are AOR for Creative at Fizz Cola, a competitor of Pop Rival");

		MvcTestResult activated = postJson("/api/v1/designations/" + ours.get("id").asString() + "/activate", admin,
				Map.of());
		assertThat(activated).hasStatus(200);
		assertThat(warningCodes(body(activated))).containsExactly("competitor-conflict");

		JsonNode otherAgency = createDesignation(admin,
				with(designation(rival, creative), "agencyName", "Kestrel", "kind", "PROJECT"));
		assertThat(otherAgency.has("warnings")).isFalse();
		JsonNode otherCategory = createDesignation(admin, designation(rival, category(admin, "PR")));
		assertThat(otherCategory.has("warnings")).isFalse();
	}

	@Test
	void archivingHidesTheDesignationFromListsAndFreesExclusivity() {
		Account admin = signUp();
		UUID client = createClient(admin, "Mosaic Media");
		UUID search = category(admin, "Search");
		String id = createDesignation(admin, designation(client, search)).get("id").asString();

		assertThat(delete("/api/v1/designations/" + id, admin)).hasStatus(204);

		assertThat(body(get("/api/v1/designations/" + id, admin)).get("archived").asBoolean()).isTrue();
		assertThat(body(get("/api/v1/designations", admin)).get("total").asLong()).isZero();
		assertThat(body(get("/api/v1/designations?archived=true", admin)).get("total").asLong()).isEqualTo(1);
		createDesignation(admin, designation(client, search));
	}

	@Test
	void listsInThePageEnvelopeWithFiltersAndSorting() {
		Account admin = signUp();
		UUID alpha = createClient(admin, "Alpha Corp");
		UUID beta = createClient(admin, "Beta Corp");
		createDesignation(admin, designation(alpha, category(admin, "Creative")));
		createDesignation(admin, with(designation(alpha, category(admin, "PR")), "agencyName", "Harbor & Vale",
				"status", "UNDER_REVIEW"));
		createDesignation(admin, with(designation(beta, category(admin, "Social")), "kind", "PROJECT"));

		JsonNode first = body(get("/api/v1/designations?page=0&size=2&sort=client,desc", admin));
		assertThat(first.propertyNames()).containsExactlyInAnyOrder("items", "page", "size", "total");
		assertThat(first.get("total").asLong()).isEqualTo(3);
		assertThat(first.get("items").size()).isEqualTo(2);
		assertThat(first.at("/items/0/clientId").asString()).isEqualTo(beta.toString());
		assertThat(body(get("/api/v1/designations?page=1&size=2&sort=client,desc", admin)).get("items").size())
			.isEqualTo(1);

		assertThat(ids(get("/api/v1/designations?ours=false", admin))).hasSize(1);
		assertThat(ids(get("/api/v1/designations?ours=true", admin))).hasSize(2);
		assertThat(ids(get("/api/v1/designations?status=UNDER_REVIEW", admin))).hasSize(1);
		assertThat(ids(get("/api/v1/designations?kind=PROJECT", admin))).hasSize(1);
		assertThat(ids(get("/api/v1/designations?clientId=" + alpha, admin))).hasSize(2);
		assertThat(ids(get("/api/v1/designations?categoryId=" + category(admin, "PR"), admin))).hasSize(1);
		assertThat(ids(get("/api/v1/designations?q=harbor", admin))).hasSize(1);
		assertThat(ids(get("/api/v1/designations?q=beta", admin))).hasSize(1);

		assertThat(problemFields(get("/api/v1/designations?sort=secret,asc", admin))).containsExactly("sort");
		assertThat(problemFields(get("/api/v1/designations?size=501", admin))).containsExactly("size");
	}

	@Test
	void exportsCsvWithANeutralisedFormulaAgencyName() {
		Account admin = signUp();
		UUID client = createClient(admin, "Nova Telecom");
		createDesignation(admin,
				with(designation(client, category(admin, "Creative")), "agencyName", "=cmd", "kind", "PREFERRED"));

		MvcTestResult result = get("/api/v1/designations/export?format=csv", admin);

		assertThat(result).hasStatus(200);
		assertThat(result.getResponse().getContentType()).startsWith("text/csv");
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("designations-")
			.contains(".csv");
		String csv = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		List<String> lines = List.of(csv.replace("\uFEFF", "").split("\r\n"));
		assertThat(lines.get(0)).startsWith("Client,Category,Agency,Kind,Status,Market");
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).startsWith("Nova Telecom,Creative,'=cmd,PREFERRED,ACTIVE,Global,");
		assertThat(csv).doesNotContain(",=cmd");

		MvcTestResult xlsx = get("/api/v1/designations/export?format=xlsx&ours=false", admin);
		assertThat(xlsx).hasStatus(200);
		assertThat(xlsx.getResponse().getContentAsByteArray()).startsWith('P', 'K', 3, 4);
	}

	@Test
	void everyChangeIsAudited() {
		Account admin = signUp();
		UUID client = createClient(admin, "Orbit Games");
		UUID creative = category(admin, "Creative");
		String id = createDesignation(admin, designation(client, creative)).get("id").asString();
		assertThat(putJson("/api/v1/designations/" + id, admin,
				with(designation(client, creative), "market", "EMEA", "version", 0)))
			.hasStatus(200);
		assertThat(postJson("/api/v1/designations/" + id + "/review", admin, Map.of())).hasStatus(200);
		assertThat(delete("/api/v1/designations/" + id, admin)).hasStatus(204);

		JsonNode page = body(get("/api/v1/audit?entityId=" + id + "&sort=occurredAt,asc", admin));
		List<String> actions = new ArrayList<>();
		page.get("items").forEach((event) -> actions.add(event.get("action").asString()));
		assertThat(actions).containsExactly("CREATED", "UPDATED", "REVIEW_STARTED", "ARCHIVED");
		JsonNode created = page.at("/items/0");
		assertThat(created.get("entityType").asString()).isEqualTo("Designation");
		assertThat(created.get("summary").asString())
			.isEqualTo("Created designation Creative at Orbit Games (Global, ours)");
		assertThat(created.at("/changes/kind/to").asString()).isEqualTo("EXCLUSIVE");
		JsonNode updated = page.at("/items/1/changes");
		assertThat(updated.propertyNames()).containsExactly("market");
		assertThat(updated.at("/market/from").asString()).isEqualTo("Global");
		assertThat(updated.at("/market/to").asString()).isEqualTo("EMEA");
	}

	@Test
	void viewersReadButCannotChangeDesignations() {
		Account admin = signUp();
		Account viewer = createUser(admin, "VIEWER");
		UUID client = createClient(admin, "Pixel Works");

		assertThat(get("/api/v1/designations", viewer)).hasStatus(200);
		MvcTestResult refused = postJson("/api/v1/designations", viewer,
				designation(client, category(admin, "Creative")));
		assertThat(refused).hasStatus(403);
		assertThat(problemType(refused)).isEqualTo("forbidden");
	}

	@Test
	void theSearchBoxFindsDesignationsByClientCategoryAndAgency() {
		Account admin = signUp();
		UUID client = createClient(admin, "Quokka Outdoor");
		String id = createDesignation(admin,
				with(designation(client, category(admin, "Social")), "agencyName", "Zephyr Social Co"))
			.get("id")
			.asString();
		Account other = signUp();

		for (String q : List.of("quokka", "zephyr")) {
			JsonNode hits = body(get("/api/v1/search?q=" + q, admin));
			assertThat(hits.get("items").values()).anySatisfy((hit) -> {
				assertThat(hit.get("type").asString()).isEqualTo("AOR designation");
				assertThat(hit.get("title").asString()).isEqualTo("Social at Quokka Outdoor");
				assertThat(hit.get("href").asString()).isEqualTo("/designations/" + id);
			});
		}
		assertThat(body(get("/api/v1/search?q=zephyr", other)).get("items").values()).isEmpty();
	}

	private List<String> ids(MvcTestResult result) {
		assertThat(result).hasStatus(200);
		List<String> ids = new ArrayList<>();
		body(result).get("items").forEach((item) -> ids.add(item.get("id").asString()));
		return ids;
	}

}
