package dev.aorhub.shared.web;

import dev.aorhub.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The API description integrations read: only what a client really sends. */
class OpenApiDocumentTests extends ApiTestSupport {

	private static final java.util.Set<String> VERBS = java.util.Set.of("get", "put", "post", "delete", "patch");

	@Test
	void everyOperationHasASummary() {
		JsonNode document = document();
		java.util.List<String> without = new java.util.ArrayList<>();
		document.at("/paths").properties().forEach((path) -> path.getValue().properties().forEach((operation) -> {
			if (VERBS.contains(operation.getKey()) && operation.getValue().path("summary").asString("").isBlank()) {
				without.add(operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
			}
		}));
		assertThat(without).as("operations without a summary").isEmpty();
	}

	@Test
	void everyTagHasAReadableName() {
		JsonNode document = document();
		java.util.Set<String> tags = new java.util.TreeSet<>();
		document.at("/paths")
			.forEach((path) -> path
				.forEach((operation) -> operation.path("tags").forEach((tag) -> tags.add(tag.asString()))));
		document.path("tags").forEach((tag) -> tags.add(tag.path("name").asString()));

		assertThat(tags).contains("Designations", "Rate cards", "Clients", "Users");
		assertThat(tags)
			.allSatisfy((tag) -> assertThat(tag).doesNotContainIgnoringCase("controller").matches("[A-Z][A-Za-z -]*"));
	}

	@Test
	void signUpAndTokenCreationNeedNoToken() {
		JsonNode document = document();

		assertThat(document.at("/paths/~1api~1v1~1signup/post/security").isArray()).isTrue();
		assertThat(document.at("/paths/~1api~1v1~1signup/post/security")).isEmpty();
		assertThat(document.at("/paths/~1api~1v1~1auth~1tokens/post/security").isArray()).isTrue();
		assertThat(document.at("/paths/~1api~1v1~1auth~1tokens/post/security")).isEmpty();
		// Everything else needs the bearer token of the document's default.
		assertThat(document.at("/paths/~1api~1v1~1auth~1tokens/get/security").isMissingNode()).isTrue();
		assertThat(document.at("/security/0/bearer").isArray()).isTrue();
	}

	private JsonNode document() {
		MvcTestResult result = this.mvc.get().uri("/v3/api-docs").exchange();
		assertThat(result).hasStatus(200);
		return body(result);
	}

	@Test
	void theSignedInUserIsNoParameterOfAnyOperation() {
		MvcTestResult result = this.mvc.get().uri("/v3/api-docs").exchange();

		assertThat(result).hasStatus(200);
		JsonNode document = body(result);
		assertThat(document.at("/paths").size()).isGreaterThan(20);
		assertThat(document.toString()).doesNotContain("CurrentUser").doesNotContain("\"workspaceName\",\"in\"");
		document.at("/paths")
			.forEach((path) -> path.forEach((operation) -> operation.path("parameters")
				.forEach((parameter) -> assertThat(parameter.get("name").asString()).isNotIn("viewer", "user", "admin",
						"actor"))));
	}

}
