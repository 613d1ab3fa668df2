package dev.aorhub.browser;

import java.io.IOException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An account lead puts a new client under contract in the browser: records the MSA, then
 * a SOW with a monthly retainer and a performance fee per lead (a hybrid), sees a fee
 * rule's message beside the field, approves it internally, and downloads its PDF; a
 * change order's decision and a file's message show in their sections; rejecting a change
 * order and cancelling the SOW ask first, and the SOW page says why it was cancelled.
 */
class ContractsJourneyTests extends BrowserTestSupport {

	private static final String PASSWORD = "Copper-Ledger-Meadow-61";

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

		signIn(email, PASSWORD);

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
		// A current term cannot expire yet; terminating asks first, and cancelling keeps
		// it.
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark expired")))
			.hasCount(0);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Terminate")).click();
		assertThat(this.page.getByRole(AriaRole.DIALOG)).containsText("Terminate this MSA?");
		assertThat(this.page.getByLabel("Why is it terminated? (optional)")).isVisible();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel").setExact(true)).click();
		assertThat(this.page.getByRole(AriaRole.DIALOG)).isHidden();
		assertThat(this.page.locator(".page-subtitle")).containsText("Signed");

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
		// The message of an action in a section shows in that section, on screen.
		assertThat(this.page.locator("#change-orders [role=status]"))
			.containsText("CO-1 is approved; the current budget includes it.");
		assertThat(this.page.locator("#change-orders [role=status]")).isInViewport();
		viewport("contracts-sow-change-order-approved");
		screenshot("contracts-sow");

		Download download = this.page.waitForDownload(() -> this.page.locator("[data-download=pdf]").click());
		assertThat(download.suggestedFilename()).matches("SOW-\\d{4}-001\\.pdf");

		this.page.getByLabel("Propose a change").fill("Second launch video");
		this.page.getByLabel("Budget change").fill("4000");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add")).click();
		this.page.getByLabel("Signed by (CO-2)").selectOption(new SelectOption().setLabel("Dana Rivers"));
		this.page.locator("[data-change-order=CO-2]")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reject"))
			.click();
		assertThat(this.page.getByRole(AriaRole.DIALOG)).containsText("Record that the client rejected CO-2?");
		this.page.getByLabel("Why did the client reject it? (optional)").fill("One video is enough this year.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reject change order")).click();
		assertThat(this.page.locator("#change-orders [role=status]")).containsText("CO-2 is rejected.");
		assertThat(this.page.locator("#change-orders [role=status]")).isInViewport();
		assertThat(this.page.locator(".steps")).containsText("One video is enough this year.");
		assertThat(this.page.locator("[data-current-budget]")).hasText("USD 185,000.00");

		this.page.getByLabel("File to attach")
			.setInputFiles(new FilePayload("brief.pdf", "application/pdf",
					"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
		this.page.locator("#files")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Attach").setExact(true))
			.click();
		assertThat(this.page.locator("#files [role=status]")).containsText("Attached brief.pdf.");
		assertThat(this.page.locator("#files [role=status]")).isInViewport();
		viewport("contracts-sow-file-attached");
		this.page.getByLabel("Remove brief.pdf").click();
		assertThat(this.page.getByRole(AriaRole.DIALOG)).containsText("Remove brief.pdf?");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove file")).click();
		assertThat(this.page.locator("#files [role=status]")).containsText("Removed the file.");
		assertThat(this.page.locator("#files")).not().containsText("brief.pdf");

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel the SOW")).click();
		assertThat(this.page.getByRole(AriaRole.DIALOG)).containsText("Cancel this SOW?");
		this.page.getByLabel("Why is it cancelled? (optional)").fill("The client paused social for the year.");
		viewport("contracts-sow-cancel-confirmation");
		this.page.getByRole(AriaRole.DIALOG)
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel the SOW"))
			.click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("is now cancelled.");
		assertThat(this.page.locator("#outcome-reason"))
			.hasText("Why it was cancelled: The client paused social for the year.");
		assertThat(this.page.getByLabel("Propose a change")).hasCount(0);
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel the SOW")))
			.hasCount(0);
		screenshot("contracts-sow-cancelled");

		this.page.navigate(url("/sows"));
		assertThat(this.page.locator("#results")).containsText("Always-on social and lead generation");
		screenshot("contracts-sows");
	}

	/** What the person sees: the viewport, not the whole page. */
	private void viewport(String name) {
		this.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
	}

}
