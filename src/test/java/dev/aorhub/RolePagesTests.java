package dev.aorhub;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages follow the rules of the API behind them: a viewer reads every page but is shown
 * no control it could not use, and a form page it could not submit answers 403; an
 * account user still sees and opens them.
 */
class RolePagesTests extends AgencyRecordsTestSupport {

	/** A form that posts, other than signing out. */
	private static final Pattern POSTING_FORM = Pattern.compile("<form\\b[^>]*method=\"post\"[^>]*>");

	/** A link to a create or edit page. */
	private static final Pattern FORM_LINK = Pattern.compile("href=\"[^\"]*/(new|edit|renew|import)(\\?[^\"]*)?\"");

	private Account admin;

	private List<String> readPages;

	private List<String> formPages;

	@BeforeEach
	void aWorkspaceWithOneOfEverything() {
		this.admin = signUp();
		UUID clientId = client(this.admin, "Northwind Foods");
		UUID contactId = contact(this.admin, clientId, "Cora Client");
		UUID designationId = designation(this.admin, clientId, "Creative", "2026-01-01", "2027-12-31", "250000.00",
				"USD");
		UUID msaId = msa(this.admin, clientId, "2026-01-01", "2027-12-31");
		UUID sowId = sow(this.admin, msaId, "Launch campaign", "2026-03-01", "2026-12-31");
		UUID cardId = rateCard(this.admin, "Standard");
		this.readPages = List.of("/", "/clients", "/clients/" + clientId, "/contacts",
				"/clients/" + clientId + "/contacts/" + contactId, "/clients/" + clientId + "/roster",
				"/clients/" + clientId + "/contracts", "/portfolio", "/designations/" + designationId, "/renewals",
				"/team", "/msas", "/msas/" + msaId, "/sows", "/sows/" + sowId, "/contracts/alerts", "/rate-cards",
				"/rate-cards/" + cardId, "/exchange-rates");
		this.formPages = List.of("/clients/new", "/clients/" + clientId + "/edit",
				"/clients/" + clientId + "/contacts/new", "/clients/import", "/contacts/import", "/designations/new",
				"/designations/" + designationId + "/edit", "/designations/" + designationId + "/renew", "/msas/new",
				"/msas/" + msaId + "/edit", "/sows/new", "/sows/new?msaId=" + msaId, "/sows/" + sowId + "/edit");
	}

	@Test
	void aViewerReadsEveryPageWithoutAControlItCannotUse() {
		Account viewer = createUser(this.admin, "VIEWER");
		for (String path : this.readPages) {
			String page = html(path, viewer);
			assertThat(postingForms(page)).as("forms that post on " + path).isEmpty();
			assertThat(FORM_LINK.matcher(page).results().map(java.util.regex.MatchResult::group).toList())
				.as("form links on " + path)
				.isEmpty();
			assertThat(page).as(path).doesNotContain(">New ", "Add client", "Record a designation");
		}
	}

	@Test
	void aViewerOpeningAFormPageGetsTheForbiddenPage() {
		Account viewer = createUser(this.admin, "VIEWER");
		for (String path : this.formPages) {
			MvcTestResult result = getPage(path, viewer);
			assertThat(result).as(path).hasStatus(403);
			assertThat(text(result)).as(path)
				.contains("your roles do not allow this")
				.doesNotContain("<form class=\"card");
		}
	}

	@Test
	void aViewerPostingAFormGetsTheForbiddenPageToo() {
		Account viewer = createUser(this.admin, "VIEWER");
		MvcTestResult result = postForm("/clients/new", viewer, java.util.Map.of("name", "Typed in vain"));
		assertThat(result).hasStatus(403);
		assertThat(text(result)).contains("your roles do not allow this");
	}

	@Test
	void anAccountUserStillSeesTheControlsAndOpensTheForms() {
		Account account = createUser(this.admin, "ACCOUNT");
		assertThat(html("/clients", account)).contains("href=\"/clients/new\"");
		assertThat(html("/portfolio", account)).contains("href=\"/designations/new\"");
		assertThat(html("/msas", account)).contains("href=\"/msas/new\"");
		assertThat(html("/sows", account)).contains("href=\"/sows/new\"");
		for (String path : List.of("/clients", "/designations", "/msas", "/sows")) {
			String detail = this.readPages.stream()
				.filter((p) -> p.matches(path + "/[0-9a-f-]{36}"))
				.findFirst()
				.orElseThrow();
			assertThat(postingForms(html(detail, account))).as(detail).isNotEmpty();
		}
		for (String path : this.formPages) {
			assertThat(getPage(path, account)).as(path).hasStatus(200);
		}
	}

	@Test
	void pricesAreChangedByFinanceAndAdminOnly() {
		Account account = createUser(this.admin, "ACCOUNT");
		Account finance = createUser(this.admin, "FINANCE");
		String card = this.readPages.stream().filter((p) -> p.startsWith("/rate-cards/")).findFirst().orElseThrow();
		assertThat(html("/rate-cards", account)).doesNotContain("href=\"/rate-cards/new\"");
		assertThat(postingForms(html(card, account))).isEmpty();
		assertThat(getPage("/rate-cards/new", account)).hasStatus(403);
		assertThat(getPage(card + "/edit", account)).hasStatus(403);
		assertThat(html("/rate-cards", finance)).contains("href=\"/rate-cards/new\"");
		assertThat(getPage(card + "/edit", finance)).hasStatus(200);
		assertThat(postingForms(html("/exchange-rates", account))).isEmpty();
		assertThat(postingForms(html("/exchange-rates", finance))).isNotEmpty();
		assertThat(html("/", finance)).contains("href=\"/exchange-rates\"").contains("href=\"/admin/cost-rates\"");
		assertThat(html("/", account)).doesNotContain("href=\"/exchange-rates\"")
			.doesNotContain("href=\"/admin/cost-rates\"");
	}

	private static List<String> postingForms(String page) {
		return POSTING_FORM.matcher(page)
			.results()
			.map(java.util.regex.MatchResult::group)
			.filter((form) -> !form.contains("action=\"/logout\""))
			.toList();
	}

}
