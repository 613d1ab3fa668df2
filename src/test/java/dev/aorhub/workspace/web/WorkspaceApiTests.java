package dev.aorhub.workspace.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.aorhub.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

class WorkspaceApiTests extends ApiTestSupport {

	@Test
	void answersTheCallersWorkspaceSettings() {
		Account admin = signUp("Settings Agency");
		MvcTestResult result = get("/api/v1/workspace", admin);

		assertThat(result).hasStatus(200);
		JsonNode workspace = body(result);
		assertThat(workspace.get("id").asString()).isEqualTo(admin.workspaceId().toString());
		assertThat(workspace.get("name").asString()).isEqualTo("Settings Agency");
		assertThat(workspace.get("baseCurrency").asString()).isEqualTo("USD");
		assertThat(workspace.get("timeZone").asString()).isEqualTo("UTC");
		assertThat(workspace.get("version").asLong()).isZero();
	}

	@Test
	void everyStaffUserMayReadTheSettings() {
		Account admin = signUp();
		Account viewer = createUser(admin, "VIEWER");
		assertThat(body(get("/api/v1/workspace", viewer)).get("id").asString())
			.isEqualTo(admin.workspaceId().toString());
	}

	@Test
	void adminChangesTheSettingsWithTheCurrentVersion() {
		Account admin = signUp();
		MvcTestResult result = putJson("/api/v1/workspace", admin,
				change(" Renamed Agency ", "gbp", "Europe/London", 0L));

		assertThat(result).hasStatus(200);
		JsonNode workspace = body(result);
		assertThat(workspace.get("name").asString()).isEqualTo("Renamed Agency");
		assertThat(workspace.get("baseCurrency").asString()).isEqualTo("GBP");
		assertThat(workspace.get("timeZone").asString()).isEqualTo("Europe/London");
		assertThat(workspace.get("version").asLong()).isEqualTo(1);
		assertThat(body(get("/api/v1/workspace", admin)).get("name").asString()).isEqualTo("Renamed Agency");

		JsonNode audit = body(get("/api/v1/audit?entityType=Workspace&action=UPDATED", admin));
		assertThat(audit.get("total").asLong()).isEqualTo(1);
		assertThat(audit.at("/items/0/changes").propertyNames()).containsExactlyInAnyOrder("name", "baseCurrency",
				"timeZone");
		assertThat(audit.at("/items/0/changes/baseCurrency/from").asString()).isEqualTo("USD");
		assertThat(audit.at("/items/0/changes/baseCurrency/to").asString()).isEqualTo("GBP");
	}

	@Test
	void rejectsAStaleVersionWith409() {
		Account admin = signUp();
		assertThat(putJson("/api/v1/workspace", admin, change("First", "USD", "UTC", 0L))).hasStatus(200);

		MvcTestResult result = putJson("/api/v1/workspace", admin, change("Second", "USD", "UTC", 0L));

		assertThat(result).hasStatus(409);
		assertThat(problemType(result)).isEqualTo("stale-version");
		assertThat(body(result).get("currentVersion").asLong()).isEqualTo(1);
		assertThat(body(get("/api/v1/workspace", admin)).get("name").asString()).isEqualTo("First");
	}

	@Test
	void aNonAdminCannotChangeTheSettings() {
		Account admin = signUp("Kept Agency");
		Account finance = createUser(admin, "FINANCE");

		MvcTestResult result = putJson("/api/v1/workspace", finance, change("Taken Over", "USD", "UTC", 0L));

		assertThat(result).hasStatus(403);
		assertThat(problemType(result)).isEqualTo("forbidden");
		assertThat(body(get("/api/v1/workspace", admin)).get("name").asString()).isEqualTo("Kept Agency");
	}

	@Test
	void rejectsAnInvalidCurrencyTimeZoneAndNameWith422() {
		Account admin = signUp();
		MvcTestResult result = putJson("/api/v1/workspace", admin, change(" ", "DOLLARS", "Atlantis/Capital", 0L));

		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactlyInAnyOrder("name", "baseCurrency", "timeZone");
		assertThat(body(get("/api/v1/workspace", admin)).get("version").asLong()).isZero();
	}

	@Test
	void aRequestWithoutTokenAnswers401() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/workspace").exchange();
		assertThat(result).hasStatus(401);
		assertThat(problemType(result)).isEqualTo("unauthenticated");
	}

	private static Map<String, Object> change(String name, String currency, String timeZone, Long version) {
		Map<String, Object> change = new LinkedHashMap<>();
		change.put("name", name);
		change.put("baseCurrency", currency);
		change.put("timeZone", timeZone);
		change.put("version", version);
		return change;
	}

}
