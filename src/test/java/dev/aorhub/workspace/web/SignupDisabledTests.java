package dev.aorhub.workspace.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one other context of the suite: an installation where nobody may create a
 * workspace.
 */
@SpringBootTest(properties = "aorhub.signup.enabled=false")
@AutoConfigureMockMvc
class SignupDisabledTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void signupAnswers403AndCreatesNothing() {
		String email = "closed-" + java.util.UUID.randomUUID() + "@example.test";
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/signup")
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(Map.of("workspaceName", "Closed Agency", "email", email, "name",
					"Cal Closed", "password", "Blue-Harbour-Lantern-42")))
			.exchange();

		assertThat(result).hasStatus(403);
		assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JsonNode problem = this.json.readTree(result.getResponse().getContentAsByteArray());
		assertThat(problem.get("type").asString()).isEqualTo("https://aorhub.dev/problems/forbidden");
		assertThat(problem.get("status").asInt()).isEqualTo(403);
		assertThat(this.jdbc.sql("SELECT count(*) FROM app_user WHERE email = :email")
			.param("email", email)
			.query(Long.class)
			.single()).isZero();
		assertThat(
				this.jdbc.sql("SELECT count(*) FROM workspace WHERE name = 'Closed Agency'").query(Long.class).single())
			.isZero();
	}

}
