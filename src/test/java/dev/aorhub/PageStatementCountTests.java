package dev.aorhub;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.SqlStatementCounter.Counted;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every signed-in page request pays before its own work: one read of its session.
 * The session is not read again when Spring Session commits it twice, its last access is
 * not rewritten on every request, and the user's state comes from memory, while a
 * deactivation still ends the user's sessions at their next request.
 * <p>
 * On top of it, the record pages (a client, a SOW) load each aggregate once and run as
 * many statements for ten children (contacts, fees, change orders) as for two, and the
 * list pages as many for ten rows as for two.
 */
@Import(SqlStatementCounter.Configuration.class)
class PageStatementCountTests extends AgencyRecordsTestSupport {

	@Autowired
	private SqlStatementCounter counter;

	@Test
	void aSignedInPageRequestReadsItsSessionOnceAndWritesNothing() {
		Account admin = signUp();
		html("/account/profile", admin);
		Counted<MvcTestResult> page = this.counter.count(() -> getPage("/account/profile", admin));
		assertThat(page.result()).hasStatus(200);
		// The session once, and the profile's one read of its own: whether a second
		// factor is on.
		assertThat(page.statements()).as(page.listing())
			.hasSize(2)
			.allSatisfy((sql) -> assertThat(sql).startsWith("SELECT"));
		assertThat(page.statements().get(0)).containsIgnoringCase("FROM SPRING_SESSION");
		assertThat(page.statements().get(1)).contains("user_totp").contains("user_credentials");
	}

	@Test
	void aDeactivatedUsersNextPageRequestSignsThemOut() {
		Account admin = signUp();
		Account user = createUser(admin, "ACCOUNT");
		assertThat(html("/account/profile", user)).contains("Una User");
		assertThat(postJson("/api/v1/users/" + user.userId() + "/deactivate", admin, Map.of())).hasStatus(200);
		MvcTestResult next = getPage("/account/profile", user);
		assertThat(next).hasStatus(302);
		assertThat(next.getResponse().getRedirectedUrl()).isEqualTo("/login?error=disabled");
	}

	@Test
	void aNewRoleAppliesAtTheNextPageRequest() {
		Account admin = signUp();
		Account user = createUser(admin, "VIEWER");
		assertThat(getPage("/clients/new", user)).hasStatus(403);
		long version = body(get("/api/v1/users/" + user.userId(), admin)).get("version").asLong();
		Map<String, Object> change = Map.of("email", user.email(), "name", "Una User", "roles", List.of("ACCOUNT"),
				"active", true, "version", version);
		MvcTestResult changed = putJson("/api/v1/users/" + user.userId(), admin, change);
		assertThat(changed).as(text(changed)).hasStatus(200);
		assertThat(getPage("/clients/new", user)).hasStatus(200);
	}

	@Test
	void theSowPageLoadsTheSowOnceAndRunsAsManyStatementsForTenFeesAndChangeOrdersAsForTwo() {
		Account admin = signUp();
		UUID clientId = client(admin, "Counted Client");
		UUID msaId = msa(admin, clientId, LocalDate.now().minusYears(1).toString(),
				LocalDate.now().plusYears(1).toString(), "SIGNED");
		Counted<MvcTestResult> two = countPage("/sows/" + sowWith(admin, clientId, msaId, 2), admin);
		Counted<MvcTestResult> ten = countPage("/sows/" + sowWith(admin, clientId, msaId, 10), admin);
		assertThat(text(ten.result())).contains("Fee 10").contains("Change 10");
		assertThat(ten.count()).as(ten.listing()).isEqualTo(two.count());
		assertThat(ten.statements()).as(ten.listing())
			.filteredOn((sql) -> sql.matches("(?i)select .* from sow \\w+ .*"))
			.hasSize(1);
		// Ten before delivery, and one more for the hours logged under the SOW (its
		// burn).
		assertThat(ten.count()).as(ten.listing()).isLessThanOrEqualTo(11);
	}

	@Test
	void theClientPageLoadsTheClientOnceAndRunsAsManyStatementsForTenContactsAndBrandsAsForTwo() {
		Account admin = signUp();
		Counted<MvcTestResult> two = countPage("/clients/" + clientWith(admin, "Two Co", 2), admin);
		Counted<MvcTestResult> ten = countPage("/clients/" + clientWith(admin, "Ten Co", 10), admin);
		assertThat(text(ten.result())).contains("Contact 10").contains("Brand 10");
		assertThat(ten.count()).as(ten.listing()).isEqualTo(two.count());
		assertThat(ten.statements()).as(ten.listing())
			.filteredOn((sql) -> sql.matches("(?i)select .* from client \\w+ where .*"))
			.hasSize(1);
		// 11 for the client and its contracts and roster cards, one for the campaigns
		// card, two for the brand guidelines card (the brands through the clients API,
		// then their guidelines' colours), one for the strategic plans card.
		assertThat(ten.count()).as(ten.listing()).isLessThanOrEqualTo(15);
	}

	@Test
	void theListPagesRunAsManyStatementsForTenRowsAsForTwo() {
		Account admin = signUp();
		Account lead = createUser(admin, "ACCOUNT");
		for (int i = 0; i < 2; i++) {
			account(admin, lead, i);
		}
		List<String> pages = List.of("/clients", "/portfolio", "/renewals", "/sows", "/msas", "/contacts", "/team");
		Map<String, Integer> forTwo = new LinkedHashMap<>();
		for (String page : pages) {
			forTwo.put(page, countPage(page, admin).count());
		}
		for (int i = 2; i < 10; i++) {
			account(admin, lead, i);
		}
		for (String page : pages) {
			Counted<MvcTestResult> ten = countPage(page, admin);
			assertThat(ten.count()).as(page + ": " + ten.listing()).isEqualTo(forTwo.get(page));
		}
	}

	/** A page's statements, the second time it is asked for. */
	private Counted<MvcTestResult> countPage(String path, Account account) {
		html(path, account);
		Counted<MvcTestResult> counted = this.counter.count(() -> getPage(path, account));
		assertThat(counted.result()).as(path).hasStatus(200);
		return counted;
	}

	/**
	 * An approved SOW with {@code n} fees of two milestones and {@code n} change orders.
	 */
	private UUID sowWith(Account admin, UUID clientId, UUID msaId, int n) {
		for (int i = 1; i <= n; i++) {
			contact(admin, clientId, "Sow Contact " + UUID.randomUUID());
		}
		List<Object> fees = new ArrayList<>();
		for (int i = 1; i <= n; i++) {
			fees.add(Map.of("type", "FIXED", "milestones",
					List.of(Map.of("name", "Fee " + i + " start", "amount", usd("1000.00")),
							Map.of("name", "Fee " + i + " end", "amount", usd("1000.00")))));
		}
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("msaId", msaId);
		request.put("designationId", null);
		request.put("title", "Counted work " + n);
		request.put("startDate", LocalDate.now().minusMonths(1).toString());
		request.put("endDate", LocalDate.now().plusMonths(6).toString());
		request.put("budget", usd(2000 * n + ".00"));
		request.put("budgetHours", 300);
		request.put("fees", fees);
		request.put("deliverables", List.of(Map.of("name", "Plan"), Map.of("name", "Report")));
		UUID sowId = approved(admin, created("/api/v1/sows", admin, request));
		for (int i = 1; i <= n; i++) {
			created("/api/v1/sows/" + sowId + "/change-orders", admin,
					Map.of("description", "Change " + i, "budgetChange", usd("500.00"), "hoursChange", 4));
		}
		return sowId;
	}

	/**
	 * A client with {@code n} contacts, brands and SOWs, and a designation in each of up
	 * to {@code n} of the workspace's categories.
	 */
	private UUID clientWith(Account admin, String name, int n) {
		UUID clientId = client(admin, name);
		List<String> categories = new ArrayList<>();
		body(get("/api/v1/service-categories?size=100", admin)).get("items")
			.forEach((item) -> categories.add(item.get("name").asString()));
		UUID msaId = msa(admin, clientId, LocalDate.now().minusYears(1).toString(),
				LocalDate.now().plusYears(1).toString(), "SIGNED");
		for (int i = 1; i <= n; i++) {
			contact(admin, clientId, "Contact " + i);
			created("/api/v1/clients/" + clientId + "/brands", admin, Map.of("name", "Brand " + i));
			if (i <= categories.size()) {
				designation(admin, clientId, categories.get(i - 1), LocalDate.now().minusMonths(1).toString(),
						LocalDate.now().plusYears(1).toString(), "1000.00", "USD");
			}
			sow(admin, msaId, "Work " + i, LocalDate.now().minusMonths(1).toString(),
					LocalDate.now().plusMonths(6).toString());
		}
		return clientId;
	}

	/** A client, an active designation with a lead on its team, a contact and a SOW. */
	private void account(Account admin, Account lead, int n) {
		LocalDate today = LocalDate.now();
		UUID clientId = client(admin, "Listed Client " + n);
		contact(admin, clientId, "Listed Contact " + n);
		UUID designationId = designation(admin, clientId, "Creative", today.minusYears(1).toString(),
				today.plusDays(30 + n).toString(), "100000.00", "USD");
		member(admin, designationId, lead.userId(), 10);
		UUID msaId = msa(admin, clientId, today.minusYears(1).toString(), today.plusYears(1).toString(), "SIGNED");
		sow(admin, msaId, "Listed work " + n, today.minusMonths(1).toString(), today.plusMonths(3).toString());
	}

	private static Map<String, Object> usd(String amount) {
		return Map.of("amount", amount, "currency", "USD");
	}

}
