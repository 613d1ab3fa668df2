package dev.aorhub.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An account lead renews a designation from the renewal pipeline: the form comes
 * prefilled with the next term, the designation's page then shows the new term and the
 * previous one under Terms, and the pipeline no longer lists it.
 */
class RenewalJourneyTests extends BrowserTestSupport {

	private static final String PASSWORD = "Amber-Compass-Willow-84";

	@Test
	void renewsADesignationFromThePipelineAndSeesItsTerms() throws Exception {
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
		String creative = null;
		for (JsonNode category : api("GET", "/api/v1/service-categories", token, null).get("items")) {
			if (category.get("name").asString().equals("Creative")) {
				creative = category.get("id").asString();
			}
		}
		LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
		LocalDate start = today.minusYears(1).plusDays(61);
		LocalDate end = today.plusDays(60);
		Map<String, Object> designation = new LinkedHashMap<>();
		designation.put("clientId", client);
		designation.put("categoryId", creative);
		designation.put("kind", "EXCLUSIVE");
		designation.put("startDate", start.toString());
		designation.put("endDate", end.toString());
		designation.put("annualValue", Map.of("amount", "850000", "currency", "USD"));
		String id = api("POST", "/api/v1/designations", token, designation).get("id").asString();

		signIn(email, PASSWORD);

		this.page.navigate(url("/renewals"));
		assertThat(this.page.locator("#results")).containsText("Northwind Coffee");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Renew Creative at Northwind Coffee"))
			.click();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Renew Creative at Northwind Coffee");
		LocalDate nextStart = end.plusDays(1);
		LocalDate nextEnd = nextStart.plusYears(1).minusDays(1);
		assertThat(this.page.getByLabel("New term starts")).hasValue(nextStart.toString());
		assertThat(this.page.getByLabel("New term ends")).hasValue(nextEnd.toString());
		assertThat(this.page.getByLabel("Annual value")).hasValue("850000.00");
		assertThat(this.page.locator("#renewal-effect")).containsText("Renewing keeps the current term");

		this.page.getByLabel("New term ends").fill(nextStart.toString());
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Renew designation")).click();
		assertThat(this.page.locator("#endDate-error")).containsText("must be after the start date");
		this.page.getByLabel("New term ends").fill(nextEnd.toString());
		this.page.getByLabel("Annual value").fill("900000");
		screenshot("renewal-form");

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Renew designation")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Renewed: the designation now runs");
		var terms = this.page.locator("#terms");
		assertThat(terms).containsText("1 renewal");
		assertThat(terms.locator("tbody tr")).hasCount(2);
		assertThat(terms.locator("tbody tr").first()).containsText("Current");
		assertThat(terms.locator("tbody tr").first()).containsText("USD 900,000.00");
		assertThat(terms.locator("tbody tr").nth(1)).containsText("USD 850,000.00");
		assertThat(terms.locator("tbody tr").nth(1)).containsText("Renewed ");
		assertThat(terms.locator("tbody tr").nth(1)).containsText("by Riley Park");
		this.page.evaluate("window.scrollTo(0, 0)");
		screenshot("renewal-designation");

		this.page.navigate(url("/renewals"));
		assertThat(this.page.locator("#results")).not().containsText("Northwind Coffee");
		this.page.navigate(url("/designations/" + id));
		assertThat(this.page.locator("#terms tbody tr")).hasCount(2);
	}

}
