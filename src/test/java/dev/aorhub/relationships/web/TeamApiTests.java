package dev.aorhub.relationships.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

class TeamApiTests extends RelationshipsApiTestSupport {

	@Test
	void nobodyJoinsTheTeamOfAnEndedDesignation() {
		Account admin = signUp();
		Account lead = createUser(admin, "ACCOUNT");
		String designation = ourDesignation(admin, "Quartz Bank", "Creative");
		assertThat(postJson("/api/v1/designations/" + designation + "/end", admin, Map.of())).hasStatus(200);

		MvcTestResult result = postJson("/api/v1/designations/" + designation + "/team", admin,
				member(lead.userId(), "Account Director", 60, true));

		assertThat(result).hasStatus(409);
		assertThat(body(result).get("detail").asString())
			.isEqualTo("The designation is ended: nobody can join its team any more");
	}

	@Test
	void addsATeamMemberWith201AndTheContractFields() {
		Account admin = signUp();
		Account lead = createUser(admin, "ACCOUNT");
		String designation = ourDesignation(admin, "Quartz Bank", "Creative");
		String path = "/api/v1/designations/" + designation + "/team";

		MvcTestResult result = postJson(path, admin, member(lead.userId(), "Account Director", 60, true));

		assertThat(result).hasStatus(201);
		JsonNode body = body(result);
		assertThat(body.propertyNames()).containsExactlyInAnyOrder("id", "userId", "role", "allocationPercent",
				"dedicated", "startDate", "endDate", "version");
		assertThat(result).headers().hasSingleValue(HttpHeaders.LOCATION, path + "/" + body.get("id").asString());
		assertThat(body.get("allocationPercent").asInt()).isEqualTo(60);
		assertThat(body.get("dedicated").asBoolean()).isTrue();
		assertThat(body.get("startDate").asString()).isEqualTo("2026-01-01");
		JsonNode team = body(get(path, admin));
		assertThat(team.get("total").asLong()).isEqualTo(1);
		assertThat(team.at("/items/0/role").asString()).isEqualTo("Account Director");
	}

	@Test
	void warnsWhenAPersonsOverlappingAssignmentsExceedFullTime() {
		Account admin = signUp();
		Account planner = createUser(admin, "MEDIA");
		String first = ourDesignation(admin, "Rocket Shoes", "Media Buying");
		String second = ourDesignation(admin, "Summit Outdoor", "Media Buying");
		JsonNode fine = body(postJson("/api/v1/designations/" + first + "/team", admin,
				member(planner.userId(), "Planner", 70, false)));
		assertThat(fine.has("warnings")).isFalse();

		MvcTestResult over = postJson("/api/v1/designations/" + second + "/team", admin,
				member(planner.userId(), "Buyer", 50, false));

		assertThat(over).hasStatus(201);
		assertThat(warningCodes(body(over))).containsExactly("over-allocated");
		assertThat(body(over).at("/warnings/0/message").asString()).contains("120%");
		JsonNode allocations = body(get("/api/v1/team-allocations", admin));
		JsonNode top = allocations.at("/items/0");
		assertThat(top.get("userId").asString()).isEqualTo(planner.userId().toString());
		assertThat(top.get("peakAllocation").asInt()).isEqualTo(120);
		assertThat(top.get("overAllocated").asBoolean()).isTrue();
	}

	@Test
	void rejectsBadAssignmentsWith422() {
		Account admin = signUp();
		Account outsider = signUp();
		String designation = ourDesignation(admin, "Tidal Water", "PR");
		Map<String, Object> bad = member(outsider.userId(), " ", 150, false);
		bad.put("endDate", "2025-01-01");

		MvcTestResult result = postJson("/api/v1/designations/" + designation + "/team", admin, bad);

		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactlyInAnyOrder("userId", "role", "allocationPercent", "endDate");
		assertThat(problemFields(postJson("/api/v1/designations/" + designation + "/team", admin,
				member(admin.userId(), "Lead", 0, false))))
			.containsExactly("allocationPercent");
	}

	@Test
	void updatesWithTheVersionAndRemovesAMember() {
		Account admin = signUp();
		String designation = ourDesignation(admin, "Umbra Studios", "Social");
		String path = "/api/v1/designations/" + designation + "/team";
		String id = body(postJson(path, admin, member(admin.userId(), "Lead", 40, false))).get("id").asString();

		Map<String, Object> change = member(admin.userId(), "Lead", 80, true);
		change.put("version", 0);
		JsonNode updated = body(putJson(path + "/" + id, admin, change));
		assertThat(updated.get("allocationPercent").asInt()).isEqualTo(80);
		assertThat(updated.get("version").asLong()).isEqualTo(1);
		assertThat(putJson(path + "/" + id, admin, change)).hasStatus(409);

		assertThat(delete(path + "/" + id, admin)).hasStatus(204);
		assertThat(body(get(path, admin)).get("total").asLong()).isZero();
		assertThat(body(get("/api/v1/audit?entityId=" + id, admin)).get("total").asLong()).isEqualTo(3);
	}

	@Test
	void anotherWorkspacesTeamIsNotFound() {
		Account mine = signUp();
		Account theirs = signUp();
		String designation = ourDesignation(theirs, "Vesta Homes", "Creative");

		assertThat(get("/api/v1/designations/" + designation + "/team", mine)).hasStatus(404);
		assertThat(postJson("/api/v1/designations/" + designation + "/team", mine,
				member(mine.userId(), "Lead", 10, false)))
			.hasStatus(404);
	}

	private String ourDesignation(Account admin, String clientName, String category) {
		UUID client = createClient(admin, clientName);
		return createDesignation(admin, with(designation(client, category(admin, category)), "endDate", null)).get("id")
			.asString();
	}

	private static Map<String, Object> member(UUID userId, String role, int percent, boolean dedicated) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("userId", userId);
		request.put("role", role);
		request.put("allocationPercent", percent);
		request.put("dedicated", dedicated);
		return request;
	}

}
