package dev.aorhub.relationships.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/designations/{id}/renew} and the history of terms at {@code GET
 * /api/v1/designations/{id}/terms}.
 */
class DesignationRenewalApiTests extends RelationshipsApiTestSupport {

	@Test
	void renewsWithTheGivenTermAndKeepsThePreviousOneInTheHistory() {
		Account admin = signUp();
		UUID client = createClient(admin, "Acme Foods");
		String id = createDesignation(admin, designation(client, category(admin, "Creative"))).get("id").asString();

		MvcTestResult result = postJson("/api/v1/designations/" + id + "/renew", admin,
				Map.of("startDate", "2028-01-01", "endDate", "2028-12-31", "annualValue",
						Map.of("amount", "300000.00", "currency", "EUR"), "kind", "preferred"));

		assertThat(result).as(text(result)).hasStatus(200);
		JsonNode body = body(result);
		assertThat(body.propertyNames()).containsExactlyInAnyOrder("id", "clientId", "categoryId", "agencyName", "kind",
				"status", "market", "scope", "startDate", "endDate", "renewalNoticeDays", "autoRenew", "annualValue",
				"accountLeadId", "archived", "version");
		assertThat(body.get("id").asString()).isEqualTo(id);
		assertThat(body.get("startDate").asString()).isEqualTo("2028-01-01");
		assertThat(body.get("endDate").asString()).isEqualTo("2028-12-31");
		assertThat(body.at("/annualValue/amount").asString()).isEqualTo("300000.00");
		assertThat(body.at("/annualValue/currency").asString()).isEqualTo("EUR");
		assertThat(body.get("kind").asString()).isEqualTo("PREFERRED");
		assertThat(body.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(body.get("version").asLong()).isEqualTo(1);

		JsonNode terms = body(get("/api/v1/designations/" + id + "/terms", admin));
		assertThat(terms.get("total").asLong()).isEqualTo(2);
		JsonNode current = terms.at("/items/0");
		assertThat(current.get("current").asBoolean()).isTrue();
		assertThat(current.get("startDate").asString()).isEqualTo("2028-01-01");
		assertThat(current.get("renewedAt").isNull()).isTrue();
		JsonNode previous = terms.at("/items/1");
		assertThat(previous.get("current").asBoolean()).isFalse();
		assertThat(previous.get("startDate").asString()).isEqualTo("2026-01-01");
		assertThat(previous.get("endDate").asString()).isEqualTo("2027-12-31");
		assertThat(previous.at("/annualValue/amount").asString()).isEqualTo("250000.00");
		assertThat(previous.at("/annualValue/currency").asString()).isEqualTo("USD");
		assertThat(previous.get("kind").asString()).isEqualTo("EXCLUSIVE");
		assertThat(previous.get("renewedBy").asString()).isEqualTo(admin.userId().toString());
		assertThat(previous.get("renewedAt").asString()).isNotBlank();
	}

	@Test
	void anEmptyBodyOrNoneRenewsForTheSameLengthFromTheDayAfterTheEndAtTheSameValueAndKind() {
		Account admin = signUp();
		UUID client = createClient(admin, "Bolt Motors");
		String id = createDesignation(admin, designation(client, category(admin, "PR"))).get("id").asString();

		JsonNode renewed = body(postJson("/api/v1/designations/" + id + "/renew", admin, Map.of()));

		assertThat(renewed.get("startDate").asString()).isEqualTo("2028-01-01");
		assertThat(renewed.get("endDate").asString()).isEqualTo("2029-12-31");
		assertThat(renewed.at("/annualValue/amount").asString()).isEqualTo("250000.00");
		assertThat(renewed.get("kind").asString()).isEqualTo("EXCLUSIVE");

		MvcTestResult noBody = as(admin, this.mvc.post().uri("/api/v1/designations/" + id + "/renew")).exchange();
		assertThat(noBody).as(text(noBody)).hasStatus(200);
		assertThat(body(noBody).get("startDate").asString()).isEqualTo("2030-01-01");
		assertThat(body(noBody).get("endDate").asString()).isEqualTo("2031-12-31");
		assertThat(body(get("/api/v1/designations/" + id + "/terms", admin)).get("total").asLong()).isEqualTo(3);
	}

	@Test
	void renewingDuringAReviewKeepsTheBusinessAndTheAuditLogSaysSo() {
		Account admin = signUp();
		UUID client = createClient(admin, "Cobalt Bank");
		String id = createDesignation(admin, designation(client, category(admin, "Search"))).get("id").asString();
		assertThat(postJson("/api/v1/designations/" + id + "/review", admin, Map.of())).hasStatus(200);

		JsonNode renewed = body(postJson("/api/v1/designations/" + id + "/renew", admin, Map.of()));

		assertThat(renewed.get("status").asString()).isEqualTo("ACTIVE");
		JsonNode audit = body(get("/api/v1/audit?entityId=" + id + "&sort=occurredAt,asc", admin));
		List<String> actions = new ArrayList<>();
		audit.get("items").forEach((entry) -> actions.add(entry.get("action").asString()));
		assertThat(actions).containsExactly("CREATED", "REVIEW_STARTED", "RENEWED");
		JsonNode entry = audit.at("/items/2");
		assertThat(entry.get("summary").asString()).isEqualTo(
				"Renewed designation Search at Cobalt Bank (Global, ours) for 1 Jan 2028 to 31 Dec 2029 (was 1 Jan 2026 to 31 Dec 2027)");
		assertThat(entry.at("/changes/status/to").asString()).isEqualTo("ACTIVE");
		assertThat(entry.at("/changes/endDate/to").asString()).isEqualTo("2029-12-31");
	}

	@Test
	void aRenewalOverlappingAnotherExclusiveDesignationIsTheExclusivityConflict() {
		Account admin = signUp();
		UUID client = createClient(admin, "Delta Air");
		UUID media = category(admin, "Media Buying");
		String ours = createDesignation(admin, designation(client, media)).get("id").asString();
		String theirs = createDesignation(admin, with(designation(client, media), "agencyName", "Oakline Media",
				"startDate", "2028-06-01", "endDate", "2030-05-31"))
			.get("id")
			.asString();

		MvcTestResult result = postJson("/api/v1/designations/" + ours + "/renew", admin, Map.of());

		assertThat(result).hasStatus(409);
		assertThat(problemType(result)).isEqualTo("exclusivity-conflict");
		assertThat(body(result).get("detail").asString()).contains(theirs);
		assertThat(body(get("/api/v1/designations/" + ours, admin)).get("endDate").asString()).isEqualTo("2027-12-31");
		assertThat(body(get("/api/v1/designations/" + ours + "/terms", admin)).get("total").asLong()).isEqualTo(1);
		// A term that stops before theirs starts is fine.
		assertThat(postJson("/api/v1/designations/" + ours + "/renew", admin, Map.of("endDate", "2028-05-31")))
			.hasStatus(200);
	}

	@Test
	void anEndedDesignationIsNotRenewedAndTheProblemSaysWhy() {
		Account admin = signUp();
		UUID client = createClient(admin, "Evergreen Ltd");
		String id = createDesignation(admin, designation(client, category(admin, "Social"))).get("id").asString();
		assertThat(postJson("/api/v1/designations/" + id + "/end", admin, Map.of())).hasStatus(200);

		MvcTestResult result = postJson("/api/v1/designations/" + id + "/renew", admin, Map.of());

		assertThat(result).hasStatus(409);
		assertThat(problemType(result)).isEqualTo("not-renewable");
		assertThat(body(result).get("detail").asString()).contains("ENDED")
			.contains("only an ACTIVE or UNDER_REVIEW designation can");
	}

	@Test
	void badDatesAndValuesAre422WithTheirFields() {
		Account admin = signUp();
		UUID client = createClient(admin, "Fjord Energy");
		String id = createDesignation(admin, designation(client, category(admin, "Strategy"))).get("id").asString();

		MvcTestResult before = postJson("/api/v1/designations/" + id + "/renew", admin,
				Map.of("startDate", "2025-06-01", "endDate", "2025-01-01"));
		assertThat(before).hasStatus(422);
		assertThat(problemFields(before)).containsExactly("startDate", "endDate");

		MvcTestResult unreadable = postJson("/api/v1/designations/" + id + "/renew", admin,
				Map.of("startDate", "soon", "kind", "FOREVER", "annualValue", Map.of("amount", "lots")));
		assertThat(unreadable).hasStatus(422);
		assertThat(problemFields(unreadable)).contains("startDate", "kind", "annualValue.amount");
		assertThat(body(get("/api/v1/designations/" + id + "/terms", admin)).get("total").asLong()).isEqualTo(1);
	}

	@Test
	void anotherWorkspacesDesignationIs404AndAViewerCannotRenew() {
		Account admin = signUp();
		UUID client = createClient(admin, "Gala Hotels");
		String id = createDesignation(admin, designation(client, category(admin, "Analytics"))).get("id").asString();
		Account stranger = signUp();
		Account viewer = createUser(admin, "VIEWER");

		assertThat(postJson("/api/v1/designations/" + id + "/renew", stranger, Map.of())).hasStatus(404);
		assertThat(get("/api/v1/designations/" + id + "/terms", stranger)).hasStatus(404);
		assertThat(postJson("/api/v1/designations/" + id + "/renew", viewer, Map.of())).hasStatus(403);
		assertThat(get("/api/v1/designations/" + id + "/terms", viewer)).hasStatus(200);
		assertThat(body(get("/api/v1/designations/" + id, admin)).get("version").asLong()).isZero();
	}

}
