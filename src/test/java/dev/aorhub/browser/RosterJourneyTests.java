package dev.aorhub.browser;

import java.io.IOException;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An account lead records the client's roster in the browser: our exclusive creative
 * designation, then another agency's that would overlap it, which is refused with the
 * conflict explained beside the form; the roster, portfolio and team pages show the rest.
 */
class RosterJourneyTests extends BrowserTestSupport {

	private static final String PASSWORD = "Granite-Sparrow-Lagoon-39";

	@Test
	void recordsAnExclusiveDesignationAndSeesTheConflictOfASecondOne() throws Exception {
		String email = "lead-" + UUID.randomUUID() + "@lumen.example";
		api("POST", "/api/v1/signup", null,
				Map.of("workspaceName", "Lumen & Co", "email", email, "name", "Riley Park", "password", PASSWORD));
		String token = api("POST", "/api/v1/auth/tokens", null,
				Map.of("email", email, "password", PASSWORD, "name", "journey"))
			.get("token")
			.asString();
		String client = api("POST", "/api/v1/clients", token,
				Map.of("name", "Northwind Coffee", "currency", "USD", "status", "ACTIVE"))
			.get("id")
			.asString();
		seedRoster(token, client);

		signIn(email, PASSWORD);

		this.page.navigate(url("/clients/" + client + "/roster"));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New designation")).click();
		this.page.getByLabel("Service category")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Creative"));
		this.page.getByLabel("Kind").selectOption("EXCLUSIVE");
		this.page.getByLabel("Scope").fill("Brand platform and campaigns, all channels");
		this.page.getByLabel("Term starts").fill(LocalDate.now().minusMonths(10).toString());
		this.page.getByLabel("Term ends").fill(LocalDate.now().plusDays(70).toString());
		this.page.getByLabel("Annual value").fill("not money");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record designation")).click();
		assertThat(this.page.locator("[id='annualValue.amount-error']"))
			.hasText("must be a decimal number such as 1234.50");
		screenshot("designation-form-error");

		this.page.getByLabel("Annual value").fill("850000");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record designation")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Recorded the designation.");
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Creative at Northwind Coffee");
		this.page.getByLabel("Person")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Riley Park"));
		this.page.getByLabel("Role").fill("Account director");
		this.page.getByLabel("Allocation %").fill("60");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to team")).click();
		assertThat(this.page.locator("#team")).containsText("Account director");
		assertThat(this.page.locator("#team [role=status]")).containsText("Added to the team.");
		assertThat(this.page.locator("#team [role=status]")).isInViewport();
		screenshot("designation");
		String designationUrl = this.page.url().replaceFirst("#.*$", "");

		this.page.getByLabel("Take Riley Park off the team").click();
		assertThat(this.page.getByRole(AriaRole.DIALOG)).containsText("Take Riley Park off the team?");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel")).click();
		assertThat(this.page.getByRole(AriaRole.DIALOG)).isHidden();
		assertThat(this.page.locator("#team")).containsText("Account director");

		this.page.navigate(url("/designations/new?clientId=" + client));
		this.page.getByLabel("Service category")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Creative"));
		this.page.getByLabel("Agency", new Page.GetByLabelOptions().setExact(true)).fill("<i>Harbor</i> & Vale");
		this.page.getByLabel("Kind").selectOption("EXCLUSIVE");
		this.page.getByLabel("Term starts").fill(LocalDate.now().plusDays(30).toString());
		this.page.getByLabel("Term ends").fill(LocalDate.now().plusYears(2).toString());
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record designation")).click();
		assertThat(this.page.locator("#refusal")).containsText("Exclusivity conflict");
		assertThat(this.page.locator("#refusal"))
			.containsText("We already hold this category exclusively in Global at this client");
		assertThat(this.page.getByLabel("Agency", new Page.GetByLabelOptions().setExact(true)))
			.hasValue("<i>Harbor</i> & Vale");
		screenshot("designation-conflict");

		this.page.getByLabel("Kind").selectOption("PREFERRED");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record designation")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Recorded the designation.");

		this.page.navigate(url("/clients/" + client + "/roster"));
		assertThat(this.page.locator(".roster-matrix")).containsText("<i>Harbor</i> & Vale");
		assertThat(this.page.locator(".roster-matrix")).containsText("Whitespace");
		assertThat(this.page.locator(".timeline")).containsText("Creative");
		screenshot("roster");

		this.page.navigate(url("/portfolio"));
		assertThat(this.page.locator("#results")).containsText("Northwind Coffee");
		screenshot("portfolio");

		this.page.navigate(url("/renewals"));
		assertThat(this.page.locator("#results")).containsText("Window open");
		screenshot("renewals");

		this.page.navigate(url("/team"));
		assertThat(this.page.locator("#results")).containsText("Riley Park");
		assertThat(this.page.locator("[data-over-allocated=true]")).containsText("Jordan Lee");
		screenshot("team");

		this.page.navigate(designationUrl);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a review")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("The designation is now under review.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lost")).click();
		assertThat(this.page.getByRole(AriaRole.DIALOG)).containsText("Record this designation as lost?");
		this.page.getByLabel("Why was it lost? (optional)").fill("The client moved creative to its media agency.");
		screenshot("designation-lose-confirmation");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record as lost")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("The designation is now lost.");
		assertThat(this.page.locator("#outcome-reason"))
			.hasText("Why it was lost: The client moved creative to its media agency.");
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to team")))
			.hasCount(0);
	}

	/** Other agencies and a few of ours, so the roster has something to show. */
	private void seedRoster(String token, String client) throws IOException, InterruptedException {
		Map<String, UUID> categories = new LinkedHashMap<>();
		api("GET", "/api/v1/service-categories", token, null).get("items")
			.forEach((c) -> categories.put(c.get("name").asString(), UUID.fromString(c.get("id").asString())));
		LocalDate today = LocalDate.now();
		designation(token, client, categories.get("Media Buying"), "Oakline Media", "EXCLUSIVE", "ACTIVE", "Global",
				today.minusYears(1), today.plusYears(2), null);
		String social = designation(token, client, categories.get("Social"), null, "PREFERRED", "ACTIVE", "Global",
				today.minusMonths(4), today.plusMonths(20), "180000");
		designation(token, client, categories.get("PR"), "Kestrel PR", "EXCLUSIVE", "UNDER_REVIEW", "EMEA",
				today.minusYears(2), today.plusMonths(5), null);
		String search = designation(token, client, categories.get("Search"), null, "EXCLUSIVE", "PITCHING",
				"North America", today.plusMonths(2), today.plusYears(3), "240000");
		designation(token, client, categories.get("Strategy"), null, "PROJECT", "ENDED", "Global", today.minusYears(3),
				today.minusYears(1), "60000");
		String jordan = api("POST", "/api/v1/users", token,
				Map.of("email", "jordan-" + UUID.randomUUID() + "@lumen.example", "name", "Jordan Lee", "password",
						PASSWORD, "roles", java.util.List.of("ACCOUNT")))
			.get("id")
			.asString();
		api("POST", "/api/v1/designations/" + social + "/team", token,
				Map.of("userId", jordan, "role", "Social lead", "allocationPercent", 60, "dedicated", true));
		JsonNode over = api("POST", "/api/v1/designations/" + search + "/team", token,
				Map.of("userId", jordan, "role", "Pitch lead", "allocationPercent", 50));
		assertThat(over.at("/warnings/0/code").asString()).isEqualTo("over-allocated");
	}

	private String designation(String token, String client, UUID category, String agency, String kind, String status,
			String market, LocalDate start, LocalDate end, String value) throws IOException, InterruptedException {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("clientId", client);
		request.put("categoryId", category);
		request.put("agencyName", agency);
		request.put("kind", kind);
		request.put("status", status);
		request.put("market", market);
		request.put("startDate", start.toString());
		request.put("endDate", end.toString());
		if (value != null) {
			request.put("annualValue", Map.of("amount", value, "currency", "USD"));
		}
		return api("POST", "/api/v1/designations", token, request).get("id").asString();
	}

}
