package dev.aorhub.contracts.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

class MsaApiTests extends ContractsApiTestSupport {

	@Test
	void anMsaRoundTripsItsContractFields() {
		Account admin = signUp();
		UUID clientId = createClient(admin, "Contoso");
		UUID category = categories(admin).get("Media Buying");
		JsonNode msa = create("/api/v1/msas", admin, with(msa(clientId), "nonCompeteCategoryIds", List.of(category),
				"noticePeriodDays", 60, "discountPercent", "12.5"));
		assertThat(msa.get("clientId").asString()).isEqualTo(clientId.toString());
		assertThat(msa.get("status").asString()).isEqualTo("DRAFT");
		assertThat(msa.get("effectiveDate").asString()).isEqualTo("2026-01-01");
		assertThat(msa.get("expiryDate").asString()).isEqualTo("2027-12-31");
		assertThat(msa.get("paymentTermsDays").asInt()).isEqualTo(45);
		assertThat(msa.get("discountPercent").asString()).isEqualTo("12.5");
		assertThat(msa.get("noticePeriodDays").asInt()).isEqualTo(60);
		assertThat(msa.get("nonCompeteCategoryIds").get(0).asString()).isEqualTo(category.toString());
		assertThat(msa.get("rateCardId").isNull()).isTrue();
		assertThat(msa.get("version").asLong()).isZero();
	}

	@Test
	void anMsaPutBackAsItWasReadIsUnchanged() {
		Account admin = signUp();
		JsonNode msa = create("/api/v1/msas", admin, msa(createClient(admin, "Contoso")));

		MvcTestResult result = putJson("/api/v1/msas/" + msa.get("id").asString(), admin, msa);

		assertThat(result).hasStatus(200);
		assertThat(body(result).get("version").asLong()).isEqualTo(msa.get("version").asLong());
	}

	@Test
	void theWorkspaceDefaultRateCardGovernsAnMsaWithoutOne() {
		Account admin = signUp();
		UUID clientId = createClient(admin, "Defaulted");
		JsonNode first = create("/api/v1/rate-cards", admin, SowApiTests.rateCard("Standard 2026"));
		assertThat(first.get("default").asBoolean()).as("the first card becomes the default").isTrue();
		JsonNode msa = create("/api/v1/msas", admin, msa(clientId));
		assertThat(msa.get("effectiveRateCardId").asString()).isEqualTo(first.get("id").asString());
		JsonNode premium = create("/api/v1/rate-cards", admin, with(SowApiTests.rateCard("Premium"), "default", true));
		assertThat(premium.get("default").asBoolean()).isTrue();
		assertThat(body(get("/api/v1/rate-cards/" + first.get("id").asString(), admin)).get("default").asBoolean())
			.as("making a card the default clears the others")
			.isFalse();
		assertThat(body(get("/api/v1/msas/" + msa.get("id").asString(), admin)).get("effectiveRateCardId").asString())
			.isEqualTo(premium.get("id").asString());
	}

	@Test
	void invalidTermsAre422() {
		Account admin = signUp();
		UUID clientId = createClient(admin, "Invalid Terms");
		MvcTestResult result = postJson("/api/v1/msas", admin,
				with(msa(clientId), "expiryDate", "2025-06-30", "discountPercent", "101", "paymentTermsDays", 400,
						"title", " ", "nonCompeteCategoryIds", List.of(UUID.randomUUID()), "rateCardId",
						UUID.randomUUID()));
		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactlyInAnyOrder("expiryDate", "discountPercent", "paymentTermsDays",
				"title", "nonCompeteCategoryIds[0]", "rateCardId");
	}

	@Test
	void valuesOfTheWrongTypeAreReportedWithEveryOtherProblem() {
		Account admin = signUp();
		UUID clientId = createClient(admin, "Wrong Types");
		MvcTestResult result = postJson("/api/v1/msas", admin, with(msa(clientId), "discountPercent", "a tenth",
				"paymentTermsDays", "thirty", "effectiveDate", "soon", "title", " ", "noticePeriodDays", 1000));
		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactlyInAnyOrder("discountPercent", "paymentTermsDays",
				"effectiveDate", "title", "noticePeriodDays");
		MvcTestResult precise = postJson("/api/v1/msas", admin, with(msa(clientId), "discountPercent", "12.34567"));
		assertThat(problemFields(precise)).containsExactly("discountPercent");
	}

	@Test
	void theStatusVerbsFollowTheStateMachine() {
		Account admin = signUp();
		UUID msaId = createMsa(admin, msa(createClient(admin, "Stately")));
		String path = "/api/v1/msas/" + msaId;
		MvcTestResult early = verb(path + "/terminate", admin);
		assertThat(early).hasStatus(409);
		assertThat(problemType(early)).isEqualTo("illegal-state-change");
		assertThat(body(verb(path + "/send", admin)).get("status").asString()).isEqualTo("SENT");
		assertThat(body(verb(path + "/sign", admin)).get("status").asString()).isEqualTo("SIGNED");
		assertThat(verb(path + "/send", admin)).hasStatus(409);
		assertThat(body(verb(path + "/terminate", admin)).get("status").asString()).isEqualTo("TERMINATED");
		assertThat(verb(path + "/expire", admin)).hasStatus(409);
	}

	@Test
	void terminatingRecordsWhyAndTheAuditLogSaysIt() {
		Account admin = signUp();
		UUID msaId = createMsa(admin, with(msa(createClient(admin, "Reasoned")), "status", "SIGNED"));
		String path = "/api/v1/msas/" + msaId;

		MvcTestResult tooLong = postJson(path + "/terminate", admin, Map.of("reason", "x".repeat(2001)));
		assertThat(tooLong).hasStatus(422);
		assertThat(problemFields(tooLong)).containsExactly("reason");
		assertThat(body(get(path, admin)).get("status").asString()).isEqualTo("SIGNED");

		MvcTestResult result = postJson(path + "/terminate", admin,
				Map.of("reason", "  The client took its media buying in house.  "));
		assertThat(result).hasStatus(200);
		assertThat(body(result).get("status").asString()).isEqualTo("TERMINATED");
		assertThat(body(result).get("terminationReason").asString())
			.isEqualTo("The client took its media buying in house.");
		assertThat(body(get(path, admin)).get("terminationReason").asString())
			.isEqualTo("The client took its media buying in house.");
		JsonNode audit = body(get("/api/v1/audit?entityId=" + msaId + "&sort=occurredAt,desc", admin));
		assertThat(audit.at("/items/0/action").asString()).isEqualTo("TERMINATED");
		assertThat(audit.at("/items/0/summary").asString())
			.endsWith("(was signed): The client took its media buying in house.");
	}

	@Test
	void terminatingTakesNoBodyAtAllOrAnEmptyOne() {
		Account admin = signUp();
		UUID clientId = createClient(admin, "Bodiless");
		UUID noBody = createMsa(admin, with(msa(clientId), "status", "SIGNED"));
		MvcTestResult result = postWithoutBody("/api/v1/msas/" + noBody + "/terminate", admin);
		assertThat(result).hasStatus(200);
		assertThat(body(result).get("status").asString()).isEqualTo("TERMINATED");
		assertThat(body(result).has("terminationReason")).isFalse();

		UUID empty = createMsa(admin, with(msa(clientId), "status", "SIGNED"));
		assertThat(body(verb("/api/v1/msas/" + empty + "/terminate", admin)).get("status").asString())
			.isEqualTo("TERMINATED");
	}

	@Test
	void anMsaExpiresOnlyOnceItsExpiryDateIsPast() {
		Account admin = signUp();
		UUID clientId = createClient(admin, "Expiring");
		UUID current = createMsa(admin, with(msa(clientId), "status", "SIGNED", "effectiveDate",
				LocalDate.now().plusMonths(1).toString(), "expiryDate", LocalDate.now().plusYears(2).toString()));

		MvcTestResult early = verb("/api/v1/msas/" + current + "/expire", admin);
		assertThat(early).hasStatus(409);
		assertThat(problemType(early)).isEqualTo("term-not-over");
		assertThat(body(early).get("detail").asString()).contains("runs until " + LocalDate.now().plusYears(2))
			.contains("once that date is past");
		assertThat(body(get("/api/v1/msas/" + current, admin)).get("status").asString()).isEqualTo("SIGNED");

		UUID over = createMsa(admin, with(msa(clientId), "status", "SIGNED", "effectiveDate", "2024-01-01",
				"expiryDate", LocalDate.now().minusDays(1).toString()));
		MvcTestResult terminate = verb("/api/v1/msas/" + over + "/terminate", admin);
		assertThat(terminate).hasStatus(409);
		assertThat(problemType(terminate)).isEqualTo("term-over");
		assertThat(body(verb("/api/v1/msas/" + over + "/expire", admin)).get("status").asString()).isEqualTo("EXPIRED");
	}

	@Test
	void anMsaCannotShrinkAroundItsSows() {
		Account admin = signUp();
		UUID clientId = createClient(admin, "Shrinker");
		JsonNode msa = create("/api/v1/msas", admin, msa(clientId));
		UUID msaId = UUID.fromString(msa.get("id").asString());
		createSow(admin, sow(msaId));
		MvcTestResult result = putJson("/api/v1/msas/" + msaId, admin,
				with(msa(clientId), "expiryDate", "2026-06-30", "version", msa.get("version").asLong()));
		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactly("expiryDate");
	}

	@Test
	void aLaterStartMustStillHoldTheEarliestLiveSowButNotACancelledOne() {
		Account admin = signUp();
		UUID clientId = createClient(admin, "Late Starter");
		UUID msaId = createMsa(admin, msa(clientId));
		JsonNode early = create("/api/v1/sows", admin, with(sow(msaId), "startDate", "2026-02-01"));
		createSow(admin, sow(msaId));
		Map<String, Object> later = with(msa(clientId), "effectiveDate", "2026-02-15");
		long version = body(get("/api/v1/msas/" + msaId, admin)).get("version").asLong();
		MvcTestResult refused = putJson("/api/v1/msas/" + msaId, admin, with(later, "version", version));
		assertThat(refused).hasStatus(422);
		assertThat(problemFields(refused)).containsExactly("effectiveDate");
		assertThat(body(refused).get("errors").get(0).get("message").asString())
			.isEqualTo("would leave " + early.get("number").asString() + " (from 1 Feb 2026) outside the MSA's term");
		assertThat(verb("/api/v1/sows/" + early.get("id").asString() + "/cancel", admin)).hasStatus(200);
		assertThat(putJson("/api/v1/msas/" + msaId, admin, with(later, "version", version))).hasStatus(200);
	}

	@Test
	void aSignedNonCompeteBlocksOurDesignationAtACompetitor() {
		Account admin = signUp();
		UUID acme = createClient(admin, "Acme Cola");
		UUID rival = createClient(admin, "Rival Cola", "USD", List.of(acme));
		UUID media = categories(admin).get("Media Buying");
		create("/api/v1/designations", admin, SowApiTests.designation(acme, media));
		UUID msaId = createMsa(admin, with(msa(acme), "nonCompeteCategoryIds", List.of(media)));

		// A draft non-compete binds nobody: the competitor designation is only a warning.
		JsonNode warned = create("/api/v1/designations", admin,
				with(SowApiTests.designation(rival, media), "kind", "PROJECT"));
		assertThat(warningCodes(warned)).contains("competitor-conflict");

		assertThat(verb("/api/v1/msas/" + msaId + "/sign", admin)).hasStatus(200);
		MvcTestResult blocked = postJson("/api/v1/designations", admin,
				with(SowApiTests.designation(rival, media), "kind", "PROJECT", "market", "US"));
		assertThat(blocked).hasStatus(409);
		assertThat(problemType(blocked)).isEqualTo("competitor-conflict");

		// Another category is not covered, and a term after the MSA's is not either.
		UUID creative = categories(admin).get("Creative");
		create("/api/v1/designations", admin, SowApiTests.designation(acme, creative));
		assertThat(postJson("/api/v1/designations", admin,
				with(SowApiTests.designation(rival, creative), "kind", "PROJECT")))
			.hasStatus(201);
	}

	@Test
	void expiringMsasAndEndingSowsAreAlerts() {
		Account admin = signUp();
		UUID clientId = createClient(admin, "Alerting");
		LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
		UUID soon = createMsa(admin, with(msa(clientId), "title", "Expiring soon", "effectiveDate",
				today.minusYears(1).toString(), "expiryDate", today.plusDays(45).toString(), "status", "SIGNED"));
		createMsa(admin, with(msa(clientId), "title", "Far away", "effectiveDate", today.minusYears(1).toString(),
				"expiryDate", today.plusYears(2).toString(), "status", "SIGNED"));
		UUID ending = createSow(admin, with(sow(soon), "status", "ACTIVE", "startDate", today.minusMonths(3).toString(),
				"endDate", today.plusDays(20).toString()));
		JsonNode alerts = body(get("/api/v1/contracts/alerts", admin));
		assertThat(alerts.get("msasExpiring")).hasSize(1);
		assertThat(alerts.get("msasExpiring").get(0).get("msaId").asString()).isEqualTo(soon.toString());
		assertThat(alerts.get("msasExpiring").get(0).get("daysLeft").asInt()).isEqualTo(45);
		assertThat(alerts.get("sowsEnding")).hasSize(1);
		assertThat(alerts.get("sowsEnding").get(0).get("sowId").asString()).isEqualTo(ending.toString());
		assertThat(body(get("/api/v1/msas?expiringWithinDays=90", admin)).get("total").asInt()).isEqualTo(1);
		assertThat(body(get("/api/v1/sows?endingWithinDays=30", admin)).get("total").asInt()).isEqualTo(1);
	}

	@Test
	void attachmentsAreStoredAndServedOnlyInTheirWorkspace() {
		Account admin = signUp();
		UUID msaId = createMsa(admin, msa(createClient(admin, "Papered")));
		byte[] pdf = "%PDF-1.4 signed".getBytes();
		MvcTestResult uploaded = upload(admin, "/api/v1/msas/" + msaId + "/attachments",
				new MockMultipartFile("file", "../signed MSA.pdf", "application/pdf", pdf));
		assertThat(uploaded).hasStatus(201);
		JsonNode attachment = body(uploaded);
		assertThat(attachment.get("fileName").asString()).isEqualTo("signed MSA.pdf");
		assertThat(attachment.get("sizeBytes").asLong()).isEqualTo(pdf.length);
		String path = "/api/v1/msas/" + msaId + "/attachments/" + attachment.get("id").asString();
		MvcTestResult download = get(path, admin);
		assertThat(download).hasStatus(200);
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(get(path, signUp())).hasStatus(404);

		MvcTestResult script = upload(admin, "/api/v1/msas/" + msaId + "/attachments",
				new MockMultipartFile("file", "x.html", MediaType.TEXT_HTML_VALUE, "<script>".getBytes()));
		assertThat(script).hasStatus(422);
		assertThat(delete(path, admin)).hasStatus(204);
		assertThat(get(path, admin)).hasStatus(404);
		JsonNode history = body(
				get("/api/v1/audit?entityId=" + attachment.get("id").asString() + "&sort=occurredAt,asc", admin));
		assertThat(history.get("items").values()).extracting((event) -> event.get("summary").asString())
			.containsExactly(
					"Attached signed MSA.pdf to MSA "
							+ body(get("/api/v1/msas/" + msaId, admin)).get("title").asString(),
					"Removed the attachment signed MSA.pdf");
	}

	@Test
	void theListExportsAsCsvAndXlsx() {
		Account admin = signUp();
		createMsa(admin, msa(createClient(admin, "Exported MSA Client")));
		JsonNode list = body(get("/api/v1/msas?q=exported", admin));
		assertThat(list.get("total").asInt()).isEqualTo(1);
		assertThat(list.get("items").get(0).get("clientName").asString()).isEqualTo("Exported MSA Client");
		MvcTestResult csv = get("/api/v1/msas/export?format=csv", admin);
		assertThat(new String(csv.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8))
			.contains("Title,Client,Status")
			.contains("Exported MSA Client");
		assertThat(get("/api/v1/msas/export?format=xlsx", admin)).hasStatus(200);
		assertThat(get("/api/v1/msas/export?format=pdf", admin)).hasStatus(422);
	}

	@Test
	void viewersReadButDoNotChange() {
		Account admin = signUp();
		UUID clientId = createClient(admin, "Viewed");
		Account viewer = createUser(admin, "VIEWER");
		assertThat(postJson("/api/v1/msas", viewer, msa(clientId))).hasStatus(403);
		assertThat(get("/api/v1/msas", viewer)).hasStatus(200);
		assertThat(postJson("/api/v1/rate-cards", viewer, SowApiTests.rateCard("Nope"))).hasStatus(403);
		assertThat(get("/api/v1/cost-rates", viewer)).hasStatus(403);
	}

	@Test
	void anotherWorkspacesMsaIsNotFoundEvenForItsVerbs() {
		Account owner = signUp();
		UUID msaId = createMsa(owner, msa(createClient(owner, "Owned")));
		Account stranger = signUp();
		assertThat(verb("/api/v1/msas/" + msaId + "/sign", stranger)).hasStatus(404);
		assertThat(delete("/api/v1/msas/" + msaId, stranger)).hasStatus(404);
		assertThat(get("/api/v1/msas/" + msaId + "/attachments", stranger)).hasStatus(404);
		assertThat(body(get("/api/v1/msas/" + msaId, owner)).get("status").asString()).isEqualTo("DRAFT");
	}

	private MvcTestResult upload(Account account, String path, MockMultipartFile file) {
		return this.mvc.post()
			.uri(path)
			.multipart()
			.file(file)
			.header(org.springframework.http.HttpHeaders.AUTHORIZATION, account.bearer())
			.exchange();
	}

}
