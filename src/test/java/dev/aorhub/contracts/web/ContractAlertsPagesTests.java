package dev.aorhub.contracts.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contracts' renewals and alerts page searches and exports like every other list, and
 * is a tab behind the menu's one "Renewals" entry.
 */
class ContractAlertsPagesTests extends ContractsApiTestSupport {

	@Test
	void theAlertsAreSearchedAndExportedWithTheSameSearch() {
		Account admin = signUp();
		LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
		for (String client : new String[] { "Alder Foods", "Birch Motors" }) {
			createMsa(admin, with(msa(createClient(admin, client)), "title", client + " MSA", "effectiveDate",
					today.minusYears(1).toString(), "expiryDate", today.plusDays(30).toString(), "status", "SIGNED"));
		}

		assertThat(page("/contracts/alerts", admin)).contains("Alder Foods MSA").contains("Birch Motors MSA");
		String found = page("/contracts/alerts?q=ALDER", admin);
		assertThat(found).contains("Alder Foods MSA")
			.doesNotContain("Birch Motors MSA")
			.contains("value=\"ALDER\"")
			.contains("/contracts/alerts/export?q=ALDER&amp;format=csv");

		MvcTestResult csv = getPage("/contracts/alerts/export?format=csv&q=alder", admin);
		assertThat(csv).hasStatus(200);
		String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).contains("Kind,Number,Title,Client").contains("Alder Foods MSA").doesNotContain("Birch");
		MvcTestResult xlsx = getPage("/contracts/alerts/export?format=xlsx", admin);
		assertThat(xlsx).hasStatus(200);
		assertThat(xlsx.getResponse().getContentAsByteArray()).startsWith('P', 'K', 3, 4);
	}

	@Test
	void theMenuHasOneRenewalsEntryAndBothPagesLinkToEachOther() {
		Account admin = signUp();

		String alerts = page("/contracts/alerts", admin);
		assertThat(alerts).doesNotContain("<span>Renewals and alerts</span>");
		assertThat(alerts.split("<span>Renewals</span>", -1)).hasSize(2);
		assertThat(alerts).contains("href=\"/renewals\"").contains("aria-current=\"page\">MSAs and SOWs");
		String pipeline = page("/renewals", admin);
		assertThat(pipeline.split("<span>Renewals</span>", -1)).hasSize(2);
		assertThat(pipeline).contains("href=\"/contracts/alerts\"").contains("aria-current=\"page\">Designations");
	}

}
