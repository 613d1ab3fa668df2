package dev.aorhub.planning.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The strategic plans API: the contract's fields, the state machine and its lock, new
 * versions, the rules that answer 422 naming the field, roles, another workspace, the
 * audit log, idempotency, lists, exports and the PDF.
 */
class StrategicPlanApiTests extends PlanningApiTestSupport {

	private static final String PLANS = "/api/v1/strategic-plans";

	@Test
	void createsAPlanForADesignationWithTheContractsFieldsAndTheClientDerived() {
		Account admin = signUp();
		Account360 acme = clientWithDesignation(admin, "Acme Foods");
		MvcTestResult result = postJson(PLANS, admin,
				plan(acme.designationId(), "Brand strategy 2027", admin.userId()));
		assertThat(result).hasStatus(201);
		JsonNode plan = body(result);
		assertThat(result.getResponse().getHeader("Location")).isEqualTo(PLANS + "/" + plan.get("id").asString());
		assertThat(plan.get("designationId").asString()).isEqualTo(acme.designationId().toString());
		assertThat(plan.get("clientId").asString()).isEqualTo(acme.clientId().toString());
		assertThat(plan.get("status").asString()).isEqualTo("DRAFT");
		assertThat(plan.get("planVersion").asInt()).isEqualTo(1);
		assertThat(plan.get("version").isNumber()).isTrue();
		JsonNode rivalco = plan.get("competitors").get(0);
		assertThat(rivalco.get("name").asString()).isEqualTo("Rivalco");
		assertThat(rivalco.get("positioning").asString()).isEqualTo("Value leader");
		assertThat(rivalco.get("strengths").asString()).isEqualTo("Distribution");
		assertThat(rivalco.get("weaknesses").asString()).isEqualTo("Dated brand");
		assertThat(rivalco.get("shareOfVoicePercent").decimalValue()).isEqualByComparingTo("32.5");
		assertThat(rivalco.get("recentMoves").asString()).isEqualTo("Cut prices in Q3");
		JsonNode segment = plan.get("segments").get(0);
		assertThat(segment.get("priority").asString()).isEqualTo("HIGH");
		assertThat(segment.get("size").asString()).isEqualTo("2.4M households");
		assertThat(segment.get("channels").values()).extracting(JsonNode::asString)
			.containsExactly("Social", "Retail media");
		assertThat(plan.get("objectives").get(0).get("text").asString()).startsWith("Lift unaided awareness");
		JsonNode milestone = plan.get("milestones").get(1);
		assertThat(milestone.get("name").asString()).isEqualTo("Launch campaign live");
		assertThat(milestone.get("dueDate").asString()).isEqualTo("2026-06-01");
		assertThat(milestone.get("ownerId").asString()).isEqualTo(admin.userId().toString());
		assertThat(milestone.get("ownerName").asString()).isEqualTo("Ada Admin");
		assertThat(milestone.get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(milestone.get("id").asString()).isNotBlank();
		assertThat(plan.get("research").get(0).get("source").asString()).isEqualTo("Mintel 2026");
		assertThat(plan.has("warnings")).isFalse();
		assertThat(body(get(PLANS + "/" + id(plan), admin)).get("title").asString()).isEqualTo("Brand strategy 2027");
	}

	@Test
	void aPlanForAClientWithoutADesignationNeedsTheClient() {
		Account admin = signUp();
		Account360 acme = clientWithDesignation(admin, "Acme Foods");
		Map<String, Object> request = with(plan(null, "Company-wide plan", null), "milestones", List.of());
		assertThat(problemFields(postJson(PLANS, admin, request))).containsExactly("clientId");
		JsonNode plan = createPlan(admin, with(request, "clientId", acme.clientId()));
		assertThat(plan.get("designationId").isNull()).isTrue();
		assertThat(plan.get("clientId").asString()).isEqualTo(acme.clientId().toString());
	}

	@Test
	void leftOutFieldsTakeTheirDefaults() {
		Account admin = signUp();
		Account360 acme = clientWithDesignation(admin, "Acme Foods");
		JsonNode plan = createPlan(admin,
				Map.of("designationId", acme.designationId(), "title", "Lean plan", "segments",
						List.of(Map.of("name", "Everyone")), "milestones",
						List.of(Map.of("name", "Kick-off", "dueDate", "2026-02-01"))));
		assertThat(plan.get("segments").get(0).get("priority").asString()).isEqualTo("MEDIUM");
		assertThat(plan.get("segments").get(0).get("channels").size()).isZero();
		assertThat(plan.get("milestones").get(0).get("status").asString()).isEqualTo("PLANNED");
		assertThat(plan.get("milestones").get(0).get("ownerId").isNull()).isTrue();
		assertThat(plan.get("competitors").size()).isZero();
		assertThat(plan.get("research").size()).isZero();
	}

	@Test
	void aCompetitorTheClientDoesNotListIsAcceptedWithAWarning() {
		Account admin = signUp();
		Account360 acme = clientWithDesignation(admin, "Acme Foods");
		Map<String, Object> request = with(plan(acme.designationId(), "Plan", admin.userId()), "competitors",
				List.of(competitor("rivalco", "10"), competitor("Newcomer Ltd", "5")));
		JsonNode plan = createPlan(admin, request);
		assertThat(plan.get("warnings").values()).hasSize(1).first().satisfies((warning) -> {
			assertThat(warning.get("code").asString()).isEqualTo("competitor-not-listed");
			assertThat(warning.get("message").asString()).contains("Newcomer Ltd");
		});
	}

	@Test
	void badValuesAnswer422NamingEachField() {
		Account admin = signUp();
		Account360 acme = clientWithDesignation(admin, "Acme Foods");
		Map<String, Object> request = plan(acme.designationId(), "Plan", admin.userId());
		request.put("segments", List.of(Map.of("name", "Families", "priority", "URGENT")));
		request.put("competitors", List.of(competitor("Rivalco", "120")));
		request.put("milestones", List.of(milestone("Launch", "2026-02-30", admin.userId(), "PLANNED"),
				milestone("Review", "2026-05-01", UUID.randomUUID(), "SOMEDAY")));
		MvcTestResult result = postJson(PLANS, admin, request);
		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).contains("segments[0].priority", "competitors[0].shareOfVoicePercent",
				"milestones[0].dueDate", "milestones[1].ownerId", "milestones[1].status");
		assertThat(body(result).toString()).contains("must be one of HIGH, MEDIUM, LOW")
			.contains("must be between 0 and 100")
			.contains("must be a date");
	}

	@Test
	void shareOfVoiceOverAllCompetitorsIsAtMost100AndHasTwoDecimals() {
		Account admin = signUp();
		Account360 acme = clientWithDesignation(admin, "Acme Foods");
		Map<String, Object> request = with(plan(acme.designationId(), "Plan", admin.userId()), "competitors",
				List.of(competitor("Rivalco", "60"), competitor("Brandex", "45.5")));
		MvcTestResult result = postJson(PLANS, admin, request);
		assertThat(problemFields(result)).containsExactly("competitors[1].shareOfVoicePercent");
		assertThat(body(result).toString()).contains("105.5%");
		assertThat(problemFields(
				postJson(PLANS, admin, with(request, "competitors", List.of(competitor("Rivalco", "12.345"))))))
			.containsExactly("competitors[0].shareOfVoicePercent");
	}

	@Test
	void listsAreBoundedAndEntriesNeedTheirRequiredFields() {
		Account admin = signUp();
		Account360 acme = clientWithDesignation(admin, "Acme Foods");
		List<Map<String, Object>> many = new java.util.ArrayList<>();
		for (int i = 0; i < 51; i++) {
			many.add(Map.of("text", "Objective " + i));
		}
		Map<String, Object> request = with(plan(acme.designationId(), "Plan", admin.userId()), "objectives", many);
		assertThat(problemFields(postJson(PLANS, admin, request))).containsExactly("objectives");
		Map<String, Object> blanks = with(plan(acme.designationId(), " ", admin.userId()), "competitors",
				List.of(Map.of("positioning", "no name")), "milestones", List.of(Map.of("name", "No date")));
		assertThat(problemFields(postJson(PLANS, admin, blanks))).contains("title", "competitors[0].name",
				"milestones[0].dueDate");
	}

	@Test
	void aDesignationOfAnotherWorkspaceIsAFieldProblemAndTheirPlansAre404() {
		Account admin = signUp();
		Account other = signUp();
		Account360 theirs = clientWithDesignation(other, "Their client");
		MvcTestResult result = postJson(PLANS, admin, plan(theirs.designationId(), "Plan", null));
		assertThat(problemFields(result)).contains("designationId");
		JsonNode theirPlan = createPlan(other, plan(theirs.designationId(), "Their plan", other.userId()));
		String path = PLANS + "/" + id(theirPlan);
		assertThat(get(path, admin)).hasStatus(404);
		assertThat(putJson(path, admin, asRequest(theirPlan))).hasStatus(404);
		assertThat(postJson(path + "/share", admin, Map.of())).hasStatus(404);
		assertThat(get(path + "/pdf", admin)).hasStatus(404);
		assertThat(delete(path, admin)).hasStatus(404);
	}

	@Test
	void aStaleVersionAnswers409() {
		Account admin = signUp();
		Account360 acme = clientWithDesignation(admin, "Acme Foods");
		JsonNode plan = createPlan(admin, plan(acme.designationId(), "Plan", admin.userId()));
		Map<String, Object> change = asRequest(plan);
		change.put("title", "Plan, revised");
		assertThat(putJson(PLANS + "/" + id(plan), admin, change)).hasStatus(200);
		MvcTestResult stale = putJson(PLANS + "/" + id(plan), admin, change);
		assertThat(stale).hasStatus(409);
		assertThat(problemType(stale)).isEqualTo("stale-version");
	}

	@Test
	void sharingApprovingAndTheLockFollowTheStateMachine() {
		Account admin = signUp();
		Account360 acme = clientWithDesignation(admin, "Acme Foods");
		JsonNode plan = createPlan(admin, plan(acme.designationId(), "Plan", admin.userId()));
		String path = PLANS + "/" + id(plan);
		assertThat(problemType(postJson(path + "/approve", admin, Map.of()))).isEqualTo("illegal-state-change");
		JsonNode shared = body(postJson(path + "/share", admin, Map.of()));
		assertThat(shared.get("status").asString()).isEqualTo("SHARED");
		assertThat(shared.get("sharedAt").isNull()).isFalse();

		// Editing a shared plan takes it back to a draft: the client has not seen the
		// change.
		Map<String, Object> change = asRequest(shared);
		change.put("title", "Plan, with the client's notes");
		JsonNode edited = body(putJson(path, admin, change));
		assertThat(edited.get("status").asString()).isEqualTo("DRAFT");

		assertThat(postJson(path + "/share", admin, Map.of())).hasStatus(200);
		JsonNode approved = body(postJson(path + "/approve", admin, Map.of()));
		assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
		assertThat(approved.get("approvedBy").asString()).isEqualTo(admin.userId().toString());

		Map<String, Object> locked = asRequest(approved);
		locked.put("title", "Too late");
		MvcTestResult refused = putJson(path, admin, locked);
		assertThat(refused).hasStatus(409);
		assertThat(problemType(refused)).isEqualTo("plan-locked");
		assertThat(body(refused).get("detail").asString()).contains("start a new version");
		assertThat(problemType(postJson(path + "/share", admin, Map.of()))).isEqualTo("illegal-state-change");
		assertThat(auditActions(admin, id(plan))).containsExactly("CREATED", "SHARED", "UPDATED", "SHARED", "APPROVED");
	}

	@Test
	void aNewVersionCopiesEverythingAsADraftAndOnlyFromTheLatest() {
		Account admin = signUp();
		Account360 acme = clientWithDesignation(admin, "Acme Foods");
		JsonNode v1 = createPlan(admin, plan(acme.designationId(), "Plan", admin.userId()));
		String path = PLANS + "/" + id(v1);
		assertThat(problemType(postJson(path + "/new-version", admin, Map.of()))).isEqualTo("plan-still-draft");
		postJson(path + "/share", admin, Map.of());
		postJson(path + "/approve", admin, Map.of());
		MvcTestResult created = postJson(path + "/new-version", admin, Map.of());
		assertThat(created).hasStatus(201);
		JsonNode v2 = body(created);
		assertThat(created.getResponse().getHeader("Location")).isEqualTo(PLANS + "/" + id(v2));
		assertThat(v2.get("planVersion").asInt()).isEqualTo(2);
		assertThat(v2.get("status").asString()).isEqualTo("DRAFT");
		assertThat(v2.get("previousPlanId").asString()).isEqualTo(id(v1).toString());
		assertThat(v2.get("current").asBoolean()).isTrue();
		JsonNode before = body(get(path, admin));
		assertThat(before.get("current").asBoolean()).isFalse();
		for (String list : List.of("research", "competitors", "segments", "objectives", "milestones")) {
			assertThat(v2.get(list)).as(list).isEqualTo(before.get(list));
		}
		assertThat(v2.get("designationId")).isEqualTo(before.get("designationId"));
		assertThat(problemType(postJson(path + "/new-version", admin, Map.of()))).isEqualTo("plan-superseded");
		MvcTestResult second = postJson(PLANS, admin, plan(acme.designationId(), "Another", null));
		assertThat(problemType(second)).isEqualTo("plan-exists");
		assertThat(auditActions(admin, id(v2))).containsExactly("CREATED");

		var current = body(get(PLANS + "?designationId=" + acme.designationId() + "&current=true", admin));
		assertThat(current.get("total").asLong()).isEqualTo(1);
		assertThat(current.get("items").get(0).get("id").asString()).isEqualTo(id(v2).toString());
		assertThat(body(get(PLANS + "?designationId=" + acme.designationId(), admin)).get("total").asLong())
			.isEqualTo(2);
	}

	@Test
	void onlyAccountAndAdminApproveAndViewersCannotCreate() {
		Account admin = signUp();
		Account strategist = createUser(admin, "STRATEGY");
		Account viewer = createUser(admin, "VIEWER");
		Account360 acme = clientWithDesignation(admin, "Acme Foods");
		assertThat(postJson(PLANS, viewer, plan(acme.designationId(), "Plan", null))).hasStatus(403);
		JsonNode plan = createPlan(strategist, plan(acme.designationId(), "Plan", strategist.userId()));
		String path = PLANS + "/" + id(plan);
		assertThat(postJson(path + "/share", strategist, Map.of())).hasStatus(200);
		assertThat(postJson(path + "/approve", strategist, Map.of())).hasStatus(403);
		assertThat(get(path, viewer)).hasStatus(200);
		Account account = createUser(admin, "ACCOUNT");
		assertThat(postJson(path + "/approve", account, Map.of())).hasStatus(200);
	}

	@Test
	void anOwnerFromAnotherWorkspaceIsRefused() {
		Account admin = signUp();
		Account other = signUp();
		Account360 acme = clientWithDesignation(admin, "Acme Foods");
		MvcTestResult result = postJson(PLANS, admin, plan(acme.designationId(), "Plan", other.userId()));
		assertThat(problemFields(result)).containsExactly("milestones[0].ownerId", "milestones[1].ownerId");
	}

	@Test
	void aRetriedCreateWithTheSameIdempotencyKeyMakesOnePlan() {
		Account admin = signUp();
		Account360 acme = clientWithDesignation(admin, "Acme Foods");
		String key = UUID.randomUUID().toString();
		String body = toJson(plan(acme.designationId(), "Plan", admin.userId()));
		MvcTestResult first = as(admin, this.mvc.post().uri(PLANS).contentType(MediaType.APPLICATION_JSON))
			.header("Idempotency-Key", key)
			.content(body)
			.exchange();
		MvcTestResult again = as(admin, this.mvc.post().uri(PLANS).contentType(MediaType.APPLICATION_JSON))
			.header("Idempotency-Key", key)
			.content(body)
			.exchange();
		assertThat(first).hasStatus(201);
		assertThat(again).hasStatus(201);
		assertThat(body(again).get("id")).isEqualTo(body(first).get("id"));
		assertThat(body(get(PLANS + "?clientId=" + acme.clientId(), admin)).get("total").asLong()).isEqualTo(1);
	}

	@Test
	void deleteArchivesAndTheListLeavesArchivedPlansOut() {
		Account admin = signUp();
		Account360 acme = clientWithDesignation(admin, "Acme Foods");
		JsonNode plan = createPlan(admin, plan(acme.designationId(), "Plan", admin.userId()));
		assertThat(delete(PLANS + "/" + id(plan), admin)).hasStatus(204);
		assertThat(body(get(PLANS + "/" + id(plan), admin)).get("archived").asBoolean()).isTrue();
		assertThat(body(get(PLANS + "?clientId=" + acme.clientId(), admin)).get("total").asLong()).isZero();
		assertThat(body(get(PLANS + "?clientId=" + acme.clientId() + "&archived=true", admin)).get("total").asLong())
			.isEqualTo(1);
		assertThat(auditActions(admin, id(plan))).containsExactly("CREATED", "ARCHIVED");
		// The designation may have a plan again.
		createPlan(admin, plan(acme.designationId(), "A fresh plan", null));
	}

	@Test
	void listsFilterSearchSortAndExport() {
		Account admin = signUp();
		Account360 acme = clientWithDesignation(admin, "Acme Foods");
		Account360 zeta = clientWithDesignation(admin, "Zeta Drinks");
		JsonNode a = createPlan(admin, plan(acme.designationId(), "Acme brand plan", admin.userId()));
		createPlan(admin, plan(zeta.designationId(), "Zeta growth plan", admin.userId()));
		postJson(PLANS + "/" + id(a) + "/share", admin, Map.of());
		JsonNode page = body(get(PLANS + "?sort=title,asc&size=1", admin));
		assertThat(page.get("total").asLong()).isEqualTo(2);
		assertThat(page.get("size").asInt()).isEqualTo(1);
		assertThat(page.get("items").get(0).get("title").asString()).isEqualTo("Acme brand plan");
		assertThat(page.get("items").get(0).get("competitors").size()).isEqualTo(2);
		assertThat(body(get(PLANS + "?q=zeta", admin)).get("items").get(0).get("title").asString())
			.isEqualTo("Zeta growth plan");
		assertThat(body(get(PLANS + "?status=SHARED", admin)).get("total").asLong()).isEqualTo(1);
		assertThat(body(get(PLANS + "?clientId=" + zeta.clientId(), admin)).get("total").asLong()).isEqualTo(1);
		MvcTestResult csv = get(PLANS + "/export?format=csv&sort=title,asc", admin);
		assertThat(csv).hasStatus(200);
		assertThat(text(csv)).contains("Title,Client").contains("Acme brand plan").contains("Zeta growth plan");
		MvcTestResult xlsx = get(PLANS + "/export?format=xlsx", admin);
		assertThat(xlsx).hasStatus(200);
		assertThat(xlsx.getResponse().getContentAsByteArray()).startsWith(new byte[] { 'P', 'K' });
		assertThat(get(PLANS + "?status=LOST", admin)).hasStatus(400);
	}

	@Test
	void thePdfIsAnA4DocumentWithTheTitleOnItsCover() throws IOException {
		Account admin = signUp("Brightline Partners");
		Account360 acme = clientWithDesignation(admin, "Acme Foods");
		JsonNode plan = createPlan(admin, plan(acme.designationId(), "Brand strategy 2027", admin.userId()));
		MvcTestResult pdf = get(PLANS + "/" + id(plan) + "/pdf", admin);
		assertThat(pdf).hasStatus(200);
		assertThat(pdf.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
		assertThat(pdf.getResponse().getHeader("Content-Disposition"))
			.contains("acme-foods-brand-strategy-2027-v1.pdf");
		try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			render(document, "planning-plan-pdf-api");
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			assertEveryPageAfterTheCoverIsNumberedAndFilled(document);
			assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595f,
					org.assertj.core.data.Offset.offset(2f));
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Brand strategy 2027", "Acme Foods", "Brightline Partners", "Rivalco",
					"Urban young families", "Launch campaign live", "Page 2 of");
			assertThat(text).doesNotContain("Page 1 of");
		}
	}

	/**
	 * A plan as full as an agency's: long texts, three competitors, three segments, ten
	 * milestones over a year; every page is rendered for a person to look at, and every
	 * page but the cover carries its number.
	 */
	@Test
	void aFullPlanRendersEveryPageWithItsNumber() throws IOException {
		Account admin = signUp("Brightline Partners");
		Account360 acme = clientWithDesignation(admin, "Harvest Table Foods");
		Map<String, Object> request = plan(acme.designationId(), "Harvest Table brand and growth strategy 2027",
				admin.userId());
		String longText = "Owns the value end of the aisle with a broad range and constant promotions; its new "
				+ "owner is cutting marketing to fund price, which leaves room in upper funnel media.";
		request.put("competitors", List.of(competitor("Rivalco", "31.5"), competitor("Brandex", "22.25"),
				with(competitor("Private label", "9"), "positioning", longText, "recentMoves", longText)));
		request.put("segments",
				List.of(Map.of("name", "Busy young families", "description", longText, "size", "2.4M households",
						"priority", "HIGH", "channels", List.of("Social", "Retail media", "Online video")),
						Map.of("name", "Health-minded professionals", "description", "25–44, read labels", "priority",
								"MEDIUM", "channels", List.of("Search", "Podcasts")),
						Map.of("name", "Lapsed loyalists", "priority", "LOW")));
		request.put("research",
				List.of(Map.of("note", longText, "source", "Category tracker, Q3"),
						Map.of("note", "Young families choose on reviews first and price second."),
						Map.of("note", longText + " " + longText, "source", "Brand health study")));
		request.put("objectives", List.of(Map.of("text", "Lift unaided awareness from 18% to 25%"),
				Map.of("text", "Grow share of voice by 5 points"), Map.of("text", longText)));
		java.time.LocalDate today = java.time.LocalDate.now();
		List<Map<String, Object>> milestones = new java.util.ArrayList<>();
		String[] statuses = { "DONE", "DONE", "DONE", "AT_RISK", "IN_PROGRESS", "PLANNED", "PLANNED", "PLANNED",
				"PLANNED", "PLANNED" };
		for (int i = 0; i < statuses.length; i++) {
			milestones.add(milestone("Roadmap step " + (i + 1) + ((i == 4) ? " with a longer name than most" : ""),
					today.plusDays(-90 + 40L * i).toString(), admin.userId(), statuses[i]));
		}
		request.put("milestones", milestones);
		JsonNode plan = createPlan(admin, request);
		MvcTestResult pdf = get(PLANS + "/" + id(plan) + "/pdf", admin);
		assertThat(pdf).hasStatus(200);
		try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			render(document, "planning-plan-pdf-full");
			assertEveryPageAfterTheCoverIsNumberedAndFilled(document);
		}
	}

	static void assertEveryPageAfterTheCoverIsNumberedAndFilled(PDDocument document) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		for (int page = 2; page <= document.getNumberOfPages(); page++) {
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			String text = stripper.getText(document);
			assertThat(text).as("page " + page).contains("Page " + page + " of " + document.getNumberOfPages());
			// Something besides the running footer: no page is left blank.
			assertThat(text.lines().filter((line) -> !line.startsWith("Brightline Partners ·")).toList())
				.as("page " + page)
				.anySatisfy((line) -> assertThat(line).isNotBlank());
		}
	}

	static void render(PDDocument document, String name) throws IOException {
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		PDFRenderer renderer = new PDFRenderer(document);
		for (int i = 0; i < document.getNumberOfPages(); i++) {
			ImageIO.write(renderer.renderImageWithDPI(i, 80), "png",
					dir.resolve(name + "-" + (i + 1) + ".png").toFile());
		}
	}

}
