package dev.aorhub.browser;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.aorhub.workspace.security.TotpVerifier;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second factor in the browser: an authenticator app set up from the account page and
 * asked for after the password, and a passkey registered and signed in with through
 * Chromium's virtual authenticator.
 */
class SecondFactorJourneyTests extends BrowserTestSupport {

	private static final String PASSWORD = "Saffron-Glacier-Beacon-93";

	private final TotpVerifier totp = TotpVerifier.sixDigits();

	@Autowired
	JdbcClient jdbc;

	@Test
	void setsUpAnAuthenticatorAppAndSignsInWithItsCode() {
		String email = signUp("Harbour Lights");
		signIn(email, PASSWORD);
		this.page.navigate(url("/account/second-factor"));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up an authenticator app"))
			.click();
		assertThat(this.page.getByAltText("QR code of your authenticator app's secret")).isVisible();
		String secret = this.page.locator("#totp-secret").textContent().strip();
		screenshot("second-factor-enrol");

		this.page.getByLabel("Code from the app").fill("000000");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on")).click();
		assertThat(this.page.locator("#code-error")).containsText("is not the code your app shows");
		screenshot("second-factor-enrol-wrong-code");
		this.page.getByLabel("Code from the app").fill(code(secret, 0));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on")).click();
		assertThat(this.page.locator("#recovery-codes li")).hasCount(10);
		screenshot("second-factor-recovery-codes");

		this.context.clearCookies();
		signIn(email, PASSWORD);
		assertThat(this.page).hasURL(url("/login/code"));
		this.page.getByLabel("Code from your authenticator app, or a recovery code").fill("123456");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm")).click();
		assertThat(this.page.locator("#code-error")).isVisible();
		screenshot("second-factor-code");
		this.page.getByLabel("Code from your authenticator app, or a recovery code").fill(code(secret, 1));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm")).click();
		assertThat(this.page).hasURL(url("/"));
		this.page.navigate(url("/account/profile"));
		assertThat(this.page.locator("#second-factor-summary")).containsText("On");

		// The admin sees the wrong code and the right one in the security log.
		this.page.navigate(url("/admin/security-log"));
		assertThat(this.page.locator(".security-log-table")).containsText("Wrong code");
		assertThat(this.page.locator(".security-log-table")).containsText("Second factor");
		screenshot("security-log");
	}

	@Test
	void registersAPasskeyAndSignsInWithIt() {
		CDPSession cdp = this.page.context().newCDPSession(this.page);
		cdp.send("WebAuthn.enable");
		JsonObject options = new JsonObject();
		options.addProperty("protocol", "ctap2");
		options.addProperty("transport", "internal");
		options.addProperty("hasResidentKey", true);
		options.addProperty("hasUserVerification", true);
		options.addProperty("isUserVerified", true);
		JsonObject authenticator = new JsonObject();
		authenticator.add("options", options);
		cdp.send("WebAuthn.addVirtualAuthenticator", authenticator);

		String email = signUp("Keystone Media");
		signIn(email, PASSWORD);
		assertThat(this.page).hasURL(url("/"));
		this.page.navigate(url("/account/second-factor"));
		this.page.getByLabel("Name of the new passkey").fill("Test laptop");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a passkey")).click();
		assertThat(this.page).hasURL(Pattern.compile(".*/account/second-factor\\?passkey-added$"));
		assertThat(this.page.locator("#passkeys")).containsText("Test laptop");
		screenshot("second-factor-passkeys");
		assertThat(auditActions(email)).contains("PASSKEY_ADDED");

		this.context.clearCookies();
		this.page.navigate(url("/login"));
		screenshot("login-with-passkey");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use a passkey instead")).click();
		assertThat(this.page).hasURL(url("/"));
		this.page.navigate(url("/account/profile"));
		assertThat(this.page.locator(".page-subtitle")).containsText(email);
	}

	private String signUp(String workspace) {
		String email = "mfa-" + UUID.randomUUID() + "@harbour.example";
		try {
			api("POST", "/api/v1/signup", null,
					Map.of("workspaceName", workspace, "email", email, "name", "Robin Vega", "password", PASSWORD));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return email;
	}

	/** The code of this step, or of a later one (a step is never accepted twice). */
	private String code(String secret, int stepsLater) {
		return this.totp.code(secret, TotpVerifier.step(Instant.now()) + stepsLater);
	}

	private java.util.List<String> auditActions(String email) {
		return this.jdbc.sql("""
				SELECT a.action FROM audit_event a JOIN app_user u ON u.workspace_id = a.workspace_id
				WHERE u.email = :email
				""").param("email", email).query(String.class).list();
	}

}
