package dev.aorhub.workspace.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyApiTests extends ApiTestSupport {

	@Test
	void replaysTheFirstAnswerForTheSameKeyAndBody() {
		Account admin = signUp();
		String key = UUID.randomUUID().toString();
		String email = uniqueEmail("once");
		Map<String, Object> request = userRequest(email, "Only Once", "ACCOUNT");

		MvcTestResult first = postWithKey(admin, key, request);
		MvcTestResult retry = postWithKey(admin, key, request);

		assertThat(first).hasStatus(201);
		assertThat(first.getResponse().getHeader("Idempotent-Replayed")).isNull();
		assertThat(retry).hasStatus(201);
		assertThat(retry).headers().hasSingleValue("Idempotent-Replayed", "true");
		assertThat(body(retry).get("id").asString()).isEqualTo(body(first).get("id").asString());
		assertThat(retry.getResponse().getHeader(HttpHeaders.LOCATION))
			.isEqualTo(first.getResponse().getHeader(HttpHeaders.LOCATION));
		assertThat(retry.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);

		JsonNode users = body(get("/api/v1/users?q=" + email.substring(0, email.indexOf('@')), admin));
		assertThat(users.get("total").asLong()).isEqualTo(1);
	}

	@Test
	void replaysAValidationFailureToo() {
		Account admin = signUp();
		String key = UUID.randomUUID().toString();
		Map<String, Object> request = userRequest("not-an-email", "Bad", "ACCOUNT");

		assertThat(postWithKey(admin, key, request)).hasStatus(422);
		MvcTestResult retry = postWithKey(admin, key, request);
		assertThat(retry).hasStatus(422);
		assertThat(retry).headers().hasSingleValue("Idempotent-Replayed", "true");
		assertThat(problemFields(retry)).containsExactly("email");
	}

	@Test
	void rejectsTheSameKeyWithADifferentBodyWith422() {
		Account admin = signUp();
		String key = UUID.randomUUID().toString();
		assertThat(postWithKey(admin, key, userRequest(uniqueEmail("first"), "First", "ACCOUNT"))).hasStatus(201);

		String secondEmail = uniqueEmail("second");
		MvcTestResult result = postWithKey(admin, key, userRequest(secondEmail, "Second", "ACCOUNT"));

		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactly("Idempotency-Key");
		assertThat(
				body(get("/api/v1/users?q=" + secondEmail.substring(0, secondEmail.indexOf('@')), admin)).get("total")
					.asLong())
			.isZero();
	}

	@Test
	void rejectsTheSameKeyOnAnotherPathWith422() {
		Account admin = signUp();
		Account user = createUser(admin, "ACCOUNT");
		String key = UUID.randomUUID().toString();
		assertThat(postWithKey(admin, key, "/api/v1/users/" + user.userId() + "/deactivate", Map.of())).hasStatus(200);

		MvcTestResult result = postWithKey(admin, key, "/api/v1/users/" + admin.userId() + "/deactivate", Map.of());
		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactly("Idempotency-Key");
	}

	@Test
	void keysArePerWorkspace() {
		Account first = signUp();
		Account second = signUp();
		String key = UUID.randomUUID().toString();

		MvcTestResult inFirst = postWithKey(first, key, userRequest(uniqueEmail("a"), "In First", "ACCOUNT"));
		MvcTestResult inSecond = postWithKey(second, key, userRequest(uniqueEmail("b"), "In Second", "ACCOUNT"));

		assertThat(inFirst).hasStatus(201);
		assertThat(inSecond).hasStatus(201);
		assertThat(inSecond.getResponse().getHeader("Idempotent-Replayed")).isNull();
		assertThat(body(inSecond).get("id").asString()).isNotEqualTo(body(inFirst).get("id").asString());
		assertThat(body(get("/api/v1/users", second)).get("total").asLong()).isEqualTo(2);
	}

	@Test
	void keysArePerCallerSoNoOneReceivesAnotherUsersAnswer() {
		Account admin = signUp();
		Account viewer = createUser(admin, "VIEWER");
		String key = UUID.randomUUID().toString();
		Map<String, Object> request = userRequest(uniqueEmail("first"), "First Answer", "ACCOUNT");

		MvcTestResult byAdmin = postWithKey(admin, key, request);
		MvcTestResult byViewer = postWithKey(viewer, key, request);

		assertThat(byAdmin).hasStatus(201);
		assertThat(byViewer).hasStatus(403);
		assertThat(byViewer.getResponse().getHeader("Idempotent-Replayed")).isNull();
		assertThat(text(byViewer)).doesNotContain("First Answer");
	}

	@Test
	void rejectsAKeyLongerThan200CharactersWith422() {
		Account admin = signUp();
		MvcTestResult result = postWithKey(admin, "k".repeat(201), userRequest(uniqueEmail("long"), "Long", "ACCOUNT"));

		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactly("Idempotency-Key");
	}

	@Test
	void withoutAKeyEveryPostIsNew() {
		Account admin = signUp();
		Map<String, Object> request = userRequest(uniqueEmail("twice"), "Twice", "ACCOUNT");
		assertThat(postJson("/api/v1/users", admin, request)).hasStatus(201);
		MvcTestResult again = postJson("/api/v1/users", admin, request);
		assertThat(again).hasStatus(422);
		assertThat(problemFields(again)).containsExactly("email");
	}

	private MvcTestResult postWithKey(Account account, String key, Object body) {
		return postWithKey(account, key, "/api/v1/users", body);
	}

	private MvcTestResult postWithKey(Account account, String key, String path, Object body) {
		return as(account,
				this.mvc.post()
					.uri(path)
					.header("Idempotency-Key", key)
					.contentType(MediaType.APPLICATION_JSON)
					.content(toJson(body)))
			.exchange();
	}

}
