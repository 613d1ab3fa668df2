package dev.aorhub.workspace.web;

import dev.aorhub.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

class MeApiTests extends ApiTestSupport {

	@Test
	void answersTheContractFieldsOfTheSignedInUser() {
		Account admin = signUp();
		MvcTestResult result = get("/api/v1/me", admin);

		assertThat(result).hasStatus(200);
		JsonNode me = body(result);
		assertThat(me.propertyNames()).contains("userId", "workspaceId", "email", "name", "roles", "clientId");
		assertThat(me.get("userId").asString()).isEqualTo(admin.userId().toString());
		assertThat(me.get("workspaceId").asString()).isEqualTo(admin.workspaceId().toString());
		assertThat(me.get("email").asString()).isEqualTo(admin.email());
		assertThat(me.get("name").asString()).isEqualTo("Ada Admin");
		assertThat(me.get("roles").isArray()).isTrue();
		assertThat(me.get("roles").values()).extracting(JsonNode::asString).containsExactly("ADMIN");
		assertThat(me.get("clientId").isNull()).isTrue();
	}

	@Test
	void answersTheRolesOfAUserAnAdminCreated() {
		Account admin = signUp();
		Account user = createUser(admin, "MEDIA", "FINANCE");
		JsonNode me = body(get("/api/v1/me", user));

		assertThat(me.get("userId").asString()).isEqualTo(user.userId().toString());
		assertThat(me.get("workspaceId").asString()).isEqualTo(admin.workspaceId().toString());
		assertThat(me.get("name").asString()).isEqualTo("Una User");
		assertThat(me.get("roles").values()).extracting(JsonNode::asString)
			.containsExactlyInAnyOrder("MEDIA", "FINANCE");
	}

	@Test
	void reflectsAChangedNameAtOnce() {
		Account admin = signUp();
		Account user = createUser(admin, "ACCOUNT");
		JsonNode current = body(get("/api/v1/users/" + user.userId(), admin));
		var change = new java.util.LinkedHashMap<String, Object>();
		change.put("email", user.email());
		change.put("name", "Una Renamed");
		change.put("roles", java.util.List.of("ACCOUNT", "VIEWER"));
		change.put("version", current.get("version").asLong());
		assertThat(putJson("/api/v1/users/" + user.userId(), admin, change)).hasStatus(200);

		JsonNode me = body(get("/api/v1/me", user));
		assertThat(me.get("name").asString()).isEqualTo("Una Renamed");
		assertThat(me.get("roles").values()).extracting(JsonNode::asString)
			.containsExactlyInAnyOrder("ACCOUNT", "VIEWER");
	}

}
