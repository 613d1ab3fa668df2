package dev.aorhub.browser;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A strategist drafts a strategic plan for a client's AOR designation from the form
 * (adding rows for two competitors, a segment, an objective and three milestones), sees
 * its roadmap as a timeline, shares it, records the client's approval after confirming,
 * starts version 2 from it and downloads the PDF.
 */
class StrategicPlanJourneyTests extends BrowserTestSupport {

	private static final String PASSWORD = "Juniper-Lantern-Orbit-58";

	@Test
	void draftsSharesApprovesAndVersionsAPlanAndDownloadsItsPdf() throws Exception {
		String email = "lead-" + UUID.randomUUID() + "@northstar.example";
		api("POST", "/api/v1/signup", null, Map.of("workspaceName", "Northstar Agency", "email", email, "name",
				"Robin Vale", "password", PASSWORD));
		String token = api("POST", "/api/v1/auth/tokens", null,
				Map.of("email", email, "password", PASSWORD, "name", "journey"))
			.get("token")
			.asString();
		String clientId = api("POST", "/api/v1/clients", token, Map.of("name", "Lumen Coffee", "currency", "USD",
				"status", "ACTIVE", "competitors", List.of(Map.of("name", "Brewline"), Map.of("name", "Daily Grind"))))
			.get("id")
			.asString();
		String categoryId = null;
		for (JsonNode category : api("GET", "/api/v1/service-categories?size=100", token, null).get("items")) {
			if (category.get("name").asString().equals("Strategy")) {
				categoryId = category.get("id").asString();
			}
		}
		LocalDate today = LocalDate.now();
		api("POST", "/api/v1/designations", token,
				Map.of("clientId", clientId, "categoryId", categoryId, "kind", "EXCLUSIVE", "status", "ACTIVE",
						"market", "Global", "scope", "Brand strategy", "startDate", today.minusMonths(3).toString(),
						"endDate", today.plusYears(2).toString(), "renewalNoticeDays", 90));

		signIn(email, PASSWORD);
		this.page.waitForURL(url("/"));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Strategic plans")).click();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New plan")).click();
		this.page.waitForURL("**/plans/new**");
		this.page.waitForLoadState(LoadState.LOAD);
		this.page.getByLabel("Title").fill("Lumen brand strategy");
		this.page.getByLabel("Client").selectOption(new SelectOption().setLabel("Lumen Coffee"));
		Locator designation = this.page.getByLabel("Designation");
		assertThat(designation.locator("option")).hasCount(2);
		designation.selectOption(new SelectOption().setIndex(1));

		addRow("competitors");
		this.page.locator("#competitors-0-name").fill("Brewline");
		this.page.locator("#competitors-0-shareOfVoicePercent").fill("35");
		this.page.locator("#competitors-0-positioning").fill("The supermarket default: cheap and everywhere");
		addRow("competitors");
		this.page.locator("#competitors-1-name").fill("Daily Grind");
		this.page.locator("#competitors-1-shareOfVoicePercent").fill("22.5");
		this.page.locator("#competitors-1-strengths").fill("Loud on social, loved by students");

		addRow("segments");
		this.page.locator("#segments-0-name").fill("Morning commuters");
		this.page.locator("#segments-0-size").fill("1.8M adults");
		this.page.locator("#segments-0-priority").selectOption("HIGH");
		this.page.locator("#segments-0-channels").fill("Out of home, Podcasts");

		addRow("objectives");
		this.page.locator("#objectives-0-text").fill("Make Lumen the coffee of the morning commute");

		String[][] milestones = { { "Research read-out", today.minusDays(20).toString(), "DONE" },
				{ "Creative platform", today.plusDays(10).toString(), "AT_RISK" },
				{ "Launch", today.plusDays(45).toString(), "PLANNED" } };
		for (int i = 0; i < milestones.length; i++) {
			addRow("milestones");
			this.page.locator("#milestones-" + i + "-name").fill(milestones[i][0]);
			this.page.locator("#milestones-" + i + "-dueDate").fill(milestones[i][1]);
			this.page.locator("#milestones-" + i + "-ownerId").selectOption(new SelectOption().setLabel("Robin Vale"));
			this.page.locator("#milestones-" + i + "-status").selectOption(milestones[i][2]);
		}
		// A row added by mistake and removed again leaves no gap in the numbering.
		addRow("research");
		this.page.locator("[data-plan-list=research] [data-remove-row]").click();
		assertThat(this.page.locator("[data-plan-list=research] [data-row]")).hasCount(0);
		screenshot("plan-form");

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the plan")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS))
			.containsText("Created the strategic plan Lumen brand strategy");
		assertThat(this.page.locator(".plan-timeline .tl-mark")).hasCount(3);
		assertThat(this.page.locator(".plan-timeline .tl-today")).hasCount(1);
		assertThat(this.page.locator(".plan-timeline .ms-at-risk")).hasCount(1);
		assertThat(this.page.locator("#competitors")).containsText("Daily Grind");
		assertThat(this.page.locator("#segments")).containsText("Morning commuters");
		screenshot("plan-draft");

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Share with client")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Shared the plan with the client.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve").setExact(true)).click();
		assertThat(this.page.getByRole(AriaRole.DIALOG)).containsText("Record the client's approval?");
		screenshot("plan-approve-confirmation");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve plan")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("this version is now locked");
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit").setExact(true)))
			.hasCount(0);

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start version 2")).click();
		this.page.waitForURL("**/edit");
		assertThat(this.page.locator("#competitors-1-name")).hasValue("Daily Grind");
		this.page.locator("#milestones-1-status").selectOption("IN_PROGRESS");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Saved the plan.");
		Locator versions = this.page.locator("#versions");
		assertThat(versions.locator("li")).hasCount(2);
		assertThat(versions).containsText("Approved");
		assertThat(versions).containsText("Draft");
		assertThat(this.page.locator(".plan-timeline .ms-at-risk")).hasCount(0);
		screenshot("plan-version-2");

		Download download = this.page.waitForDownload(() -> this.page.locator("[data-download-pdf]").click());
		org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
			.isEqualTo("lumen-coffee-lumen-brand-strategy-v2.pdf");
		org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(download.path())).startsWith("%PDF".getBytes());

		// The list shows the current version; the client page has a card with the plan.
		this.page.getByLabel("Main navigation")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Strategic plans"))
			.click();
		assertThat(this.page.locator("#results")).containsText("Lumen brand strategy");
		assertThat(this.page.locator("#results")).containsText("v2");
		screenshot("plans-list");
		this.page.navigate(url("/clients/" + clientId));
		assertThat(this.page.getByText("No strategic plan yet.")).hasCount(0);
		assertThat(this.page.locator("main")).containsText("Strategic plans");
		screenshot("plans-client-card");
	}

	private void addRow(String list) {
		this.page.locator("[data-plan-list=" + list + "] [data-add-row]").click();
	}

}
