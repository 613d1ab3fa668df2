package dev.aorhub.workspace.web;

import java.util.Map;

import dev.aorhub.ApiTestSupport;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A new password ends the user's other sign-ins (sessions, remember-me, API tokens), and
 * guessing the current password is throttled like signing in.
 */
class PasswordChangeSecurityTests extends ApiTestSupport {

	private static final String NEW_PASSWORD = "Fresh-Meadow-Signal-7";

	@Test
	void changingTheOwnPasswordRevokesTheOtherTokensButKeepsTheCallingOne() {
		Account user = signUp();
		Account otherToken = withToken(user, token(user.email(), PASSWORD));

		assertThat(changePassword(user, PASSWORD, NEW_PASSWORD)).hasStatus(204);

		assertThat(get("/api/v1/me", user)).hasStatus(200);
		MvcTestResult refused = get("/api/v1/me", otherToken);
		assertThat(refused).hasStatus(401);
		assertThat(problemType(refused)).isEqualTo("invalid-token");
	}

	@Test
	void anAdminsResetEndsEveryTokenOfThatUser() {
		Account admin = signUp();
		Account user = createUser(admin, "ACCOUNT");

		assertThat(postJson("/api/v1/users/" + user.userId() + "/password", admin, Map.of("password", NEW_PASSWORD)))
			.hasStatus(200);

		assertThat(get("/api/v1/me", user)).hasStatus(401);
		assertThat(get("/api/v1/me", admin)).hasStatus(200);
	}

	@Test
	void passwordChangeAndTheEndedSignInsAreAudited() {
		Account admin = signUp();
		Account user = createUser(admin, "ACCOUNT");
		withToken(user, token(user.email(), PASSWORD));
		assertThat(changePassword(user, PASSWORD, NEW_PASSWORD)).hasStatus(204);
		assertThat(postJson("/api/v1/users/" + user.userId() + "/password", admin, Map.of("password", PASSWORD)))
			.hasStatus(200);

		JsonNode changed = body(get("/api/v1/audit?entityId=" + user.userId() + "&action=PASSWORD_CHANGED", admin));
		assertThat(changed.get("total").asLong()).isEqualTo(1);
		JsonNode ended = body(get("/api/v1/audit?entityId=" + user.userId() + "&action=SIGN_INS_ENDED", admin));
		assertThat(ended.get("total").asLong()).isEqualTo(2);
		// Tokens A (calling) and B: the own change revokes B, the reset then A.
		assertThat(ended.at("/items").findValuesAsString("summary")).containsExactlyInAnyOrder(
				"Ended the other sessions of Una User, their remember-me logins and 1 API token",
				"Ended all sessions of Una User, their remember-me logins and 1 API token");
		assertThat(ended.at("/items").findValuesAsString("actorId")).contains(user.userId().toString(),
				admin.userId().toString());
	}

	@Test
	void wrongCurrentPasswordsAreThrottledPerUserWith429() {
		Account user = signUp();
		for (int i = 0; i < 5; i++) {
			MvcTestResult wrong = changePassword(user, "Not-My-Password-" + i, NEW_PASSWORD);
			assertThat(wrong).hasStatus(422);
			assertThat(problemFields(wrong)).containsExactly("currentPassword");
		}

		MvcTestResult locked = changePassword(user, PASSWORD, NEW_PASSWORD);
		assertThat(locked).hasStatus(429);
		assertThat(problemType(locked)).isEqualTo("too-many-requests");
		assertThat(body(locked).get("detail").asString()).startsWith("Too many wrong current passwords; try again in");
		// Nothing changed: the old password still signs in.
		assertThat(requestToken(user.email(), PASSWORD)).hasStatus(201);
	}

	@Test
	void changingThePasswordOnItsPageKeepsThatSessionAndEndsTheOthers() {
		Account user = signUp();
		Cookie[] changing = signInWithForm(user, PASSWORD, false);
		Cookie[] other = signInWithForm(user, PASSWORD, false);
		Cookie[] remembered = rememberMeOnly(signInWithForm(user, PASSWORD, true));

		MvcTestResult changed = this.mvc.post()
			.uri("/account/password")
			.cookie(changing)
			.param("currentPassword", PASSWORD)
			.param("newPassword", NEW_PASSWORD)
			.with(csrf())
			.exchange();
		assertThat(changed).hasStatus(302);
		assertThat(changed.getResponse().getRedirectedUrl()).endsWith("/account/profile");

		Cookie[] renewed = merge(changing, changed.getResponse().getCookies());
		assertThat(this.mvc.get().uri("/account/profile").cookie(renewed).exchange()).hasStatus(200);
		MvcTestResult ended = this.mvc.get().uri("/account/profile").cookie(other).exchange();
		assertThat(ended).hasStatus(302);
		assertThat(ended.getResponse().getRedirectedUrl()).endsWith("/login?error=password-changed");
		MvcTestResult forgotten = this.mvc.get().uri("/account/profile").cookie(remembered).exchange();
		assertThat(forgotten).hasStatus(302);
		assertThat(forgotten.getResponse().getRedirectedUrl()).contains("/login");
		assertThat(text(this.mvc.get().uri("/login?error=password-changed").exchange()))
			.contains("Your password was changed, which signed you out. Sign in again.");
	}

	@Test
	void thePasswordPageSaysWhenWrongCurrentPasswordsLockedIt() {
		Account user = signUp();
		for (int i = 0; i < 5; i++) {
			MvcTestResult wrong = postForm("/account/password", user,
					Map.of("currentPassword", "Not-My-Password-" + i, "newPassword", NEW_PASSWORD));
			assertThat(wrong).hasStatus(200);
			assertThat(text(wrong)).contains("is not your current password");
		}

		MvcTestResult locked = postForm("/account/password", user,
				Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD));

		assertThat(locked).hasStatus(429);
		assertThat(text(locked)).contains("Current password")
			.contains("Too many wrong current passwords; try again in");
		assertThat(requestToken(user.email(), PASSWORD)).hasStatus(201);
	}

	private MvcTestResult changePassword(Account account, String current, String fresh) {
		return putJson("/api/v1/me/password", account, Map.of("currentPassword", current, "newPassword", fresh));
	}

	private static Account withToken(Account account, String token) {
		return new Account(account.workspaceId(), account.userId(), account.email(), account.password(), token);
	}

	private Cookie[] signInWithForm(Account account, String password, boolean rememberMe) {
		var request = this.mvc.post()
			.uri("/login")
			.param("email", account.email())
			.param("password", password)
			.with(csrf())
			.with(uniqueAddress());
		if (rememberMe) {
			request.param("remember-me", "on");
		}
		MvcTestResult result = request.exchange();
		assertThat(result).hasStatus(302);
		assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
		return result.getResponse().getCookies();
	}

	private static Cookie[] rememberMeOnly(Cookie[] cookies) {
		Cookie[] remembered = java.util.Arrays.stream(cookies)
			.filter((cookie) -> cookie.getName().equals("remember-me"))
			.toArray(Cookie[]::new);
		assertThat(remembered).hasSize(1);
		return remembered;
	}

	private static Cookie[] merge(Cookie[] old, Cookie[] fresh) {
		Map<String, Cookie> byName = new java.util.LinkedHashMap<>();
		for (Cookie cookie : old) {
			byName.put(cookie.getName(), cookie);
		}
		for (Cookie cookie : fresh) {
			byName.put(cookie.getName(), cookie);
		}
		return byName.values().toArray(Cookie[]::new);
	}

}
