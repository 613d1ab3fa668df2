package dev.aorhub.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step 3 of the dashboard's "Getting started" in the browser: create an API token, see
 * its secret once, use it, and revoke it after confirming.
 */
class TokenJourneyTests extends BrowserTestSupport {

	private static final String PASSWORD = "Violet-Anchor-Thistle-27";

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void createsATokenSeesItsSecretOnceUsesItAndRevokesIt() throws Exception {
		String email = "dev-" + UUID.randomUUID() + "@quill.example";
		api("POST", "/api/v1/signup", null,
				Map.of("workspaceName", "Quill & Ink", "email", email, "name", "Sam Ortiz", "password", PASSWORD));
		signIn(email, PASSWORD);

		this.page.navigate(url("/account/tokens"));
		this.page.getByLabel("Name").fill("Reporting sync");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();
		assertThat(this.page.getByLabel("New token")).isVisible();
		String secret = this.page.getByLabel("New token").inputValue();
		assertThat(secret).isNotBlank();
		screenshot("token-created");
		assertThat(me(secret)).isEqualTo(200);

		this.page.reload();
		assertThat(this.page.getByLabel("New token")).hasCount(0);
		assertThat(this.page.locator("table")).containsText("Reporting sync");

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke")).click();
		assertThat(this.page.getByRole(AriaRole.DIALOG)).containsText("Revoke the token Reporting sync?");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke token")).click();
		assertThat(this.page.locator("table")).containsText("Revoked");
		assertThat(me(secret)).isEqualTo(401);
	}

	private int me(String token) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/v1/me")))
			.header("Authorization", "Bearer " + token)
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
