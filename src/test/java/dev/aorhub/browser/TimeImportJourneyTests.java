package dev.aorhub.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An admin brings a Toggl Track export in: one row names a client the agency does not
 * have, so nothing is written and the page says which line; keeping the good rows imports
 * the others.
 */
class TimeImportJourneyTests extends BrowserTestSupport {

	private static final String PASSWORD = "Saffron-Harbour-Kettle-77";

	@Test
	void importsATogglExportAfterSeeingItsBadLine() throws Exception {
		String email = "admin-" + UUID.randomUUID() + "@kestrel.example";
		api("POST", "/api/v1/signup", null,
				Map.of("workspaceName", "Kestrel Studio", "email", email, "name", "Sam Rivers", "password", PASSWORD));
		String token = api("POST", "/api/v1/auth/tokens", null,
				Map.of("email", email, "password", PASSWORD, "name", "journey"))
			.get("token")
			.asString();
		String client = api("POST", "/api/v1/clients", token,
				Map.of("name", "Fjord Outdoor", "currency", "USD", "status", "ACTIVE"))
			.get("id")
			.asString();
		LocalDate today = LocalDate.now();
		Map<String, Object> msa = new LinkedHashMap<>();
		msa.put("clientId", client);
		msa.put("title", "Master services agreement");
		msa.put("status", "SIGNED");
		msa.put("effectiveDate", today.minusYears(1).toString());
		msa.put("expiryDate", today.plusYears(1).toString());
		msa.put("paymentTermsDays", 30);
		msa.put("discountPercent", "0");
		String msaId = api("POST", "/api/v1/msas", token, msa).get("id").asString();
		Map<String, Object> sow = new LinkedHashMap<>();
		sow.put("msaId", msaId);
		sow.put("title", "Outdoor season");
		sow.put("status", "ACTIVE");
		sow.put("startDate", today.minusMonths(3).toString());
		sow.put("endDate", today.plusMonths(3).toString());
		sow.put("budget", Map.of("amount", "30000.00", "currency", "USD"));
		sow.put("fees", List.of(Map.of("type", "FIXED", "milestones",
				List.of(Map.of("name", "Season", "amount", Map.of("amount", "30000.00", "currency", "USD"))))));
		api("POST", "/api/v1/sows", token, sow);

		String day = today.minusDays(7).toString();
		Path export = Files.createTempFile("toggl-", ".csv");
		Files.writeString(export, String.join("\n",
				"User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags",
				"Sam Rivers," + email + ",Fjord Outdoor,Outdoor season,,Trail campaign concepts,Yes," + day
						+ ",09:00:00," + day + ",11:30:00,02:30:00,",
				"Sam Rivers," + email + ",Glacier Foods,Launch,,Kick-off,Yes," + day + ",13:00:00," + day
						+ ",14:00:00,01:00:00,",
				"Sam Rivers," + email + ",Fjord Outdoor,Outdoor season,,Media review,No," + day + ",15:00:00," + day
						+ ",16:15:00,01:15:00,")
				+ "\n", StandardCharsets.UTF_8);

		signIn(email, PASSWORD);
		this.page.navigate(url("/time/entries"));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import")).click();
		this.page.getByLabel("File").setInputFiles(export);
		this.page.getByLabel("Exported from").selectOption("toggl");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
		assertThat(this.page.locator("#result h2")).hasText("Nothing was imported");
		assertThat(this.page.locator("#result tbody tr")).hasCount(1);
		assertThat(this.page.locator("#result tbody tr td").first()).hasText("3");
		assertThat(this.page.locator("#result tbody")).containsText("Glacier Foods");
		screenshot("time-import-rejected");

		this.page.getByLabel("File").setInputFiles(export);
		this.page.getByLabel("Exported from").selectOption("toggl");
		this.page.getByLabel("Keep the good rows when some are rejected").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
		assertThat(this.page.locator("#result h2")).hasText("Imported");
		assertThat(this.page.locator("#result")).containsText("2 imported");
		screenshot("time-import-partial");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See the time entries")).click();
		assertThat(this.page.locator("#results tbody tr")).hasCount(2);
		assertThat(this.page.locator("#results")).containsText("Trail campaign concepts");
	}

}
