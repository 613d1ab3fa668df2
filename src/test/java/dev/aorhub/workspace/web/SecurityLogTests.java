package dev.aorhub.workspace.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.aorhub.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every sign-in, success or failure, and every 401 and 403 reaches the security log with
 * workspace, user or e-mail, client address, time and outcome; never a password or a
 * token.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecurityLogTests extends ApiTestSupport {

	@Autowired
	private JdbcClient jdbc;

	@Test
	void formSignInsAreLoggedWithTheirOutcomeAndAddress(CapturedOutput output) {
		Account admin = signUp();
		Account user = createUser(admin, "ACCOUNT");

		signInWithForm(user.email(), "wrong-password-9", address("198.51.100.7"));
		signInWithForm(user.email(), user.password(), address("198.51.100.8"));

		JsonNode events = body(get("/api/v1/security-events?kind=SIGN_IN&q=" + user.email(), admin));
		assertThat(events.get("total").asLong()).isEqualTo(2);
		JsonNode success = withOutcome(events, "SUCCEEDED");
		assertThat(success.get("clientAddress").asString()).isEqualTo("198.51.100.8");
		assertThat(success.get("userId").asString()).isEqualTo(user.userId().toString());
		assertThat(success.get("email").asString()).isEqualTo(user.email());
		assertThat(success.get("occurredAt").asString()).endsWith("Z");
		JsonNode failure = withOutcome(events, "WRONG_PASSWORD");
		assertThat(failure.get("clientAddress").asString()).isEqualTo("198.51.100.7");
		assertThat(failure.get("userId").asString()).isEqualTo(user.userId().toString());

		assertThat(output.getAll()).contains("security_event").contains("kind=SIGN_IN outcome=WRONG_PASSWORD");
		// MockMvc prints the requests it makes; the log's own lines are what matter here.
		List<String> logLines = output.getAll().lines().filter((line) -> line.contains("security_event")).toList();
		assertThat(logLines.toString()).doesNotContain("wrong-password-9").doesNotContain(user.password());
		assertThat(this.jdbc.sql("SELECT * FROM security_event").query().listOfRows().toString())
			.doesNotContain("wrong-password-9")
			.doesNotContain(user.password());
	}

	@Test
	void deactivatedAndLockedAccountsAreLoggedAsSuch() {
		Account admin = signUp();
		Account user = createUser(admin, "ACCOUNT");
		assertThat(postJson("/api/v1/users/" + user.userId() + "/deactivate", admin, Map.of())).hasStatus(200);

		signInWithForm(user.email(), user.password(), uniqueAddress());
		for (int i = 0; i < 12; i++) {
			signInWithForm(user.email(), "wrong-password-" + i, uniqueAddress());
		}

		List<String> outcomes = outcomes(admin, "SIGN_IN", user.email());
		assertThat(outcomes).contains("DEACTIVATED", "WRONG_PASSWORD", "LOCKED");
	}

	@Test
	void tokenSignInsAreLoggedApartFromThePage() {
		Account admin = signUp();
		assertThat(requestToken(admin.email(), "not-the-password-1")).hasStatus(401);
		assertThat(requestToken(admin.email(), admin.password())).hasStatus(201);

		assertThat(outcomes(admin, "TOKEN_SIGN_IN", admin.email())).containsExactlyInAnyOrder("SUCCEEDED", "SUCCEEDED",
				"WRONG_PASSWORD"); // signUp() took a token too
		assertThat(outcomes(admin, "SIGN_IN", admin.email())).isEmpty();
	}

	@Test
	void refusedRequestsAreLoggedWithoutTheirQueryOrToken() {
		Account admin = signUp();
		Account viewer = createUser(admin, "VIEWER");
		assertThat(get("/api/v1/cost-rates?secret=abc", viewer)).hasStatus(403);
		assertThat(getPage("/admin/users", viewer)).hasStatus(403);
		MvcTestResult badToken = this.mvc.get()
			.uri("/api/v1/clients")
			.header("Authorization", "Bearer aorhub_not-a-real-token")
			.exchange();
		assertThat(badToken).hasStatus(401);

		JsonNode denied = body(get("/api/v1/security-events?kind=ACCESS_DENIED", admin));
		assertThat(denied.get("total").asLong()).isEqualTo(2);
		assertThat(denied.get("items").values()).allSatisfy((event) -> {
			assertThat(event.get("userId").asString()).isEqualTo(viewer.userId().toString());
			assertThat(event.get("outcome").asString()).isEqualTo("REFUSED");
		});
		assertThat(denied.get("items").values()).extracting((event) -> event.get("request").asString())
			.containsExactlyInAnyOrder("GET /api/v1/cost-rates", "GET /admin/users");

		List<Map<String, Object>> anonymous = this.jdbc
			.sql("SELECT * FROM security_event WHERE kind = 'NOT_SIGNED_IN' AND request = 'GET /api/v1/clients'"
					+ " AND workspace_id IS NULL")
			.query()
			.listOfRows();
		assertThat(anonymous).isNotEmpty();
		assertThat(this.jdbc.sql("SELECT * FROM security_event").query().listOfRows().toString())
			.doesNotContain("not-a-real-token")
			.doesNotContain("secret=abc")
			.doesNotContain(viewer.token());
	}

	@Test
	void onlyTheWorkspacesAdminReadsItsLogAndCanExportIt() throws Exception {
		Account admin = signUp();
		Account other = signUp();
		Account viewer = createUser(admin, "VIEWER");
		assertThat(requestToken(admin.email(), "not-the-password-2")).hasStatus(401);

		assertThat(get("/api/v1/security-events", viewer)).hasStatus(403);
		assertThat(getPage("/admin/security-log", viewer)).hasStatus(403);
		assertThat(body(get("/api/v1/security-events?q=" + admin.email(), other)).get("total").asLong()).isZero();

		String csv = new String(
				get("/api/v1/security-events/export?format=csv", admin).getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(csv).contains("When (UTC)").contains("WRONG_PASSWORD").contains(admin.email());

		MvcTestResult page = getPage("/admin/security-log", admin);
		assertThat(page).hasStatus(200);
		assertThat(page.getResponse().getContentAsString()).contains("Security log")
			.contains("Wrong password")
			.contains(admin.email());
		assertThat(getPage("/admin/security-log/export?format=xlsx", admin)).hasStatus(200);
	}

	private static JsonNode withOutcome(JsonNode events, String outcome) {
		return events.get("items")
			.values()
			.stream()
			.filter((event) -> event.get("outcome").asString().equals(outcome))
			.findFirst()
			.orElseThrow();
	}

	private List<String> outcomes(Account admin, String kind, String email) {
		JsonNode events = body(get("/api/v1/security-events?size=100&kind=" + kind + "&q=" + email, admin));
		return events.get("items").values().stream().map((event) -> event.get("outcome").asString()).toList();
	}

	private void signInWithForm(String email, String password, RequestPostProcessor address) {
		assertThat(this.mvc.post()
			.uri("/login")
			.param("email", email)
			.param("password", password)
			.with(csrf())
			.with(address)
			.exchange()).hasStatus(302);
	}

	private static RequestPostProcessor address(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
