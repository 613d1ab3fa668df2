package dev.aorhub.workspace.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.aorhub.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TokenApiTests extends ApiTestSupport {

	@Test
	void issuesATokenThatSignsInApiRequests() {
		Account admin = signUp();
		MvcTestResult result = requestToken(admin.email(), PASSWORD);

		assertThat(result).hasStatus(201);
		JsonNode body = body(result);
		assertThat(body.propertyNames()).contains("id", "name", "token", "expiresAt");
		assertThat(body.get("name").asString()).isEqualTo("tests");
		String token = body.get("token").asString();
		String workspaceHex = admin.workspaceId().toString().replace("-", "");
		assertThat(token).matches("aor_" + workspaceHex + "_[A-Za-z0-9_-]{43}");
		assertThat(Instant.parse(body.get("expiresAt").asString())).isCloseTo(Instant.now().plus(Duration.ofDays(90)),
				within(Duration.ofMinutes(5)));
		assertThat(result).headers()
			.hasSingleValue(HttpHeaders.LOCATION, "/api/v1/auth/tokens/" + body.get("id").asString());

		MvcTestResult me = get("/api/v1/me", new Account(null, null, null, null, token));
		assertThat(me).hasStatus(200);
		assertThat(body(me).get("userId").asString()).isEqualTo(admin.userId().toString());
	}

	@Test
	void acceptsTheEmailInAnyCase() {
		Account admin = signUp();
		assertThat(requestToken("  " + admin.email().toUpperCase(java.util.Locale.ROOT), PASSWORD)).hasStatus(201);
	}

	@Test
	void rejectsAWrongPasswordWith401Problem() {
		Account admin = signUp();
		MvcTestResult result = requestToken(admin.email(), "Wrong-Password-99");

		assertThat(result).hasStatus(401);
		assertThat(problemType(result)).isEqualTo("unauthenticated");
		assertThat(body(result).get("detail").asString()).isEqualTo("E-mail or password is wrong");
		assertThat(text(result)).doesNotContain("token\"");
	}

	@Test
	void rejectsAnUnknownEmailLikeAWrongPassword() {
		MvcTestResult result = requestToken(uniqueEmail("nobody"), PASSWORD);

		assertThat(result).hasStatus(401);
		assertThat(problemType(result)).isEqualTo("unauthenticated");
		assertThat(body(result).get("detail").asString()).isEqualTo("E-mail or password is wrong");
	}

	@Test
	void aDeactivatedAccountAnswersLikeAWrongPasswordUntilThePasswordIsRight() {
		Account admin = signUp();
		Account user = createUser(admin, "ACCOUNT");
		assertThat(postJson("/api/v1/users/" + user.userId() + "/deactivate", admin, Map.of())).hasStatus(200);

		MvcTestResult wrong = requestToken(user.email(), "Wrong-Password-99");
		assertThat(wrong).hasStatus(401);
		assertThat(body(wrong).get("detail").asString()).isEqualTo("E-mail or password is wrong");
		MvcTestResult page = this.mvc.post()
			.uri("/login")
			.param("email", user.email())
			.param("password", "Wrong-Password-99")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(uniqueAddress())
			.exchange();
		assertThat(page.getResponse().getRedirectedUrl()).endsWith("/login?error=bad");

		MvcTestResult right = requestToken(user.email(), PASSWORD);
		assertThat(right).hasStatus(401);
		assertThat(body(right).get("detail").asString()).isEqualTo("This account is deactivated");
	}

	@Test
	void locksTheAccountAfterFiveFailuresEvenForTheRightPassword() {
		Account admin = signUp();
		for (int attempt = 1; attempt <= 5; attempt++) {
			// a new client address each time: it is the account that gets locked
			assertThat(requestToken(admin.email(), "Wrong-Password-" + attempt)).hasStatus(401);
		}
		MvcTestResult sixth = requestToken(admin.email(), PASSWORD);

		assertThat(sixth).hasStatus(429);
		assertThat(problemType(sixth)).isEqualTo("too-many-requests");
		assertThat(body(sixth).get("detail").asString()).startsWith("Too many failed sign-ins");
	}

	@Test
	void aSuccessfulSignInForgetsEarlierFailures() {
		Account admin = signUp();
		RequestPostProcessor address = uniqueAddress();
		for (int attempt = 1; attempt <= 4; attempt++) {
			assertThat(requestToken(admin.email(), "Wrong-Password-" + attempt, address)).hasStatus(401);
		}
		assertThat(requestToken(admin.email(), PASSWORD, address)).hasStatus(201);
		for (int attempt = 1; attempt <= 4; attempt++) {
			assertThat(requestToken(admin.email(), "Wrong-Password-" + attempt)).hasStatus(401);
		}
		assertThat(requestToken(admin.email(), PASSWORD)).hasStatus(201);
	}

	@Test
	void listsTheCallersTokensWithoutTheirSecret() {
		Account admin = signUp();
		MvcTestResult result = get("/api/v1/auth/tokens", admin);

		assertThat(result).hasStatus(200);
		JsonNode body = body(result);
		assertThat(body.get("total").asLong()).isEqualTo(1);
		JsonNode item = body.get("items").get(0);
		assertThat(item.get("name").asString()).isEqualTo("tests");
		assertThat(item.has("token")).isFalse();
		assertThat(text(result)).doesNotContain(admin.token());
	}

	@Test
	void aRevokedTokenAnswers401InvalidToken() {
		Account admin = signUp();
		JsonNode issued = body(requestToken(admin.email(), PASSWORD));
		String secondId = issued.get("id").asString();
		Account withSecond = new Account(admin.workspaceId(), admin.userId(), admin.email(), PASSWORD,
				issued.get("token").asString());
		assertThat(get("/api/v1/me", withSecond)).hasStatus(200);
		assertThat(delete("/api/v1/auth/tokens/" + secondId, admin)).hasStatus(204);

		MvcTestResult result = get("/api/v1/me", withSecond);
		assertThat(result).hasStatus(401);
		assertThat(problemType(result)).isEqualTo("invalid-token");
		assertThat(result).headers().hasSingleValue("WWW-Authenticate", "Bearer error=\"invalid_token\"");

		assertThat(get("/api/v1/me", admin)).hasStatus(200);
		JsonNode revoked = body(get("/api/v1/auth/tokens", admin)).get("items")
			.values()
			.stream()
			.filter((item) -> item.get("id").asString().equals(secondId))
			.findFirst()
			.orElseThrow();
		assertThat(revoked.get("revokedAt").isNull()).isFalse();
	}

	@Test
	void revokingAnotherUsersTokenAnswers404() {
		Account admin = signUp();
		Account other = signUp();
		String otherTokenId = body(get("/api/v1/auth/tokens", other)).at("/items/0/id").asString();

		MvcTestResult result = delete("/api/v1/auth/tokens/" + otherTokenId, admin);
		assertThat(result).hasStatus(404);
		assertThat(problemType(result)).isEqualTo("not-found");
		assertThat(get("/api/v1/me", other)).hasStatus(200);
	}

	@Test
	void aGarbageTokenAnswers401InvalidToken() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/me")
			.header(HttpHeaders.AUTHORIZATION, "Bearer not-a-real-token")
			.exchange();

		assertThat(result).hasStatus(401);
		assertThat(problemType(result)).isEqualTo("invalid-token");
	}

	@Test
	void aWellFormedTokenWithAWrongSecretAnswers401InvalidToken() {
		Account admin = signUp();
		String forged = admin.token().substring(0, admin.token().length() - 43) + "A".repeat(43);
		MvcTestResult result = get("/api/v1/me", new Account(null, null, null, null, forged));

		assertThat(result).hasStatus(401);
		assertThat(problemType(result)).isEqualTo("invalid-token");
	}

	@Test
	void aRequestWithoutTokenAnswers401Unauthenticated() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/me").exchange();

		assertThat(result).hasStatus(401);
		assertThat(problemType(result)).isEqualTo("unauthenticated");
		assertThat(result).headers().hasSingleValue("WWW-Authenticate", "Bearer");
	}

	@Test
	void rejectsATokenNameLongerThan80Characters() {
		Account admin = signUp();
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/auth/tokens")
			.contentType("application/json")
			.content(toJson(Map.of("email", admin.email(), "password", PASSWORD, "name", "n".repeat(81))))
			.with(uniqueAddress())
			.exchange();

		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactly("name");
	}

}
