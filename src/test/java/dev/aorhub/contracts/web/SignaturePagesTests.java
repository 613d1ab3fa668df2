package dev.aorhub.contracts.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import dev.aorhub.shared.time.WorkspaceClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages that record a client's signature pick the signatory from the client's
 * contacts and show who signed and when; the SOW page warns when the fees commit more
 * than the budget; the SOW document shows its number on one line, no status badge, and
 * the recorded signature.
 */
class SignaturePagesTests extends ContractsApiTestSupport {

	private static final DateTimeFormatter PAGE_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	@Autowired
	private WorkspaceClock clock;

	@Test
	void theMsaPagePicksTheSignatoryFromTheClientsContactsAndShowsWhoSigned() {
		Account admin = signUp();
		UUID clientId = createClient(admin, "Signing Pages");
		UUID carla = createContact(admin, clientId, "Carla Client", "CMO");
		createContact(admin, createClient(admin, "Someone Else"), "Olga Other", "CEO");
		UUID msaId = createMsa(admin, msa(clientId));
		LocalDate today = today(admin);

		String page = page("/msas/" + msaId, admin);
		assertThat(page).contains("name=\"signatoryContactId\"")
			.contains("<option value=\"" + carla + "\">Carla Client, CMO</option>")
			.doesNotContain("Olga Other")
			.contains("value=\"" + today + "\" max=\"" + today + "\"");

		MvcTestResult future = postForm("/msas/" + msaId + "/sign", admin,
				Map.of("signatoryContactId", carla.toString(), "signedOn", today.plusDays(1).toString()));
		assertThat(future).hasStatus(302);
		assertThat(future.getMvcResult().getFlashMap().get("signErrors"))
			.isEqualTo(Map.of("signedOn", "must not be in the future"));
		MvcTestResult nobody = postForm("/msas/" + msaId + "/sign", admin, Map.of("signedOn", today.toString()));
		assertThat(nobody.getMvcResult().getFlashMap().get("signErrors"))
			.isEqualTo(Map.of("signatoryContactId", "pick who signed for the client"));
		assertThat(body(get("/api/v1/msas/" + msaId, admin)).get("status").asString()).isEqualTo("DRAFT");

		LocalDate signedOn = today.minusDays(3);
		MvcTestResult signed = postForm("/msas/" + msaId + "/sign", admin,
				Map.of("signatoryContactId", carla.toString(), "signedOn", signedOn.toString()));
		assertThat(signed).hasStatus(302);
		assertThat(page("/msas/" + msaId, admin)).contains("Signed by Carla Client on " + PAGE_DATE.format(signedOn))
			.doesNotContain("name=\"signatoryContactId\"");
	}

	@Test
	void theSowPageRecordsTheClientsApprovalAndAChangeOrdersWithAPickedContact() throws IOException {
		Account admin = signUp();
		UUID clientId = createClient(admin, "Approval Pages");
		UUID dana = createContact(admin, clientId, "Dana Rivers", "VP Marketing");
		UUID msaId = createMsa(admin, msa(clientId));
		UUID sowId = createSow(admin, sow(msaId));
		assertThat(verb("/api/v1/sows/" + sowId + "/internal-approval", admin)).hasStatus(200);
		assertThat(verb("/api/v1/sows/" + sowId + "/send", admin)).hasStatus(200);
		LocalDate signedOn = today(admin).minusDays(1);

		assertThat(page("/sows/" + sowId, admin)).contains("Dana Rivers, VP Marketing")
			.contains("id=\"sow-signatory\"");
		MvcTestResult approved = postForm("/sows/" + sowId + "/status", admin, Map.of("to", "APPROVED",
				"signatoryContactId", dana.toString(), "signedOn", signedOn.toString(), "comment", "On paper"));
		assertThat(approved).hasStatus(302);
		String shown = page("/sows/" + sowId, admin);
		assertThat(shown).contains("Client approval")
			.contains("Signed by Dana Rivers on " + PAGE_DATE.format(signedOn));

		UUID orderId = id(postJson("/api/v1/sows/" + sowId + "/change-orders", admin,
				Map.of("description", "Extra video", "budgetChange", usd("5000.00"))));
		assertThat(page("/sows/" + sowId, admin)).contains("aria-label=\"Signed by (CO-1)\"");
		MvcTestResult coApproved = postForm("/sows/" + sowId + "/change-orders/" + orderId + "/approve", admin,
				Map.of("signatoryContactId", dana.toString(), "signedOn", signedOn.toString()));
		assertThat(coApproved).hasStatus(302);
		JsonNode order = body(get("/api/v1/sows/" + sowId + "/change-orders/" + orderId, admin));
		assertThat(order.get("approverName").asString()).isEqualTo("Dana Rivers");
		assertThat(order.get("approvedOn").asString()).isEqualTo(signedOn.toString());

		// The document for signature: the number on one line, no status badge, the
		// signature as recorded.
		MvcTestResult pdf = getPage("/sows/" + sowId + "/pdf", admin);
		assertThat(pdf).hasStatus(200);
		String number = body(get("/api/v1/sows/" + sowId, admin)).get("number").asString();
		try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text.lines()).anySatisfy((line) -> assertThat(line).startsWith(number));
			assertThat(text).doesNotContainIgnoringCase("approved\n").doesNotContain("APPROVED");
			assertThat(text).contains("Dana Rivers")
				.contains(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(signedOn));
			render(document, "contracts-sow-pdf-signed");
		}
	}

	@Test
	void aDraftSowDocumentShowsNoStatusBadgeAndLeavesTheSignatureBlank() throws IOException {
		Account admin = signUp();
		UUID sowId = createSow(admin, sow(createMsa(admin, msa(createClient(admin, "Unsigned Paper")))));
		MvcTestResult pdf = getPage("/sows/" + sowId + "/pdf", admin);
		String number = body(get("/api/v1/sows/" + sowId, admin)).get("number").asString();
		try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text.lines()).anySatisfy((line) -> assertThat(line).startsWith(number));
			assertThat(text).doesNotContainIgnoringCase("draft");
			render(document, "contracts-sow-pdf-draft");
		}
	}

	@Test
	void feesThatCommitMoreThanTheBudgetWarnInTheApiAndOnTheSowPage() {
		Account admin = signUp();
		UUID msaId = createMsa(admin, msa(createClient(admin, "Over Budget")));
		// March to December: 10 × 12,000 = 120,000 retainer + a 10,000 milestone.
		Map<String, Object> fixed = new LinkedHashMap<>();
		fixed.put("type", "FIXED");
		fixed.put("milestones",
				List.of(Map.of("name", "Launch film", "amount", usd("10000.00"), "dueDate", "2026-06-01")));
		JsonNode created = create("/api/v1/sows", admin, with(sow(msaId), "fees", List.of(retainer(), fixed)));

		assertThat(warningCodes(created)).containsExactly("FEES_EXCEED_BUDGET");
		assertThat(created.get("warnings").get(0).get("message").asString())
			.isEqualTo("Fees commit USD 130,000.00, USD 10,000.00 more than the budget of USD 120,000.00");
		assertThat(page("/sows/" + created.get("id").asString(), admin))
			.contains("Fees commit USD 130,000.00, USD 10,000.00 more than the budget of USD 120,000.00.");

		JsonNode fits = create("/api/v1/sows", admin, sow(msaId));
		assertThat(fits.get("warnings").isEmpty()).isTrue();
		assertThat(page("/sows/" + fits.get("id").asString(), admin)).doesNotContain("data-warning");
		JsonNode derived = create("/api/v1/sows", admin,
				with(sow(msaId), "budget", null, "fees", List.of(retainer(), fixed)));
		assertThat(derived.get("warnings").isEmpty()).isTrue();
	}

	private LocalDate today(Account account) {
		return this.clock.today(account.workspaceId());
	}

	/** Page 1 as a PNG under target/screenshots, to look at. */
	private static void render(PDDocument document, String name) throws IOException {
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80), "png", dir.resolve(name + ".png").toFile());
		if (document.getNumberOfPages() > 1) {
			ImageIO.write(new PDFRenderer(document).renderImageWithDPI(document.getNumberOfPages() - 1, 80), "png",
					dir.resolve(name + "-last.png").toFile());
		}
	}

}
