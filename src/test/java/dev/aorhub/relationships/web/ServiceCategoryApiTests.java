package dev.aorhub.relationships.web;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceCategoryApiTests extends RelationshipsApiTestSupport {

	@Test
	void aNewWorkspaceStartsWithTheEightUsualCategories() {
		Account admin = signUp();

		JsonNode page = body(get("/api/v1/service-categories", admin));

		assertThat(page.propertyNames()).containsExactlyInAnyOrder("items", "page", "size", "total");
		assertThat(page.get("total").asLong()).isEqualTo(8);
		assertThat(categories(admin).keySet()).containsExactly("Analytics", "Creative", "Digital Marketing",
				"Media Buying", "PR", "Search", "Social", "Strategy");
		assertThat(page.at("/items/0").propertyNames()).contains("id", "name");
	}

	@Test
	void workspacesHaveTheirOwnCategories() {
		Account mine = signUp();
		Account theirs = signUp();
		UUID theirCreative = category(theirs, "Creative");

		assertThat(category(mine, "Creative")).isNotEqualTo(theirCreative);
		assertThat(get("/api/v1/service-categories/" + theirCreative, mine)).hasStatus(404);
	}

	@Test
	void anAdminAddsRenamesAndArchivesACategory() {
		Account admin = signUp();
		MvcTestResult created = postJson("/api/v1/service-categories", admin, Map.of("name", " Experiential "));

		assertThat(created).hasStatus(201);
		String id = body(created).get("id").asString();
		assertThat(created).headers().hasSingleValue(HttpHeaders.LOCATION, "/api/v1/service-categories/" + id);
		assertThat(body(created).get("name").asString()).isEqualTo("Experiential");

		MvcTestResult renamed = putJson("/api/v1/service-categories/" + id, admin, Map.of("name", "Events"));
		assertThat(renamed).hasStatus(200);
		assertThat(body(renamed).get("name").asString()).isEqualTo("Events");

		assertThat(delete("/api/v1/service-categories/" + id, admin)).hasStatus(204);
		assertThat(categories(admin)).doesNotContainKey("Events");
		assertThat(body(get("/api/v1/service-categories/" + id, admin)).get("archived").asBoolean()).isTrue();
		assertThat(body(get("/api/v1/audit?entityId=" + id + "&sort=occurredAt,asc", admin)).get("items").size())
			.isEqualTo(3);
	}

	@Test
	void rejectsADuplicateNameWhateverItsCaseWith422() {
		Account admin = signUp();

		MvcTestResult result = postJson("/api/v1/service-categories", admin, Map.of("name", "media buying"));

		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactly("name");
		MvcTestResult blank = postJson("/api/v1/service-categories", admin, Map.of("name", " "));
		assertThat(problemFields(blank)).containsExactly("name");
	}

	@Test
	void onlyAdminsChangeCategories() {
		Account admin = signUp();
		Account account = createUser(admin, "ACCOUNT");

		assertThat(get("/api/v1/service-categories", account)).hasStatus(200);
		MvcTestResult refused = postJson("/api/v1/service-categories", account, Map.of("name", "Influencer"));
		assertThat(refused).hasStatus(403);
		assertThat(problemType(refused)).isEqualTo("forbidden");
	}

}
