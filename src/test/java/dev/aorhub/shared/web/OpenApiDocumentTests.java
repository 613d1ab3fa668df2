package dev.aorhub.shared.web;

import dev.aorhub.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The API description integrations read: only what a client really sends. */
class OpenApiDocumentTests extends ApiTestSupport {

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
