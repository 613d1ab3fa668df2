package dev.aorhub.workspace.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.aorhub.ApiTestSupport;
import dev.aorhub.workspace.security.TotpVerifier;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The second factor through the pages and the token API: enrolling an authenticator app,
 * the code after the password, recovery codes, the workspace's requirement, and tokens.
 */
class SecondFactorTests extends ApiTestSupport {

	@Autowired
	JdbcClient jdbc;

	private final TotpVerifier totp = TotpVerifier.sixDigits();

	@Test
	void enrolsAnAuthenticatorAppWithACodeBeforeItIsOn() {
		Account user = signUp();
		Browser browser = new Browser(user);

		assertThat(browser.post("/account/second-factor/totp", Map.of())).hasStatus(302);
		String page = browser.text("/account/second-factor");
		String secret = secretOf(user);
		assertThat(page).contains(secret).contains("src=\"data:image/png;base64,");
		assertThat(browser.post("/account/tokens", Map.of("name", "still allowed"))).hasStatus(302);

		MvcTestResult wrong = browser.post("/account/second-factor/totp/confirm", Map.of("code", "000000"));
		assertThat(wrong).hasStatus(200);
		assertThat(text(wrong)).contains("The code is not the code your app shows").contains("is-invalid");

		MvcTestResult confirmed = browser.post("/account/second-factor/totp/confirm", Map.of("code", codeNow(secret)));
		assertThat(confirmed).hasStatus(302);
		@SuppressWarnings("unchecked")
		List<String> recoveryCodes = (List<String>) confirmed.getMvcResult().getFlashMap().get("recoveryCodes");
		assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
		assertThat(browser.text("/account/second-factor")).contains("10</span> of 10 recovery codes left");
		assertThat(auditActions(user)).contains("TOTP_ENROLLED");
		assertThat(auditSummaries(user)).noneMatch((summary) -> summary.contains(secret));
	}

	@Test
	void aPasswordSignInOfAUserWithTotpReachesNothingButTheCodePageUntilTheCodeIsRight() {
		Account user = signUp();
		Enrolled enrolled = enrol(user);

		Browser browser = new Browser(user);
		assertThat(browser.get("/")).hasStatus(302).hasRedirectedUrl("/login/code");
		assertThat(browser.get("/account/tokens")).hasRedirectedUrl("/login/code");
		assertThat(browser.post("/account/tokens", Map.of("name", "sneaky"))).hasRedirectedUrl("/login/code");
		assertThat(browser.text("/login/code")).contains("Enter your code").contains("Use a passkey");

		MvcTestResult wrong = browser.post("/login/code", Map.of("code", "123456"));
		assertThat(wrong).hasStatus(200);
		assertThat(text(wrong)).contains("The code is not a current code");
		// The code the enrolment used is spent: the same step never counts twice.
		MvcTestResult replayed = browser.post("/login/code", Map.of("code", enrolled.usedCode()));
		assertThat(replayed).hasStatus(200);

		MvcTestResult right = browser.post("/login/code", Map.of("code", nextStepCode(enrolled.secret())));
		assertThat(right).hasStatus(302).hasRedirectedUrl("/");
		assertThat(browser.get("/")).hasStatus(200);
		assertThat(browser.post("/account/tokens", Map.of("name", "after the code")))
			.hasRedirectedUrl("/account/tokens");
		assertThat(tokenNames(user)).contains("after the code").doesNotContain("sneaky");
	}

	@Test
	void aRecoveryCodeSignsInOnce() {
		Account user = signUp();
		Enrolled enrolled = enrol(user);
		String recoveryCode = enrolled.recoveryCodes().get(3);

		Browser first = new Browser(user);
		MvcTestResult used = first.post("/login/code", Map.of("code", recoveryCode.toUpperCase()));
		assertThat(used).hasStatus(302).hasRedirectedUrl("/account/second-factor?recovery-code-used");
		assertThat(first.text("/account/second-factor")).contains("9</span> of 10 recovery codes left");

		Browser second = new Browser(user);
		MvcTestResult again = second.post("/login/code", Map.of("code", recoveryCode));
		assertThat(again).hasStatus(200);
		assertThat(second.get("/")).hasRedirectedUrl("/login/code");
	}

	@Test
	void regeneratedRecoveryCodesReplaceTheOldOnes() {
		Account user = signUp();
		Enrolled enrolled = enrol(user);
		MvcTestResult regenerated = enrolled.browser().post("/account/second-factor/recovery-codes", Map.of());
		assertThat(regenerated).hasStatus(302);
		assertThat(regenerated.getMvcResult().getFlashMap().get("recoveryCodes")).asList().hasSize(10);

		Browser browser = new Browser(user);
		assertThat(browser.post("/login/code", Map.of("code", enrolled.recoveryCodes().get(0)))).hasStatus(200);
		assertThat(auditActions(user)).contains("RECOVERY_CODES_REGENERATED");
	}

	@Test
	void wrongCodesAreThrottledLikePasswords() {
		Account user = signUp();
		enrol(user);
		Browser browser = new Browser(user);
		for (int i = 0; i < 5; i++) {
			browser.post("/login/code", Map.of("code", "00000" + i));
		}
		MvcTestResult locked = browser.post("/login/code", Map.of("code", "000009"));
		assertThat(locked).hasStatus(429);
		assertThat(text(locked)).contains("Too many wrong codes");
		assertThat(
				this.jdbc.sql("SELECT outcome FROM security_event WHERE user_id = :userId AND kind = 'SECOND_FACTOR'")
					.param("userId", user.userId())
					.query(String.class)
					.list())
			.contains("WRONG_CODE");
	}

	@Test
	void removingTheAuthenticatorAppTakesAPasswordOrACode() {
		Account user = signUp();
		Enrolled enrolled = enrol(user);
		MvcTestResult refused = enrolled.browser()
			.post("/account/second-factor/totp/remove", Map.of("confirmation", "not-my-password"));
		assertThat(refused).hasStatus(200);
		assertThat(text(refused)).contains("is neither a current code nor your password");

		assertThat(enrolled.browser().post("/account/second-factor/totp/remove", Map.of("confirmation", PASSWORD)))
			.hasStatus(302);
		assertThat(auditActions(user)).contains("TOTP_REMOVED");
		assertThat(new Browser(user).get("/")).hasStatus(200);
	}

	@Test
	void aWorkspaceThatRequiresTheSecondFactorSendsAnAdminWithoutOneToEnrol() {
		Account admin = signUp();
		Account member = createUser(admin, "ACCOUNT");
		requireSecondFactor(admin, "ADMINS");
		assertThat(body(get("/api/v1/workspace", admin)).get("secondFactorRequired").asString()).isEqualTo("ADMINS");
		assertThat(auditSummaries(admin)).contains("Changed workspace settings");

		Browser browser = new Browser(admin);
		assertThat(browser.get("/")).hasStatus(302).hasRedirectedUrl("/account/second-factor");
		assertThat(browser.get("/admin/users")).hasRedirectedUrl("/account/second-factor");
		assertThat(browser.text("/account/second-factor")).contains("Your workspace requires a second factor");
		assertThat(new Browser(member).get("/")).hasStatus(200);

		browser.post("/account/second-factor/totp", Map.of());
		assertThat(browser.post("/account/second-factor/totp/confirm", Map.of("code", codeNow(secretOf(admin)))))
			.hasStatus(302);
		assertThat(browser.get("/")).hasStatus(200);
	}

	@Test
	void anAdminOfARequiringWorkspaceGetsNoTokenWithThePasswordAlone() {
		Account admin = signUp();
		requireSecondFactor(admin, "EVERYONE");

		MvcTestResult refused = requestToken(admin.email(), PASSWORD);
		assertThat(refused).hasStatus(401);
		assertThat(problemType(refused)).isEqualTo("second-factor-required");

		Enrolled enrolled = enrol(admin);
		assertThat(problemType(requestToken(admin.email(), PASSWORD))).isEqualTo("second-factor-required");
		assertThat(tokenRequest(admin, nextStepCode(enrolled.secret()))).hasStatus(201);
		assertThat(tokenRequest(admin, enrolled.recoveryCodes().get(0))).hasStatus(201);
	}

	@Test
	void aUserWithTotpNeedsTheCodeForATokenAndWrongCodesCount() {
		Account user = signUp();
		Enrolled enrolled = enrol(user);

		MvcTestResult wrong = tokenRequest(user, "111111");
		assertThat(wrong).hasStatus(401);
		assertThat(problemType(wrong)).isEqualTo("second-factor-required");
		for (int i = 0; i < 4; i++) {
			tokenRequest(user, "22222" + i);
		}
		MvcTestResult locked = tokenRequest(user, nextStepCode(enrolled.secret()));
		assertThat(locked).hasStatus(429);
	}

	@Test
	void aUserWithoutASecondFactorInAWorkspaceThatRequiresNoneGetsATokenWithThePassword() {
		Account user = signUp();
		assertThat(requestToken(user.email(), PASSWORD)).hasStatus(201);
	}

	@Test
	void aRememberMeLoginOfAUserWithTotpStillAsksForTheCode() {
		Account user = signUp();
		enrol(user);
		MvcTestResult signedIn = this.mvc.post()
			.uri("/login")
			.param("email", user.email())
			.param("password", PASSWORD)
			.param("remember-me", "on")
			.with(csrf())
			.with(uniqueAddress())
			.exchange();
		Cookie rememberMe = signedIn.getResponse().getCookie("remember-me");
		assertThat(rememberMe).isNotNull();

		MvcTestResult comeBack = this.mvc.get().uri("/").cookie(rememberMe).with(uniqueAddress()).exchange();

		assertThat(comeBack).hasStatus(302).hasRedirectedUrl("/login/code");
	}

	@Test
	void theSettingsPageSetsTheRuleAndExplainsABadOne() {
		Account admin = signUp();
		Browser browser = new Browser(admin);
		Map<String, String> form = new HashMap<>(Map.of("name", "Agency", "baseCurrency", "USD", "timeZone", "UTC",
				"version", "0", "secondFactorRequired", "SOMETIMES"));
		MvcTestResult bad = browser.post("/admin/workspace", form);
		assertThat(bad).hasStatus(200);
		assertThat(text(bad)).contains("must be NONE, ADMINS or EVERYONE");

		form.put("secondFactorRequired", "EVERYONE");
		assertThat(browser.post("/admin/workspace", form)).hasStatus(302);
		assertThat(browser.text("/admin/workspace")).containsPattern("value=\"EVERYONE\"\\s+selected");
	}

	@Test
	void anUnknownRuleIsAValidationProblem() {
		Account admin = signUp();
		Map<String, Object> change = new LinkedHashMap<>(settingsOf(admin));
		change.put("secondFactorRequired", "SOMETIMES");
		MvcTestResult result = putJson("/api/v1/workspace", admin, change);
		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactly("secondFactorRequired");
	}

	record Enrolled(String secret, String usedCode, List<String> recoveryCodes, Browser browser) {
	}

	/** Sets up an authenticator app through the pages; the code of this step is spent. */
	private Enrolled enrol(Account user) {
		Browser browser = new Browser(user);
		browser.post("/account/second-factor/totp", Map.of());
		String secret = secretOf(user);
		String code = codeNow(secret);
		MvcTestResult confirmed = browser.post("/account/second-factor/totp/confirm", Map.of("code", code));
		assertThat(confirmed).hasStatus(302);
		@SuppressWarnings("unchecked")
		List<String> codes = (List<String>) confirmed.getMvcResult().getFlashMap().get("recoveryCodes");
		return new Enrolled(secret, code, codes, browser);
	}

	private void requireSecondFactor(Account admin, String rule) {
		Map<String, Object> change = new LinkedHashMap<>(settingsOf(admin));
		change.put("secondFactorRequired", rule);
		assertThat(putJson("/api/v1/workspace", admin, change)).hasStatus(200);
	}

	private Map<String, Object> settingsOf(Account admin) {
		var workspace = body(get("/api/v1/workspace", admin));
		return Map.of("name", workspace.get("name").asString(), "baseCurrency",
				workspace.get("baseCurrency").asString(), "timeZone", workspace.get("timeZone").asString(), "version",
				workspace.get("version").asLong());
	}

	private MvcTestResult tokenRequest(Account user, String code) {
		return this.mvc.post()
			.uri("/api/v1/auth/tokens")
			.contentType(MediaType.APPLICATION_JSON)
			.content(toJson(Map.of("email", user.email(), "password", PASSWORD, "name", "with code", "code", code)))
			.with(uniqueAddress())
			.exchange();
	}

	private String secretOf(Account user) {
		return this.jdbc.sql("SELECT secret FROM user_totp WHERE workspace_id = :w AND user_id = :u")
			.param("w", user.workspaceId())
			.param("u", user.userId())
			.query(String.class)
			.single();
	}

	private String codeNow(String secret) {
		return this.totp.code(secret, TotpVerifier.step(Instant.now()));
	}

	/**
	 * A code of the step after the current one: accepted, and later than one just used.
	 */
	private String nextStepCode(String secret) {
		return this.totp.code(secret, TotpVerifier.step(Instant.now()) + 1);
	}

	private List<String> auditActions(Account user) {
		return this.jdbc.sql("SELECT action FROM audit_event WHERE workspace_id = :w")
			.param("w", user.workspaceId())
			.query(String.class)
			.list();
	}

	private List<String> auditSummaries(Account user) {
		return this.jdbc.sql("SELECT summary FROM audit_event WHERE workspace_id = :w")
			.param("w", user.workspaceId())
			.query(String.class)
			.list();
	}

	private List<String> tokenNames(Account user) {
		return this.jdbc.sql("SELECT name FROM api_token WHERE workspace_id = :w AND user_id = :u")
			.param("w", user.workspaceId())
			.param("u", user.userId())
			.query(String.class)
			.list();
	}

	/**
	 * One browser: signs in through the form and keeps its cookies, including the new
	 * session id a passed second factor gets.
	 */
	final class Browser {

		private final Map<String, Cookie> cookies = new HashMap<>();

		Browser(Account account) {
			MvcTestResult result = SecondFactorTests.this.mvc.post()
				.uri("/login")
				.param("email", account.email())
				.param("password", account.password())
				.with(csrf())
				.with(uniqueAddress())
				.exchange();
			assertThat(result).hasStatus(302);
			assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
			keep(result);
		}

		MvcTestResult get(String path) {
			return send(SecondFactorTests.this.mvc.get().uri(path));
		}

		String text(String path) {
			MvcTestResult result = get(path);
			assertThat(result).hasStatus(200);
			return SecondFactorTests.this.text(result);
		}

		MvcTestResult post(String path, Map<String, String> fields) {
			MockMvcRequestBuilder request = SecondFactorTests.this.mvc.post().uri(path).with(csrf());
			fields.forEach((name, value) -> request.param(name, value));
			return send(request);
		}

		private MvcTestResult send(MockMvcRequestBuilder request) {
			if (!this.cookies.isEmpty()) {
				request.cookie(this.cookies.values().toArray(Cookie[]::new));
			}
			MvcTestResult result = request.with(uniqueAddress()).exchange();
			keep(result);
			return result;
		}

		private void keep(MvcTestResult result) {
			for (Cookie cookie : result.getResponse().getCookies()) {
				this.cookies.put(cookie.getName(), cookie);
			}
		}

	}

}
