package dev.aorhub.browser;

import java.io.IOException;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An account lead puts a new client under contract in the browser: records the MSA, then
 * a SOW with a monthly retainer and a performance fee per lead (a hybrid), sees a fee
 * rule's message beside the field, approves it internally, and downloads its PDF.
 */
class ContractsJourneyTests extends BrowserTestSupport {

	private static final String PASSWORD = "contracts-journey-2026";

	@Test
	void recordsAnMsaAndASowWithARetainerAndAPerformanceFee() throws Exception {
		String email = "lead-" + UUID.randomUUID() + "@harbor.example";
		api("POST", "/api/v1/signup", null,
				Map.of("workspaceName", "Harbor & Pine", "email", email, "name", "Morgan Lee", "password", PASSWORD));
		String token = api("POST", "/api/v1/auth/tokens", null,
				Map.of("email", email, "password", PASSWORD, "name", "journey"))
			.get("token")
			.asString();
		String clientId = api("POST", "/api/v1/clients", token,
				Map.of("name", "Bluewater Outfitters", "currency", "USD", "status", "ACTIVE"))
			.get("id")
			.asString();
		api("POST", "/api/v1/clients/" + clientId + "/contacts", token, Map.of("name", "Dana Rivers", "title",
				"VP Marketing", "email", "dana@bluewater.example", "level", "EXECUTIVE"));
		LocalDate start = LocalDate.now().withDayOfMonth(1);

		this.page.navigate(url("/login"));
		this.page.getByLabel("E-mail").fill(email);
		this.page.getByLabel("Password").fill(PASSWORD);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("MSAs").setExact(true)).click();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New MSA")).click();
		this.page.getByLabel("Client").selectOption(new SelectOption().setLabel("Bluewater Outfitters (USD)"));
		this.page.getByLabel("Title").fill("Master services agreement " + start.getYear());
		this.page.getByLabel("Effective").fill(start.toString());
		this.page.getByLabel("Expires").fill(start.plusYears(2).minusDays(1).toString());
		this.page.getByLabel("Discount off the rate card (%)").fill("7.5");
		this.page.getByLabel("Media Buying").check();
		screenshot("contracts-msa-form");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the MSA")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Recorded the MSA");
		this.page.getByLabel("Signed by").selectOption(new SelectOption().setLabel("Dana Rivers, VP Marketing"));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record signature")).click();
		assertThat(this.page.locator(".page-subtitle")).containsText("Signed");
		assertThat(this.page.locator("[data-signature]")).containsText("Signed by Dana Rivers on ");
		screenshot("contracts-msa");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New SOW")).click();
		this.page.getByLabel("Title").fill("Always-on social and lead generation");
		this.page.getByLabel("Scope").fill("Social content, community management and paid social lead generation.");
		this.page.getByLabel("Starts").fill(start.plusMonths(1).toString());
		this.page.getByLabel("Ends").fill(start.plusMonths(13).minusDays(1).toString());
		this.page.getByLabel("Budget", new Page.GetByLabelOptions().setExact(true)).fill("180000");
		this.page.getByLabel("Budget hours").fill("960");
		this.page.locator("[data-add-fee=RETAINER]").click();
		this.page.locator("[id='fees[0].monthlyFee']").fill("12000");
		this.page.locator("[id='fees[0].includedHours']").fill("80");
		this.page.locator("[id='fees[0].rollover']").selectOption("NEXT_MONTH");
		this.page.locator("[id='fees[0].overageRate']").fill("150");
		this.page.locator("[data-add-fee=PERFORMANCE]").click();
		assertThat(this.page.locator("[id='fees[0].monthlyFee']")).hasValue("12000");
		this.page.locator("[id='fees[1].metric']").selectOption("LEAD");
		this.page.locator("[id='fees[1].unitFee']").fill("-45");
		this.page.locator("[id='fees[1].cap']").fill("25000");
		this.page.getByLabel("Deliverable", new Page.GetByLabelOptions().setExact(true))
			.fill("Monthly content calendar");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the SOW")).click();
		assertThat(this.page.locator("[id='fees[1].unitFee'] ~ .invalid-feedback")).hasText("must not be negative");
		screenshot("contracts-sow-form-error");

		this.page.locator("[id='fees[1].unitFee']").fill("45");
		screenshot("contracts-sow-form");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the SOW")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Created SOW-");
		assertThat(this.page.locator(".fee-card")).hasCount(2);
		assertThat(this.page.locator(".fee-card").first()).containsText("USD 12,000.00 a month, covering 80 hours");
		assertThat(this.page.locator(".fee-card").nth(1)).containsText("USD 45.00 for each qualified lead");
		assertThat(this.page.locator("[data-current-budget]")).hasText("USD 180,000.00");

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve internally")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Approved internally");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send to the client")).click();
		this.page.getByLabel("Signed by").selectOption(new SelectOption().setLabel("Dana Rivers, VP Marketing"));
		screenshot("contracts-sow-client-approval");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record approval")).click();
		assertThat(this.page.locator(".page-subtitle")).containsText("Approved");
		assertThat(this.page.locator(".steps")).containsText("Dana Rivers");
		assertThat(this.page.locator("[data-signature]")).containsText("Signed by Dana Rivers on ");

		this.page.getByLabel("Propose a change").fill("Extra launch video");
		this.page.getByLabel("Budget change").fill("5000");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add")).click();
		this.page.getByLabel("Signed by (CO-1)").selectOption(new SelectOption().setLabel("Dana Rivers"));
		screenshot("contracts-sow-change-order");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve").setExact(true)).click();
		assertThat(this.page.locator("[data-change-order=CO-1] [data-signature]"))
			.containsText("Signed by Dana Rivers on ");
		screenshot("contracts-sow");

		Download download = this.page.waitForDownload(() -> this.page.locator("[data-download=pdf]").click());
		assertThat(download.suggestedFilename()).matches("SOW-\\d{4}-001\\.pdf");

		this.page.navigate(url("/sows"));
		assertThat(this.page.locator("#results")).containsText("Always-on social and lead generation");
		screenshot("contracts-sows");
	}

}
