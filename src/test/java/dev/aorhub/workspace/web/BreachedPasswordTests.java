package dev.aorhub.workspace.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.aorhub.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A password from the breach lists is refused wherever a password is set, saying why
 * beside the field and in the problem's {@code errors}.
 */
class BreachedPasswordTests extends ApiTestSupport {

	private static final String BREACHED = "Password123!";

	private static final String WHY = "is too easy to guess: it is a common password found in breach lists";

	@Test
	void signUpThroughTheApiRefusesABreachedPasswordWith422SayingWhy() {
		MvcTestResult result = postSignup(Map.of("workspaceName", "Breached & Co", "email", uniqueEmail("founder"),
				"name", "Fay Founder", "password", BREACHED));

		assertThat(result).hasStatus(422);
		assertThat(passwordMessage(result, "password")).isEqualTo(WHY);
	}

	@Test
	void theSignUpPageShowsWhyBesideThePassword() {
		MvcTestResult page = this.mvc.post()
			.uri("/signup")
			.param("workspaceName", "Breached & Co")
			.param("email", uniqueEmail("founder"))
			.param("name", "Fay Founder")
			.param("password", "Summer2024!")
			.param("baseCurrency", "USD")
			.param("timeZone", "America/New_York")
			.with(csrf())
			.with(uniqueAddress())
			.exchange();

		assertThat(page).hasStatus(200);
		assertThat(text(page)).contains(WHY);
	}

	@Test
	void signUpRefusesAPasswordMadeFromTheFoundersName() {
		MvcTestResult result = postSignup(Map.of("workspaceName", "Breached & Co", "email", uniqueEmail("founder"),
				"name", "Fenella Quartermaine", "password", "FenellaQuartermaine1"));

		assertThat(result).hasStatus(422);
		assertThat(passwordMessage(result, "password"))
			.isEqualTo("is too easy to guess: it is made from your e-mail address or name");
	}

	@Test
	void anAdminCreatingAUserThroughTheApiIsToldWhy() {
		Account admin = signUp();
		Map<String, Object> request = userRequest(uniqueEmail("weak"), "Wes Weak", "ACCOUNT");
		request.put("password", "Welcome1234");

		MvcTestResult result = postJson("/api/v1/users", admin, request);

		assertThat(result).hasStatus(422);
		assertThat(passwordMessage(result, "password")).isEqualTo(WHY);
	}

	@Test
	void theNewUserPageShowsWhyBesideThePassword() {
		Account admin = signUp();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", "Wes Weak");
		form.put("email", uniqueEmail("weak"));
		form.put("password", "qwerty123456");
		form.put("roles", "ACCOUNT");

		MvcTestResult page = postForm("/admin/users/new", admin, form);

		assertThat(page).hasStatus(200);
		assertThat(text(page)).contains(WHY);
	}

	@Test
	void anAdminsResetRefusesABreachedPassword() {
		Account admin = signUp();
		Account user = createUser(admin, "ACCOUNT");

		MvcTestResult result = postJson("/api/v1/users/" + user.userId() + "/password", admin,
				Map.of("password", "P@ssw0rd2026"));

		assertThat(result).hasStatus(422);
		assertThat(passwordMessage(result, "password")).isEqualTo(WHY);
	}

	@Test
	void changingTheOwnPasswordThroughTheApiRefusesABreachedOne() {
		Account user = signUp();

		MvcTestResult result = putJson("/api/v1/me/password", user,
				Map.of("currentPassword", PASSWORD, "newPassword", BREACHED));

		assertThat(result).hasStatus(422);
		assertThat(passwordMessage(result, "newPassword")).isEqualTo(WHY);
	}

	@Test
	void thePasswordPageShowsWhyBesideTheNewPassword() {
		Account user = signUp();

		MvcTestResult page = postForm("/account/password", user,
				Map.of("currentPassword", PASSWORD, "newPassword", BREACHED));

		assertThat(page).hasStatus(200);
		assertThat(text(page)).contains(WHY);
	}

	private String passwordMessage(MvcTestResult result, String field) {
		assertThat(problemFields(result)).containsExactly(field);
		JsonNode error = body(result).path("errors").get(0);
		return error.path("message").asString();
	}

}
