package dev.aorhub;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard shows what each role needs: renewals due, AOR value, contracts ending,
 * over-allocated people and recent activity for all staff; money first for finance;
 * nothing to act on for a viewer; the first steps for an admin until they are done.
 */
class DashboardPagesTests extends AgencyRecordsTestSupport {

	private Account admin;

	private Account lead;

	@BeforeEach
	void aWorkspaceWithWorkComingDue() {
		this.admin = signUp();
		this.lead = createUser(this.admin, "ACCOUNT");
		LocalDate today = LocalDate.now();
		UUID clientId = client(this.admin, "Harbor & Pine <Foods>");
		UUID due = designation(this.admin, clientId, "Creative", today.minusYears(1).toString(),
				today.plusDays(40).toString(), "250000.00", "USD");
		designation(this.admin, clientId, "Media Buying", today.minusMonths(2).toString(),
				today.plusYears(2).toString(), "100000.00", "EUR");
		UUID msaId = msa(this.admin, clientId, today.minusYears(1).toString(), today.plusDays(45).toString(), "SIGNED");
		approved(this.admin, sow(this.admin, msaId, "Spring launch", today.minusMonths(3).toString(),
				today.plusDays(20).toString()));
		member(this.admin, due, this.lead.userId(), 80);
		UUID other = designation(this.admin, client(this.admin, "Quartz Bank"), "Creative",
				today.minusMonths(1).toString(), today.plusYears(1).toString(), "90000.00", "USD");
		member(this.admin, other, this.lead.userId(), 50);
	}

	@Test
	void staffSeeRenewalsValueContractsAllocationAndActivity() {
		String page = html("/", this.lead);
		assertThat(page).contains("data-section=\"renewals\"", "data-section=\"value\"", "data-section=\"ending\"",
				"data-section=\"allocation\"", "data-section=\"activity\"");
		assertThat(page).contains("Harbor &amp; Pine &lt;Foods&gt; · Creative").contains("href=\"/renewals\"");
		assertThat(page).contains("USD 340,000").contains("EUR 100,000");
		assertThat(page).contains("Spring launch").contains("Master services agreement");
		assertThat(page).contains("Una User").contains("130%");
		assertThat(page).doesNotContain("Active team members").doesNotContain("data-getting-started");
		assertThat(section(page, "renewals")).isLessThan(section(page, "value"));
	}

	@Test
	void financeSeesTheMoneyFirst() {
		String page = html("/", createUser(this.admin, "FINANCE"));
		assertThat(section(page, "value")).isLessThan(section(page, "renewals"));
		assertThat(page).contains("data-base-total");
	}

	@Test
	void aViewerSeesTheSameWidgetsWithNothingToActOn() {
		String page = html("/", createUser(this.admin, "VIEWER"));
		assertThat(page).contains("data-section=\"renewals\"", "data-section=\"value\"", "data-section=\"ending\"",
				"data-section=\"allocation\"", "data-section=\"activity\"");
		assertThat(page).doesNotContainPattern("<form\\b(?![^>]*/logout)[^>]*method=\"post\"")
			.doesNotContain("/new\"")
			.doesNotContain("/renew\"", "/renew?")
			.doesNotContain("data-getting-started");
	}

	@Test
	void anAdminSeesGettingStartedUntilEveryStepIsDone() {
		// The sign-up took a token and the setup above added a user: the settings remain.
		String before = html("/", this.admin);
		assertThat(before).contains("data-getting-started")
			.contains("2 of 3 done")
			.contains("href=\"/admin/workspace\"");
		assertThat(section(before, "value")).isGreaterThan(0);
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("name", "Renamed Agency");
		settings.put("baseCurrency", "USD");
		settings.put("timeZone", "UTC");
		settings.put("version", body(get("/api/v1/workspace", this.admin)).get("version").asLong());
		assertThat(putJson("/api/v1/workspace", this.admin, settings)).hasStatus(200);
		assertThat(html("/", this.admin)).doesNotContain("data-getting-started").doesNotContain("Getting started");
	}

	@Test
	void anEmptyWorkspaceShowsEmptyCardsNotErrors() {
		Account fresh = signUp();
		String page = html("/", fresh);
		assertThat(page).contains("No renewal to decide now", "No SOW ends", "Nobody is committed beyond 100%")
			.doesNotContain("could not be loaded");
	}

	private static int section(String page, String name) {
		int at = page.indexOf("data-section=\"" + name + "\"");
		assertThat(at).as(name).isNotNegative();
		return at;
	}

}
