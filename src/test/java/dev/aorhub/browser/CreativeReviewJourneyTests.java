package dev.aorhub.browser;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import dev.aorhub.delivery.demo.CreativeSamples;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A creative lead adds an asset to a campaign, uploads two versions of a banner, pins a
 * comment by clicking on the image, submits it, sends it to the client and shares a
 * review link; the client opens the link in a browser with no session, approves under
 * their name, and the agency sees the version approved and locked.
 */
class CreativeReviewJourneyTests extends BrowserTestSupport {

	private static final String PASSWORD = "Saffron-Harbour-Kettle-73";

	@Test
	void uploadsTwoVersionsPinsACommentAndTheClientApprovesThroughTheLink() throws Exception {
		String email = "creative-" + UUID.randomUUID() + "@meridian.example";
		api("POST", "/api/v1/signup", null,
				Map.of("workspaceName", "Meridian & Co", "email", email, "name", "Robin Vale", "password", PASSWORD));
		String token = api("POST", "/api/v1/auth/tokens", null,
				Map.of("email", email, "password", PASSWORD, "name", "journey"))
			.get("token")
			.asString();
		String clientId = api("POST", "/api/v1/clients", token,
				Map.of("name", "Lumen Coffee", "currency", "USD", "status", "ACTIVE"))
			.get("id")
			.asString();
		api("POST", "/api/v1/clients/" + clientId + "/brands", token, Map.of("name", "Lumen Cold Brew"));
		LocalDate start = LocalDate.now().withDayOfMonth(1);
		String msaId = api("POST", "/api/v1/msas", token,
				Map.of("clientId", clientId, "title", "Master services agreement", "effectiveDate",
						start.minusMonths(1).toString(), "expiryDate", start.plusYears(2).toString(),
						"paymentTermsDays", 30, "discountPercent", "0"))
			.get("id")
			.asString();
		String sowId = api("POST", "/api/v1/sows", token, Map.of("msaId", msaId, "title", "Brand relaunch", "startDate",
				start.toString(), "endDate", start.plusMonths(6).minusDays(1).toString(), "budget",
				Map.of("amount", "60000.00", "currency", "USD"), "fees",
				List.of(Map.of("type", "FIXED", "milestones",
						List.of(Map.of("name", "Launch", "amount", Map.of("amount", "60000.00", "currency", "USD")))))))
			.get("id")
			.asString();
		String campaignId = api("POST", "/api/v1/campaigns", token,
				Map.of("sowId", sowId, "name", "Morning ritual", "startDate", start.toString()))
			.get("id")
			.asString();
		Path dir = Files.createTempDirectory("creative-journey");
		Path first = dir.resolve("hero-v1.png");
		Files.write(first, CreativeSamples.banner(1200, 628, new Color(120, 60, 30), new Color(210, 150, 80),
				"Mornings, brewed", "Find a café"));
		Path second = dir.resolve("hero-v2.png");
		Files.write(second, CreativeSamples.banner(1200, 628, new Color(90, 45, 20), new Color(230, 170, 90),
				"Mornings, cold brewed", "Find a café"));

		signIn(email, PASSWORD);
		assertThat(this.page).hasURL(url("/"));
		this.page.navigate(url("/campaigns/" + campaignId));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New asset")).click();
		this.page.waitForURL("**/assets/new**");
		this.page.waitForLoadState(LoadState.LOAD);
		this.page.getByLabel("Name").fill("Spring hero banner");
		this.page.getByLabel("Kind").selectOption("IMAGE");
		this.page.getByLabel("Brand").selectOption(new SelectOption().setLabel("Lumen Cold Brew"));
		screenshot("creative-asset-form");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the asset")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS).first()).containsText("Created the asset Spring hero banner");

		this.page.getByLabel("Upload version 1").setInputFiles(first);
		this.page.getByLabel("Notes").fill("First cut, warm palette");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload the version")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS).first()).containsText("Uploaded version 1");
		this.page.getByLabel("Upload version 2").setInputFiles(second);
		this.page.getByLabel("Notes").fill("Cold brew headline");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload the version")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS).first()).containsText("Uploaded version 2");
		assertThat(this.page.locator("#proof h2")).hasText("Version 2 (current)");

		// Pin a comment by clicking on the image: the position fields fill in.
		this.page.waitForLoadState(LoadState.LOAD);
		Locator image = this.page.locator(".asset-image");
		image.click(new Locator.ClickOptions().setPosition(150, 90));
		assertThat(this.page.getByLabel("Across (0–1)")).not().hasValue("");
		assertThat(this.page.locator("[data-pin-draft]")).isVisible();
		this.page.getByLabel("Comment", new Page.GetByLabelOptions().setExact(true))
			.fill("Headline needs more contrast");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the comment")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS).first()).containsText("Added the comment");
		assertThat(this.page.locator(".pin-marker:not(.pin-draft)")).hasCount(1);
		assertThat(this.page.locator("#comments")).containsText("Headline needs more contrast");
		screenshot("creative-asset-pinned");

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for internal review")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS).first()).containsText("Sent to internal review");
		this.page.getByLabel("Client reviewer").fill("Dana Okafor");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send to client review")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS).first()).containsText("Sent to client review");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create a review link")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS).first()).containsText("Created a review link");
		String link = this.page.locator("[data-review-link]").first().inputValue();
		org.assertj.core.api.Assertions.assertThat(link).startsWith(url("/review/"));
		screenshot("creative-asset-client-review");

		// The client: a fresh browser, no cookies, no account.
		BrowserContext client = this.browser
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1360, 860));
		try {
			Page review = client.newPage();
			review.setDefaultTimeout(15_000);
			review.navigate(link);
			review.waitForLoadState(LoadState.LOAD);
			assertThat(review.locator("h1")).hasText("Spring hero banner");
			assertThat(review.locator(".pin-marker:not(.pin-draft)")).hasCount(1);
			assertThat(review.locator("nav")).hasCount(0);
			org.assertj.core.api.Assertions.assertThat(client.cookies()).isEmpty();
			screenshot(review, "creative-review-link");
			review.getByLabel("Your name").fill("Dana Okafor");
			review.getByLabel("Comment").fill("Love it, approved.");
			review.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve this version")).click();
			review.locator("dialog .confirm-ok").click();
			assertThat(review.locator("h1")).hasText("Thank you: your approval is recorded");
			org.assertj.core.api.Assertions.assertThat(client.cookies()).isEmpty();
			review.navigate(link);
			assertThat(review.locator("body")).containsText("not found",
					new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
						.setIgnoreCase(true));
		}
		finally {
			client.close();
		}

		this.page.reload();
		assertThat(this.page.locator(".page-subtitle .status").first()).hasText("Approved");
		assertThat(this.page.locator("#approved-lock"))
			.containsText("Version 2 was approved by Dana Okafor (client via review link)");
		assertThat(this.page.locator("#upload")).hasCount(0);
		assertThat(this.page.locator("#approval"))
			.containsText("Approved · version 2 · by Dana Okafor (client, via review link)");
		screenshot("creative-asset-approved");

		this.page
			.navigate(url("/assets/" + this.page.url().replaceAll(".*/assets/([^/?]+).*", "$1") + "/compare?a=1&b=2"));
		assertThat(this.page.locator(".asset-image")).hasCount(2);
		screenshot("creative-asset-compare");
	}

	private void screenshot(Page other, String name) {
		other.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

}
