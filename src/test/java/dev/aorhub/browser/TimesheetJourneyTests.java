package dev.aorhub.browser;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A designer logs their week on the timesheet with the keyboard only, saves it with
 * Enter, starts and discards a timer that survives a reload, and submits the week; their
 * account lead approves it on the approvals page, and the entries show as approved.
 */
class TimesheetJourneyTests extends BrowserTestSupport {

	private static final String PASSWORD = "Willow-Tram-Harbour-83";

	@Test
	void logsAWeekWithTheKeyboardSubmitsItAndTheAccountLeadApprovesIt() throws Exception {
		String email = "designer-" + UUID.randomUUID() + "@fernhill.example";
		api("POST", "/api/v1/signup", null,
				Map.of("workspaceName", "Fernhill Studio", "email", email, "name", "Robin Vale", "password", PASSWORD));
		String token = api("POST", "/api/v1/auth/tokens", null,
				Map.of("email", email, "password", PASSWORD, "name", "journey"))
			.get("token")
			.asString();
		String leadEmail = "lead-" + UUID.randomUUID() + "@fernhill.example";
		Map<String, Object> lead = new LinkedHashMap<>();
		lead.put("email", leadEmail);
		lead.put("name", "Alex Account");
		lead.put("password", PASSWORD);
		lead.put("roles", List.of("ACCOUNT"));
		lead.put("clientId", null);
		api("POST", "/api/v1/users", token, lead);
		String clientId = api("POST", "/api/v1/clients", token,
				Map.of("name", "Northwind Coffee", "currency", "USD", "status", "ACTIVE"))
			.get("id")
			.asString();
		LocalDate today = LocalDate.now();
		Map<String, Object> msa = new LinkedHashMap<>();
		msa.put("clientId", clientId);
		msa.put("title", "Master services agreement");
		msa.put("effectiveDate", today.minusYears(1).toString());
		msa.put("expiryDate", today.plusYears(1).toString());
		msa.put("paymentTermsDays", 30);
		msa.put("rateCardId", null);
		msa.put("discountPercent", "0");
		String msaId = api("POST", "/api/v1/msas", token, msa).get("id").asString();
		Map<String, Object> sow = new LinkedHashMap<>();
		sow.put("msaId", msaId);
		sow.put("title", "Always-on social");
		sow.put("startDate", today.minusMonths(2).toString());
		sow.put("endDate", today.plusMonths(6).toString());
		sow.put("budgetHours", 400);
		sow.put("fees", List.of(Map.of("type", "RETAINER", "monthlyFee", Map.of("amount", "9000.00", "currency", "USD"),
				"includedHours", 60, "rollover", "NONE")));
		String sowId = api("POST", "/api/v1/sows", token, sow).get("id").asString();
		api("POST", "/api/v1/sows/" + sowId + "/internal-approval", token, Map.of());
		api("POST", "/api/v1/sows/" + sowId + "/send", token, Map.of());
		api("POST", "/api/v1/sows/" + sowId + "/approve", token, Map.of("approverName", "Nora North"));

		signIn(email, PASSWORD);
		// The dashboard's own requests first, so the session and its CSRF token settle
		// before the timesheet's forms carry one.
		this.page.waitForLoadState(LoadState.NETWORKIDLE);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Time").setExact(true)).click();
		assertThat(this.page.locator("h1")).hasText("Timesheet");

		// A timer is the server's: it ticks, survives a reload, and can be thrown away.
		this.page.getByLabel("Timer for").selectOption(new SelectOption().setIndex(1));
		this.page.getByLabel("Note").fill("Community replies");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")).click();
		assertThat(this.page.locator(".timer-running")).containsText("Community replies");
		// It ticks: a second after it started it no longer shows 0:00:00.
		assertThat(this.page.locator("[data-timer-start]")).containsText(Pattern.compile("0:00:(0[1-9]|[1-5]\\d)"));
		this.page.reload();
		assertThat(this.page.locator(".timer-running")).containsText("Community replies");
		screenshot("time-timer");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Discard")).click();
		this.page.getByRole(AriaRole.DIALOG)
			.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Discard"))
			.click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Discarded the timer");

		this.page.getByLabel("Add a row for").selectOption(new SelectOption().setIndex(1));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add row")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Added a row");
		assertThat(this.page.locator(".ts-label").first()).containsText("Always-on social");

		// Keyboard only: type, Tab along the row, arrows between cells, Enter saves.
		this.page.locator("#timesheet[data-ready]").waitFor();
		this.page.locator("#h-0-0").focus();
		this.page.keyboard().type("7.5");
		this.page.keyboard().press("Tab");
		this.page.keyboard().type("8");
		this.page.keyboard().press("Tab");
		this.page.keyboard().type("6:30");
		this.page.keyboard().press("ArrowRight");
		this.page.keyboard().type("90m");
		this.page.keyboard().press("ArrowRight");
		this.page.keyboard().type("4");
		screenshot("time-timesheet-typed");
		assertThat(this.page.locator(".ts-week-total")).hasText("27:30");
		this.page.keyboard().press("Enter");
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Saved the week: 5 logged");
		assertThat(this.page.locator("#h-0-3")).hasValue("1.5");
		assertThat(this.page.locator(".ts-week-total")).hasText("27:30");

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit week")).click();
		assertThat(this.page.getByRole(AriaRole.DIALOG)).containsText("Submit this week for approval?");
		this.page.getByRole(AriaRole.DIALOG)
			.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Submit week"))
			.click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("5 entries are waiting for approval");
		assertThat(this.page.locator(".ts-locked")).containsText("Submitted");
		assertThat(this.page.locator("#h-0-0")).hasCount(0);
		screenshot("time-timesheet-submitted");

		// Submitted time does not burn the retainer yet.
		this.page.navigate(url("/retainers/" + sowId));
		assertThat(this.page.locator("[data-figure=used]")).hasText("0.00 h");

		this.context.close();
		this.context = this.browser.newContext(new Browser.NewContextOptions().setViewportSize(1360, 860));
		this.page = this.context.newPage();
		this.page.setDefaultTimeout(15_000);
		signIn(leadEmail, PASSWORD);
		this.page.waitForLoadState(LoadState.NETWORKIDLE);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Time").setExact(true)).click();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Approvals").setExact(true)).click();
		assertThat(this.page.locator(".approval-group")).containsText("Robin Vale");
		assertThat(this.page.locator(".approval-group")).containsText("27:30");
		this.page.getByLabel("Robin Vale", new Page.GetByLabelOptions().setExact(true)).check();
		assertThat(this.page.getByLabel("Approve 6:30 h of Robin Vale on 2 Dec")).isChecked();
		screenshot("time-approvals");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve selected")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Approved 5 entries");
		assertThat(this.page.locator(".approval-group")).hasCount(0);

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Entries").setExact(true)).click();
		assertThat(this.page.locator("#results tbody tr")).hasCount(5);
		assertThat(this.page.locator("#results tbody .status").first()).hasText("Approved");
		assertThat(this.page.locator("#results")).not().containsText("Submitted");
		screenshot("time-entries-approved");

		// Approved, billable time burns this month's retainer: the week's days in this
		// month.
		double[] typed = { 7.5, 8, 6.5, 1.5, 4 };
		LocalDate monday = today.with(java.time.DayOfWeek.MONDAY);
		double burnt = 0;
		for (int day = 0; day < typed.length; day++) {
			if (monday.plusDays(day).getMonth() == today.getMonth()) {
				burnt += typed[day];
			}
		}
		this.page.navigate(url("/retainers/" + sowId));
		assertThat(this.page.locator("[data-figure=used]"))
			.hasText(String.format(java.util.Locale.ROOT, "%.2f h", burnt));
		screenshot("time-retainer-burn");

		this.page.navigate(url("/time/sows/" + sowId + "/rules"));
		this.page.getByLabel("Round to").selectOption("15");
		this.page.getByLabel("Direction").selectOption("NEAREST");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the rule")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("To the nearest 15 minutes");
		screenshot("time-rules");
	}

}
