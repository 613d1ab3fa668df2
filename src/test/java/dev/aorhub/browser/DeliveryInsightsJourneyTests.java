package dev.aorhub.browser;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.aorhub.shared.Ids;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An account lead sees the AOR whose team worked less than promised flagged on the
 * resourcing page, with the person behind the gap named, and the retainer's month on its
 * burn page. The time is written straight to the table: logging it is the timesheet's
 * journey.
 */
class DeliveryInsightsJourneyTests extends BrowserTestSupport {

	private static final String PASSWORD = "Copper-Lantern-Meadow-51";

	@Autowired
	private JdbcClient jdbc;

	@Test
	void seesAnUnderResourcedAorWithThePeopleBehindTheGapAndTheRetainerBurn() throws Exception {
		String email = "lead-" + UUID.randomUUID() + "@orchard.example";
		JsonIds ids = new JsonIds();
		api("POST", "/api/v1/signup", null,
				Map.of("workspaceName", "Orchard & Pike", "email", email, "name", "Riley Park", "password", PASSWORD));
		String token = api("POST", "/api/v1/auth/tokens", null,
				Map.of("email", email, "password", PASSWORD, "name", "journey"))
			.get("token")
			.asString();
		ids.workspace = UUID.fromString(api("GET", "/api/v1/me", token, null).get("workspaceId").asString());
		ids.lead = UUID.fromString(api("GET", "/api/v1/me", token, null).get("userId").asString());
		UUID tom = UUID.fromString(
				api("POST", "/api/v1/users", token, Map.of("email", "tom-" + UUID.randomUUID() + "@orchard.example",
						"name", "Tom Becker", "roles", List.of("CREATIVE"), "password", PASSWORD))
					.get("id")
					.asString());
		ids.client = UUID.fromString(api("POST", "/api/v1/clients", token,
				Map.of("name", "Harbourline Ferries", "currency", "USD", "status", "ACTIVE"))
			.get("id")
			.asString());
		String category = null;
		for (var item : api("GET", "/api/v1/service-categories?size=100", token, null).get("items")) {
			if (item.get("name").asString().equals("Creative")) {
				category = item.get("id").asString();
			}
		}
		Map<String, Object> designation = new LinkedHashMap<>();
		designation.put("clientId", ids.client);
		designation.put("categoryId", category);
		designation.put("kind", "EXCLUSIVE");
		designation.put("status", "ACTIVE");
		designation.put("market", "Global");
		designation.put("scope", "Brand platform and campaigns");
		designation.put("startDate", LocalDate.now().minusYears(1).toString());
		designation.put("endDate", LocalDate.now().plusYears(1).toString());
		designation.put("annualValue", Map.of("amount", "420000", "currency", "USD"));
		String designationId = api("POST", "/api/v1/designations", token, designation).get("id").asString();
		api("POST", "/api/v1/designations/" + designationId + "/team", token,
				Map.of("userId", ids.lead, "role", "Account director", "allocationPercent", 50, "dedicated", true));
		api("POST", "/api/v1/designations/" + designationId + "/team", token,
				Map.of("userId", tom, "role", "Creative director", "allocationPercent", 50, "dedicated", true));
		Map<String, Object> msa = new LinkedHashMap<>();
		msa.put("clientId", ids.client);
		msa.put("title", "Master services agreement");
		msa.put("status", "SIGNED");
		msa.put("effectiveDate", LocalDate.now().minusYears(1).toString());
		msa.put("expiryDate", LocalDate.now().plusYears(1).toString());
		msa.put("paymentTermsDays", 30);
		msa.put("discountPercent", "0");
		String msaId = api("POST", "/api/v1/msas", token, msa).get("id").asString();
		Map<String, Object> sow = new LinkedHashMap<>();
		sow.put("msaId", msaId);
		sow.put("designationId", designationId);
		sow.put("title", "Always-on creative");
		sow.put("status", "ACTIVE");
		sow.put("startDate", LocalDate.now().minusMonths(6).withDayOfMonth(1).toString());
		sow.put("endDate", LocalDate.now().plusMonths(6).toString());
		sow.put("budget", Map.of("amount", "72000.00", "currency", "USD"));
		sow.put("budgetHours", 480);
		sow.put("fees", List.of(Map.of("type", "RETAINER", "monthlyFee", Map.of("amount", "6000.00", "currency", "USD"),
				"includedHours", 40, "rollover", "NEXT_MONTH")));
		ids.sow = UUID.fromString(api("POST", "/api/v1/sows", token, sow).get("id").asString());

		// The last four complete weeks: Riley works her half, Tom a quarter of his.
		LocalDate monday = LocalDate.now().with(DayOfWeek.MONDAY).minusWeeks(4);
		for (int day = 0; day < 28; day++) {
			LocalDate date = monday.plusDays(day);
			if (date.getDayOfWeek().getValue() <= 5) {
				entry(ids, ids.lead, date, 240);
				entry(ids, tom, date, 60);
			}
		}
		// This month so far: two hours a weekday of Riley's count against the retainer.
		for (LocalDate date = LocalDate.now().withDayOfMonth(1); date
			.isBefore(LocalDate.now()); date = date.plusDays(1)) {
			if (date.getDayOfWeek().getValue() <= 5 && date.isAfter(monday.plusDays(27))) {
				entry(ids, ids.lead, date, 120);
			}
		}

		signIn(email, PASSWORD);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Resourcing")).click();
		assertThat(this.page.locator("#under-resourced-summary")).containsText("1 AOR got less");
		assertThat(this.page.locator("#resourcing [data-under=true]")).containsText("Harbourline Ferries");
		assertThat(this.page.locator("#resourcing [data-under=true]")).containsText("Tom Becker");
		assertThat(this.page.locator("#resourcing [data-under=true]")).not().containsText("Riley Park (");
		assertThat(this.page.locator("#heatmap")).containsText("Tom Becker");
		screenshot("resourcing");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Harbourline Ferries")).click();
		assertThat(this.page.locator("[data-person='Tom Becker']")).containsText("Below commitment");
		screenshot("resourcing-designation");

		this.page.navigate(url("/retainers"));
		assertThat(this.page.locator("#retainers")).containsText("Always-on creative");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Always-on creative")).first().click();
		assertThat(this.page.locator("[data-figure=available]")).containsText("h");
		assertThat(this.page.locator("svg.burn-chart polyline.actual")).hasCount(1);
		screenshot("retainer-burn");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Time reports")).click();
		this.page.getByLabel("From").fill(monday.toString());
		this.page.getByLabel("To").fill(monday.plusDays(27).toString());
		this.page.getByLabel("Group by").selectOption("client");
		this.page.getByLabel("then by").first().selectOption("user");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
		assertThat(this.page.locator("#time-report")).containsText("Tom Becker");
		assertThat(this.page.locator("#total-hours")).hasText("100.00");
		screenshot("time-report");
	}

	/** The ids a journey's setup collects. */
	private static final class JsonIds {

		UUID workspace;

		UUID lead;

		UUID client;

		UUID sow;

	}

	private void entry(JsonIds ids, UUID userId, LocalDate date, int minutes) {
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.sql("""
				INSERT INTO time_entry (workspace_id, id, user_id, entry_date, minutes, rounded_minutes, client_id,
				                        sow_id, billable, status, created_at, updated_at, version)
				VALUES (:workspaceId, :id, :userId, :date, :minutes, :minutes, :clientId, :sowId, TRUE, 'APPROVED',
				        :now, :now, 0)
				""")
			.param("workspaceId", ids.workspace)
			.param("id", Ids.newId())
			.param("userId", userId)
			.param("date", date)
			.param("minutes", minutes)
			.param("clientId", ids.client)
			.param("sowId", ids.sow)
			.param("now", now)
			.update();
	}

}
