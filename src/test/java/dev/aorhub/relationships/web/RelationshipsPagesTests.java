package dev.aorhub.relationships.web;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The relationships pages render for a signed-in user, escape names, and the designation
 * form shows the rules' messages.
 */
class RelationshipsPagesTests extends RelationshipsApiTestSupport {

	@Test
	void thePortfolioRenewalsTeamAndRosterPagesRenderWithEscapedNames() {
		Account admin = signUp();
		UUID client = createClient(admin, "Acme <script>x</script> Foods");
		UUID creative = category(admin, "Creative");
		String ours = createDesignation(admin, with(designation(client, creative), "endDate", nextMonthPlusYear()))
			.get("id")
			.asString();
		createDesignation(admin,
				with(designation(client, category(admin, "PR")), "agencyName", "<b>Bold</b> PR", "market", "EMEA"));
		postJson("/api/v1/designations/" + ours + "/team", admin,
				java.util.Map.of("userId", admin.userId(), "role", "Lead", "allocationPercent", 120 - 20));

		String portfolio = page("/portfolio", admin);
		assertThat(portfolio).contains("Acme &lt;script&gt;x&lt;/script&gt; Foods").doesNotContain("<script>x");
		assertThat(page("/portfolio?agency=ALL&q=bold", admin)).contains("&lt;b&gt;Bold&lt;/b&gt; PR");
		assertThat(page("/renewals", admin)).contains("Renewal pipeline");
		assertThat(page("/team", admin)).contains("Ada Admin").contains("100%");
		String roster = page("/clients/" + client + "/roster", admin);
		assertThat(roster).contains("EMEA")
			.contains("Whitespace")
			.contains("&lt;b&gt;Bold&lt;/b&gt; PR")
			.contains("timeline-bar");
		assertThat(page("/designations/" + ours, admin)).contains("Committed team")
			.contains("Start a review")
			.contains("data-confirm=\"End this designation?\"", "data-confirm-reason=\"Why did it end?\"");
		assertThat(page("/designations/new?clientId=" + client, admin)).contains("Record a designation");
		assertThat(page("/designations/" + ours + "/edit", admin)).contains("Save changes");
		assertThat(page("/admin/service-categories", admin)).contains("Media Buying");
	}

	@Test
	void anotherWorkspacesRosterAndDesignationAreNotFoundPages() {
		Account mine = signUp();
		Account theirs = signUp();
		UUID client = createClient(theirs, "Hidden Client");
		String id = createDesignation(theirs, designation(client, category(theirs, "Creative"))).get("id").asString();

		assertThat(getPage("/clients/" + client + "/roster", mine)).hasStatus(404);
		assertThat(getPage("/designations/" + id, mine)).hasStatus(404);
	}

	@Test
	void theFormShowsWhatWasTypedIntoAFieldItCannotReadWithTheOtherMessages() {
		Account admin = signUp();
		UUID client = createClient(admin, "Typed Client");

		MvcTestResult invalid = signedIn(admin, this.mvc.post().uri("/designations/new"))
			.param("clientId", client.toString())
			.param("categoryId", category(admin, "PR").toString())
			.param("kind", "EXCLUSIVE")
			.param("startDate", "01/05/2026")
			.param("renewalNoticeDays", "900")
			.with(csrf())
			.exchange();
		assertThat(invalid).hasStatus(200);
		assertThat(text(invalid)).contains("must be a date (YYYY-MM-DD)")
			.contains("value=\"01/05/2026\"")
			.contains("must be between 0 and 730");
	}

	@Test
	void theFormShowsFieldMessagesAndTheExclusivityConflict() {
		Account admin = signUp();
		UUID client = createClient(admin, "Form Client");
		UUID media = category(admin, "Media Buying");
		String first = createDesignation(admin, designation(client, media)).get("id").asString();

		MvcTestResult invalid = signedIn(admin, this.mvc.post().uri("/designations/new"))
			.param("clientId", client.toString())
			.param("categoryId", media.toString())
			.param("kind", "EXCLUSIVE")
			.param("status", "ACTIVE")
			.param("startDate", "2026-05-01")
			.param("endDate", "2026-04-01")
			.param("annualValue.amount", "lots")
			.param("annualValue.currency", "USD")
			.with(csrf())
			.exchange();
		assertThat(invalid).hasStatus(200);
		assertThat(text(invalid)).contains("id=\"endDate-error\"")
			.contains("must be after the start date")
			.contains("must be a decimal number");

		MvcTestResult conflict = signedIn(admin, this.mvc.post().uri("/designations/new"))
			.param("clientId", client.toString())
			.param("categoryId", media.toString())
			.param("agencyName", "Oakline Media")
			.param("kind", "EXCLUSIVE")
			.param("status", "ACTIVE")
			.param("market", "Global")
			.param("startDate", "2026-06-01")
			.with(csrf())
			.exchange();
		assertThat(conflict).hasStatus(200);
		assertThat(text(conflict)).contains("Exclusivity conflict")
			.contains("We already hold this category exclusively in Global")
			.contains("/designations/" + first);

		MvcTestResult saved = signedIn(admin, this.mvc.post().uri("/designations/new"))
			.param("clientId", client.toString())
			.param("categoryId", media.toString())
			.param("agencyName", "Oakline Media")
			.param("kind", "PREFERRED")
			.param("status", "ACTIVE")
			.param("startDate", "2026-06-01")
			.param("annualValue.amount", "")
			.param("annualValue.currency", "USD")
			.with(csrf())
			.exchange();
		assertThat(saved).hasStatus(302);
		assertThat(saved.getResponse().getRedirectedUrl()).startsWith("/designations/");
	}

	@Test
	void theTeamAllocationIsSearchedAndExportedWithTheSameSearch() {
		Account admin = signUp();
		createUser(admin, "STRATEGY");
		String designation = createDesignation(admin,
				designation(createClient(admin, "Quince Outdoor"), category(admin, "Creative")))
			.get("id")
			.asString();
		postJson("/api/v1/designations/" + designation + "/team", admin,
				Map.of("userId", admin.userId(), "role", "Account director", "allocationPercent", 40));

		String all = page("/team", admin);
		assertThat(all).contains("Ada Admin").contains("Una User");
		String found = page("/team?q=quince", admin);
		assertThat(found).contains("Ada Admin")
			.doesNotContain("Una User")
			.contains("Quince Outdoor · Creative")
			.contains("value=\"quince\"")
			.contains("/team/export?q=quince&amp;format=csv");
		assertThat(found.split("data-over-allocated=", -1)).hasSize(2);
		assertThat(page("/team?q=nobody-at-all", admin)).contains("Nobody matches");

		MvcTestResult csv = getPage("/team/export?format=csv&q=director", admin);
		assertThat(csv).hasStatus(200);
		String text = new String(csv.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(text).contains("Person,E-mail,Today %")
			.contains("Quince Outdoor,Creative,Global,Account director,40")
			.hasLineCount(2);
		MvcTestResult xlsx = getPage("/team/export?format=xlsx", admin);
		assertThat(xlsx).hasStatus(200);
		assertThat(xlsx.getResponse().getContentAsByteArray()).startsWith('P', 'K', 3, 4);
		assertThat(body(get("/api/v1/team-allocations?q=quince", admin)).get("total").asLong()).isEqualTo(1);
		assertThat(get("/api/v1/team-allocations/export?format=csv&q=quince", admin)).hasStatus(200);
	}

	private String page(String path, Account account) {
		MvcTestResult result = getPage(path, account);
		assertThat(result).as(path).hasStatus(200);
		return text(result);
	}

	private static String nextMonthPlusYear() {
		return java.time.LocalDate.now().plusDays(60).toString();
	}

	@Test
	void everyCurrencyOfTheValueAtStakeIsShownNotOnlyTheFirstTwo() {
		Account admin = signUp();
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("America/New_York"));
		String[][] values = { { "Alder Foods", "EUR", "100000.00" }, { "Birch Motors", "GBP", "200000.00" },
				{ "Cedar Bank", "USD", "300000.00" } };
		for (String[] value : values) {
			createDesignation(admin,
					with(designation(createClient(admin, value[0]), category(admin, "Creative")), "startDate",
							today.minusYears(1).toString(), "endDate", today.plusDays(60).toString(), "annualValue",
							Map.of("amount", value[2], "currency", value[1])));
		}

		String renewals = text(getPage("/renewals", admin));
		String portfolio = text(getPage("/portfolio", admin));

		assertThat(renewals).contains("EUR 100,000<").contains("GBP 200,000<").contains("USD 300,000<");
		assertThat(portfolio).contains("EUR 100,000<")
			.contains("GBP 200,000<")
			.contains("USD 300,000<")
			.doesNotContain("more currencies");
	}

}
