package dev.aorhub.workspace.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

class SignupApiTests extends ApiTestSupport {

	@Test
	void createsAWorkspaceWithItsFirstUserAsAdmin() {
		String email = uniqueEmail("founder");
		MvcTestResult result = postSignup(signup("Northwind Agency", email, PASSWORD, null, null));

		assertThat(result).hasStatus(201);
		assertThat(result).headers().hasSingleValue(HttpHeaders.LOCATION, "/api/v1/workspace");
		JsonNode body = body(result);
		assertThat(body.propertyNames()).containsExactlyInAnyOrder("workspaceId", "userId");
		UUID workspaceId = UUID.fromString(body.get("workspaceId").asString());
		UUID userId = UUID.fromString(body.get("userId").asString());
		assertThat(workspaceId).isNotEqualTo(userId);

		Account admin = new Account(workspaceId, userId, email, PASSWORD, token(email, PASSWORD));
		JsonNode me = body(get("/api/v1/me", admin));
		assertThat(me.get("userId").asString()).isEqualTo(userId.toString());
		assertThat(me.get("workspaceId").asString()).isEqualTo(workspaceId.toString());
		assertThat(me.get("roles").values()).extracting(JsonNode::asString).containsExactly("ADMIN");

		JsonNode workspace = body(get("/api/v1/workspace", admin));
		assertThat(workspace.get("name").asString()).isEqualTo("Northwind Agency");
		assertThat(workspace.get("baseCurrency").asString()).isEqualTo("USD");
		assertThat(workspace.get("timeZone").asString()).isEqualTo("UTC");
	}

	@Test
	void keepsTheGivenCurrencyAndTimeZone() {
		String email = uniqueEmail("founder");
		MvcTestResult result = postSignup(signup("Euro Agency", email, PASSWORD, "eur", "Europe/Paris"));
		assertThat(result).hasStatus(201);

		JsonNode workspace = body(
				get("/api/v1/workspace", new Account(null, null, email, PASSWORD, token(email, PASSWORD))));
		assertThat(workspace.get("baseCurrency").asString()).isEqualTo("EUR");
		assertThat(workspace.get("timeZone").asString()).isEqualTo("Europe/Paris");
	}

	@Test
	void storesTheEmailInLowerCase() {
		String email = uniqueEmail("Mixed.Case").toUpperCase(Locale.ROOT);
		assertThat(postSignup(signup("Case Agency", email, PASSWORD, null, null))).hasStatus(201);

		String token = token(email.toLowerCase(Locale.ROOT), PASSWORD);
		JsonNode me = body(get("/api/v1/me", new Account(null, null, email, PASSWORD, token)));
		assertThat(me.get("email").asString()).isEqualTo(email.toLowerCase(Locale.ROOT));
	}

	@Test
	void rejectsWeakPasswordBadEmailAndBlankWorkspaceNameWith422ListingEachField() {
		MvcTestResult result = postSignup(signup("   ", "not-an-email", "short", null, null));

		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactlyInAnyOrder("workspaceName", "email", "password");
		assertThat(body(result).get("status").asInt()).isEqualTo(422);
		assertThat(body(result).get("errors").values())
			.allSatisfy((error) -> assertThat(error.get("message").asString()).isNotBlank());
	}

	@Test
	void rejectsAPasswordThatIsTheEmailsLocalPart() {
		String email = uniqueEmail("founder");
		String localPart = email.substring(0, email.indexOf('@'));
		MvcTestResult result = postSignup(signup("Agency", email, localPart, null, null));

		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactly("password");
		assertThat(body(result).at("/errors/0/message").asString()).isEqualTo("must not be your e-mail address");
	}

	@Test
	void rejectsAMissingName() {
		Map<String, Object> request = signup("Agency", uniqueEmail("founder"), PASSWORD, null, null);
		request.remove("name");
		MvcTestResult result = postSignup(request);

		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactly("name");
	}

	@Test
	void rejectsAnEmailThatAlreadyHasAnAccountWith422() {
		Account existing = signUp();
		MvcTestResult result = postSignup(
				signup("Copycat Agency", "  " + existing.email().toUpperCase(Locale.ROOT), PASSWORD, null, null));

		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactly("email");
		// Neither that it is taken nor where: one message for every address that cannot
		// be used.
		assertThat(body(result).at("/errors/0/message").asString())
			.isEqualTo("cannot be used; sign in if it is yours, or choose another address");
		assertThat(text(result)).doesNotContain("another account").doesNotContain("workspace");
	}

	@Test
	void throttlesSignUpsWithOneEmailWith429() {
		// The sign-up of the existing account is the first of five attempts.
		Account existing = signUp();
		for (int i = 0; i < 4; i++) {
			assertThat(postSignup(signup("Copycat " + i, existing.email(), PASSWORD, null, null))).hasStatus(422);
		}

		MvcTestResult locked = postSignup(signup("Copycat", existing.email(), PASSWORD, null, null));

		assertThat(locked).hasStatus(429);
		assertThat(problemType(locked)).isEqualTo("too-many-requests");
		assertThat(body(locked).get("detail").asString())
			.startsWith("Too many sign-ups with this e-mail or from this address; try again in");
		assertThat(Long.parseLong(locked.getResponse().getHeader("Retry-After"))).isBetween(1L, 15 * 60L);
	}

	@Test
	void theSignUpPageSaysWhenSignUpsAreThrottled() {
		Account existing = signUp();
		var address = uniqueAddress();
		MvcTestResult result = null;
		for (int i = 0; i < 5; i++) {
			result = this.mvc.post()
				.uri("/signup")
				.param("workspaceName", "Copycat " + i)
				.param("email", existing.email())
				.param("name", "Cody Copycat")
				.param("password", PASSWORD)
				.param("baseCurrency", "USD")
				.param("timeZone", "America/New_York")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.with(address)
				.exchange();
		}

		assertThat(result).hasStatus(429);
		assertThat(text(result)).contains("Work e-mail")
			.contains("Too many sign-ups with this e-mail or from this address; try again in");
	}

	@Test
	void throttlesSignUpsFromOneClientAddressWith429() {
		var address = uniqueAddress();
		for (int i = 0; i < 20; i++) {
			// Refused by the password policy, as the service checks it: counted.
			String email = uniqueEmail("probe");
			String localPart = email.substring(0, email.indexOf('@'));
			MvcTestResult attempt = this.mvc.post()
				.uri("/api/v1/signup")
				.contentType("application/json")
				.content(toJson(signup("Agency " + i, email, localPart, null, null)))
				.with(address)
				.exchange();
			assertThat(attempt).hasStatus(422);
		}

		MvcTestResult locked = this.mvc.post()
			.uri("/api/v1/signup")
			.contentType("application/json")
			.content(toJson(signup("Agency", uniqueEmail("founder"), PASSWORD, null, null)))
			.with(address)
			.exchange();

		assertThat(locked).hasStatus(429);
		assertThat(problemType(locked)).isEqualTo("too-many-requests");
	}

	@Test
	void rejectsAnUnknownCurrencyAndTimeZoneWith422() {
		MvcTestResult result = postSignup(
				signup("Agency", uniqueEmail("founder"), PASSWORD, "XYZ", "Mars/Olympus_Mons"));

		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactlyInAnyOrder("baseCurrency", "timeZone");
	}

	@Test
	void rejectsMalformedJsonWith400() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/signup")
			.contentType("application/json")
			.content("{\"workspaceName\": ")
			.exchange();

		assertThat(result).hasStatus(400);
		assertThat(problemType(result)).isEqualTo("malformed-request");
	}

	@Test
	void rejectsAnUnsupportedContentTypeWith415Problem() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/signup")
			.contentType("text/plain")
			.content("hello")
			.exchange();

		assertThat(result).hasStatus(415);
		assertThat(problemType(result)).isEqualTo("unsupported-media-type");
	}

	private static Map<String, Object> signup(String workspaceName, String email, String password, String currency,
			String timeZone) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("workspaceName", workspaceName);
		request.put("email", email);
		request.put("name", "Fay Founder");
		request.put("password", password);
		if (currency != null) {
			request.put("baseCurrency", currency);
		}
		if (timeZone != null) {
			request.put("timeZone", timeZone);
		}
		return request;
	}

}
