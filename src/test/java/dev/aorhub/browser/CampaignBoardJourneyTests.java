package dev.aorhub.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An account lead starts a campaign under a client's SOW from the form (the SOW select
 * follows the client), adds a task on its board, moves the card across the columns with
 * the keyboard alone, and finds it on My work.
 */
class CampaignBoardJourneyTests extends BrowserTestSupport {

	private static final String PASSWORD = "Saffron-Harbour-Kettle-73";

	@Test
	void createsACampaignAddsATaskMovesItByKeyboardAndSeesItOnMyWork() throws Exception {
		String email = "lead-" + UUID.randomUUID() + "@meridian.example";
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
		LocalDate start = LocalDate.now().withDayOfMonth(1);
		String msaId = api("POST", "/api/v1/msas", token,
				Map.of("clientId", clientId, "title", "Master services agreement", "effectiveDate",
						start.minusMonths(1).toString(), "expiryDate", start.plusYears(2).toString(),
						"paymentTermsDays", 30, "discountPercent", "0"))
			.get("id")
			.asString();
		api("POST", "/api/v1/sows", token, Map.of("msaId", msaId, "title", "Brand relaunch", "startDate",
				start.toString(), "endDate", start.plusMonths(6).minusDays(1).toString(), "budget",
				Map.of("amount", "60000.00", "currency", "USD"), "fees",
				List.of(Map.of("type", "FIXED", "milestones", List
					.of(Map.of("name", "Launch", "amount", Map.of("amount", "60000.00", "currency", "USD")))))));

		signIn(email, PASSWORD);

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Campaigns").setExact(true)).click();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New campaign")).click();
		// The client select reloads the SOWs through htmx, which listens only once the
		// page
		// has loaded its deferred scripts; a busy machine can fill the form before that.
		this.page.waitForURL("**/campaigns/new**");
		this.page.waitForLoadState(LoadState.LOAD);
		this.page.getByLabel("Name").fill("Morning ritual launch");
		this.page.getByLabel("Client").selectOption(new SelectOption().setLabel("Lumen Coffee (USD)"));
		Locator sow = this.page.getByLabel("SOW", new Page.GetByLabelOptions().setExact(true));
		assertThat(sow.locator("option")).hasCount(2);
		sow.selectOption(new SelectOption().setIndex(1));
		this.page.getByLabel("Objective").fill("Make Lumen the coffee of the morning commute");
		this.page.getByLabel("Budget", new Page.GetByLabelOptions().setExact(true)).fill("45000");
		screenshot("campaign-form");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the campaign")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Created the campaign Morning ritual launch");
		assertThat(this.page.locator(".detail-list")).containsText("USD 45,000.00");
		assertThat(this.page.locator(".detail-list")).containsText("Brand relaunch");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Board").setExact(true)).first().click();
		this.page.locator("summary", new Page.LocatorOptions().setHasText("New task")).click();
		this.page.getByLabel("Title").fill("Commuter poster concepts");
		this.page.getByLabel("Discipline").selectOption("CREATIVE");
		this.page.getByLabel("Assignee").selectOption(new SelectOption().setLabel("Robin Vale"));
		this.page.getByLabel("Due").fill(LocalDate.now().minusDays(1).toString());
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the task")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS).first())
			.containsText("Added the task Commuter poster concepts");
		Locator todo = this.page.locator(".board-column.column-todo");
		assertThat(todo.locator(".task-card")).containsText("Commuter poster concepts");
		assertThat(todo.locator(".task-card")).containsText("Overdue");

		// The keyboard alone: tab to the card's move button and press Enter.
		Locator toInProgress = this.page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Move Commuter poster concepts to In progress"));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Task list")).focus();
		for (int i = 0; i < 40 && !isFocused(toInProgress); i++) {
			this.page.keyboard().press("Tab");
		}
		org.assertj.core.api.Assertions.assertThat(isFocused(toInProgress)).as("reached by Tab").isTrue();
		this.page.keyboard().press("Enter");
		Locator inProgress = this.page.locator(".board-column.column-in-progress");
		assertThat(inProgress.locator(".task-card")).containsText("Commuter poster concepts");
		assertThat(todo.locator(".task-card")).hasCount(0);
		assertThat(this.page.locator("#board [role=status]")).hasText("Moved Commuter poster concepts to in progress.");
		// The focus stays with the moved card, so the next move is one more key away.
		Locator toReview = this.page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Move Commuter poster concepts to In review"));
		this.page
			.waitForFunction("() => document.activeElement && document.activeElement.closest('.column-in-progress')");
		for (int i = 0; i < 5 && !isFocused(toReview); i++) {
			this.page.keyboard().press("Tab");
		}
		this.page.keyboard().press("Enter");
		assertThat(this.page.locator(".board-column.column-in-review .task-card"))
			.containsText("Commuter poster concepts");
		screenshot("campaign-board");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My work").setExact(true)).click();
		assertThat(this.page.locator(".my-work-client")).containsText("Lumen Coffee");
		assertThat(this.page.locator(".my-work-client")).containsText("Morning ritual launch");
		assertThat(this.page.locator(".my-work-task")).containsText("Commuter poster concepts");
		assertThat(this.page.locator(".my-work-task")).containsText("In review");
		screenshot("my-work");

		this.page.navigate(url("/clients/" + clientId));
		assertThat(this.page.locator("body")).containsText("Morning ritual launch");
	}

	private static boolean isFocused(Locator locator) {
		return (Boolean) locator.evaluate("element => element === document.activeElement");
	}

}
