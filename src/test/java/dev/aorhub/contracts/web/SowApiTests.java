package dev.aorhub.contracts.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

class SowApiTests extends ContractsApiTestSupport {

	@Test
	void createsADraftSowWithANumberAndTheOriginalAsCurrentBudget() {
		Account admin = signUp();
		UUID msaId = createMsa(admin, msa(createClient(admin, "Northwind")));
		JsonNode sow = create("/api/v1/sows", admin, sow(msaId));
		assertThat(sow.get("status").asString()).isEqualTo("DRAFT");
		assertThat(sow.get("number").asString()).matches("SOW-\\d{4}-001");
		assertThat(sow.get("budget").get("amount").asString()).isEqualTo("120000.00");
		assertThat(sow.get("currentBudget").get("amount").asString()).isEqualTo("120000.00");
		assertThat(sow.get("originalBudgetHours").asInt()).isEqualTo(800);
		assertThat(sow.get("currentBudgetHours").asInt()).isEqualTo(800);
		JsonNode second = create("/api/v1/sows", admin, with(sow(msaId), "title", "Second"));
		assertThat(second.get("number").asString()).endsWith("-002");
	}

	@Test
	void everyFeeModelRoundTripsExactly() {
		Account admin = signUp();
		UUID msaId = createMsa(admin, msa(createClient(admin, "Roundtrip Foods")));
		UUID cardId = UUID.fromString(create("/api/v1/rate-cards", admin, rateCard("Standard")).get("id").asString());
		List<Map<String, Object>> fees = new ArrayList<>();
		fees.add(retainer());
		fees.add(fee("type", "RETAINER", "monthlyFee", usd("5000.00"), "includedHours", 20, "rollover", "NONE",
				"overageRate", null));
		fees.add(fee("type", "TIME_AND_MATERIALS", "rateCardId", cardId.toString(), "capAmount", usd("50000.00")));
		fees.add(fee("type", "TIME_AND_MATERIALS", "rateCardId", null, "capAmount", null));
		fees.add(fee("type", "FIXED", "milestones", List.of(milestone("Strategy", usd("10000.00"), "2026-04-30"),
				milestone("Launch", usd("25000.50"), null))));
		fees.add(fee("type", "COMMISSION", "percent", "15.0"));
		fees.add(fee("type", "COMMISSION", "percent", "2.125"));
		fees.add(fee("type", "PERFORMANCE", "metric", "LEAD", "unitFee", usd("45.00"), "revenueSharePercent", null,
				"cap", usd("20000.00")));
		fees.add(fee("type", "PERFORMANCE", "metric", "ACQUISITION", "unitFee", usd("120.00"), "revenueSharePercent",
				null, "cap", null));
		fees.add(fee("type", "PERFORMANCE", "metric", "REVENUE", "unitFee", null, "revenueSharePercent", "12.5", "cap",
				usd("100000.00")));
		JsonNode created = create("/api/v1/sows", admin, with(sow(msaId), "fees", fees));
		JsonNode expected = this.json.valueToTree(fees);
		assertThat(created.get("fees")).isEqualTo(expected);
		JsonNode read = body(get("/api/v1/sows/" + created.get("id").asString(), admin));
		assertThat(read.get("fees")).isEqualTo(expected);
	}

	@Test
	void impossibleFeesAnswer422NamingEachFeeField() {
		Account admin = signUp();
		UUID msaId = createMsa(admin, msa(createClient(admin, "Impossible Inc")));
		List<Map<String, Object>> fees = List.of(
				fee("type", "RETAINER", "monthlyFee", usd("-1.00"), "includedHours", 10),
				fee("type", "COMMISSION", "percent", "150"),
				fee("type", "PERFORMANCE", "metric", "REVENUE", "unitFee", usd("5.00")),
				fee("type", "FIXED", "milestones", List.of()),
				fee("type", "RETAINER", "monthlyFee", money("100.00", "EUR"), "includedHours", 5),
				fee("type", "TIME_AND_MATERIALS", "capAmount", usd("1.00"), "percent", "5.0"),
				fee("type", "PERFORMANCE", "metric", "LEAD"),
				fee("type", "RETAINER", "monthlyFee", usd("1000.00"), "includedHours", -3, "rollover", "SOMETIMES"));
		MvcTestResult result = postJson("/api/v1/sows", admin, with(sow(msaId), "fees", fees));
		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).contains("fees[0].monthlyFee.amount", "fees[1].percent",
				"fees[2].revenueSharePercent", "fees[2].unitFee", "fees[3].milestones", "fees[4].monthlyFee.currency",
				"fees[5].percent", "fees[6].unitFee", "fees[7].includedHours", "fees[7].rollover");
		assertThat(body(get("/api/v1/sows?msaId=" + msaId, admin)).get("total").asInt()).isZero();
	}

	@Test
	void valuesOfTheWrongTypeAreReportedWithTheFeesProblems() {
		Account admin = signUp();
		UUID msaId = createMsa(admin, msa(createClient(admin, "Mistyped")));
		MvcTestResult result = postJson("/api/v1/sows", admin,
				with(sow(msaId), "startDate", "next month", "budgetHours", "lots", "title", " ", "fees",
						List.of(fee("type", "RETAINER", "monthlyFee", usd("100.00"), "includedHours", "ten")),
						"deliverables", List.of(Map.of("dueDate", "2026-03-01"))));
		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactlyInAnyOrder("startDate", "budgetHours", "title",
				"fees[0].includedHours", "deliverables[0].name");
	}

	@Test
	void aPropertyOfAnotherFeeModelDoesNotApplyAndATypeIsWrittenInCapitals() {
		Account admin = signUp();
		UUID msaId = createMsa(admin, msa(createClient(admin, "Mixed Models")));
		MvcTestResult result = postJson("/api/v1/sows", admin,
				with(sow(msaId), "fees",
						List.of(fee("type", "TIME_AND_MATERIALS", "capAmount", usd("1.00"), "percent", "5.0"),
								fee("type", "commission", "percent", "5.0"), fee("type", "BARTER"))));
		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactly("fees[0].percent", "fees[1].type", "fees[2].type");
		assertThat(body(result).get("errors").get(0).get("message").asString())
			.isEqualTo("does not apply to a TIME_AND_MATERIALS fee");
		assertThat(body(result).get("errors").get(2).get("message").asString())
			.isEqualTo("must be one of RETAINER, TIME_AND_MATERIALS, FIXED, COMMISSION, PERFORMANCE");
	}

	@Test
	void anUnknownOrMissingFeeTypeIs422OnTheType() {
		Account admin = signUp();
		UUID msaId = createMsa(admin, msa(createClient(admin, "Typeless")));
		MvcTestResult result = postJson("/api/v1/sows", admin,
				with(sow(msaId), "fees", List.of(fee("type", "BARTER"), fee("percent", "5.0"))));
		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactly("fees[0].type", "fees[1].type");
	}

	@Test
	void aSowOutsideTheMsaTermIs422OnItsDates() {
		Account admin = signUp();
		UUID msaId = createMsa(admin, msa(createClient(admin, "Termly")));
		MvcTestResult early = postJson("/api/v1/sows", admin, with(sow(msaId), "startDate", "2025-12-01"));
		assertThat(early).hasStatus(422);
		assertThat(problemFields(early)).containsExactly("startDate");
		MvcTestResult late = postJson("/api/v1/sows", admin, with(sow(msaId), "endDate", "2028-01-31"));
		assertThat(late).hasStatus(422);
		assertThat(problemFields(late)).containsExactly("endDate");
		MvcTestResult backwards = postJson("/api/v1/sows", admin,
				with(sow(msaId), "startDate", "2026-06-01", "endDate", "2026-05-01"));
		assertThat(problemFields(backwards)).containsExactly("endDate");
	}

	@Test
	void moneyInAnotherCurrencyThanTheClientsIs422() {
		Account admin = signUp();
		UUID clientId = createClient(admin, "Euro Motors", "EUR", List.of());
		UUID msaId = createMsa(admin, msa(clientId));
		MvcTestResult result = postJson("/api/v1/sows", admin, sow(msaId));
		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).contains("budget.currency", "fees[0].monthlyFee.currency",
				"fees[0].overageRate.currency");
		Map<String, Object> euros = with(sow(msaId), "budget", money("90000.00", "EUR"), "fees",
				List.of(fee("type", "COMMISSION", "percent", "12.0")));
		assertThat(postJson("/api/v1/sows", admin, euros)).hasStatus(201);
	}

	@Test
	void anotherWorkspacesSowIsNotFound() {
		Account owner = signUp();
		UUID msaId = createMsa(owner, msa(createClient(owner, "Private Co")));
		UUID sowId = createSow(owner, sow(msaId));
		Account stranger = signUp();
		assertThat(get("/api/v1/sows/" + sowId, stranger)).hasStatus(404);
		assertThat(get("/api/v1/sows/" + sowId + "/pdf", stranger)).hasStatus(404);
		assertThat(verb("/api/v1/sows/" + sowId + "/internal-approval", stranger)).hasStatus(404);
		assertThat(get("/api/v1/msas/" + msaId, stranger)).hasStatus(404);
		assertThat(postJson("/api/v1/sows", stranger, sow(msaId))).hasStatus(404);
	}

	@Test
	void aStaleVersionIs409WithTheCurrentVersion() {
		Account admin = signUp();
		UUID msaId = createMsa(admin, msa(createClient(admin, "Versioned")));
		JsonNode created = create("/api/v1/sows", admin, sow(msaId));
		String path = "/api/v1/sows/" + created.get("id").asString();
		MvcTestResult first = putJson(path, admin,
				with(sow(msaId), "title", "Renamed", "version", created.get("version").asLong()));
		assertThat(first).as(text(first)).hasStatus(200);
		MvcTestResult stale = putJson(path, admin,
				with(sow(msaId), "title", "Again", "version", created.get("version").asLong()));
		assertThat(stale).hasStatus(409);
		assertThat(problemType(stale)).isEqualTo("stale-version");
		assertThat(body(stale).get("currentVersion").asLong()).isEqualTo(body(first).get("version").asLong());
	}

	@Test
	void internalApprovalIsRequiredBeforeASowIsSent() {
		Account admin = signUp();
		UUID msaId = createMsa(admin, msa(createClient(admin, "Approvals Ltd")));
		UUID sowId = createSow(admin, sow(msaId));
		MvcTestResult unapproved = verb("/api/v1/sows/" + sowId + "/send", admin);
		assertThat(unapproved).hasStatus(409);
		assertThat(problemType(unapproved)).isEqualTo("approval-required");

		Account creative = createUser(admin, "CREATIVE");
		assertThat(verb("/api/v1/sows/" + sowId + "/internal-approval", creative)).hasStatus(403);
		Account finance = createUser(admin, "FINANCE");
		MvcTestResult approved = postJson("/api/v1/sows/" + sowId + "/internal-approval", finance,
				Map.of("comment", "Margins fine"));
		assertThat(approved).hasStatus(200);
		assertThat(body(approved).get("internalApproval").get("approvedBy").asString())
			.isEqualTo(finance.userId().toString());
		assertThat(body(verb("/api/v1/sows/" + sowId + "/send", creative)).get("status").asString()).isEqualTo("SENT");
		MvcTestResult clientApproval = postJson("/api/v1/sows/" + sowId + "/approve", admin,
				Map.of("approverName", "Carla Client", "comment", "Go ahead"));
		assertThat(body(clientApproval).get("status").asString()).isEqualTo("APPROVED");
		JsonNode steps = body(get("/api/v1/sows/" + sowId + "/approvals", admin));
		assertThat(steps).hasSize(3);
		assertThat(steps.get(0).get("step").asString()).isEqualTo("INTERNAL_APPROVED");
		assertThat(steps.get(2).get("step").asString()).isEqualTo("CLIENT_APPROVED");
		assertThat(steps.get(2).get("approverName").asString()).isEqualTo("Carla Client");
		assertThat(steps.get(2).get("comment").asString()).isEqualTo("Go ahead");
		assertThat(steps.get(2).get("occurredAt").isNull()).isFalse();
	}

	@Test
	void aDraftsFeesAreReplacedWholeOnUpdate() {
		Account admin = signUp();
		UUID msaId = createMsa(admin, msa(createClient(admin, "Refeed")));
		List<Map<String, Object>> fixed = List.of(fee("type", "FIXED", "milestones",
				List.of(milestone("One", usd("100.00"), null), milestone("Two", usd("200.00"), "2026-06-30"))));
		JsonNode created = create("/api/v1/sows", admin, with(sow(msaId), "fees", fixed));
		String path = "/api/v1/sows/" + created.get("id").asString();
		List<Map<String, Object>> replaced = List.of(fee("type", "COMMISSION", "percent", "9.0"),
				fee("type", "FIXED", "milestones", List.of(milestone("Only", usd("300.00"), null))));
		MvcTestResult updated = putJson(path, admin,
				with(sow(msaId), "fees", replaced, "version", created.get("version").asLong()));
		assertThat(updated).as(text(updated)).hasStatus(200);
		assertThat(body(updated).get("fees")).isEqualTo(this.json.valueToTree(replaced));
		assertThat(body(get(path, admin)).get("fees")).isEqualTo(this.json.valueToTree(replaced));
		assertThat(body(updated).get("version").asLong()).isGreaterThan(created.get("version").asLong());
		MvcTestResult shrunk = putJson(path, admin,
				with(sow(msaId), "fees", List.of(retainer()), "version", body(updated).get("version").asLong()));
		assertThat(shrunk).as(text(shrunk)).hasStatus(200);
		assertThat(body(get(path, admin)).get("fees")).isEqualTo(this.json.valueToTree(List.of(retainer())));
	}

	@Test
	void changingADraftWithdrawsItsInternalApproval() {
		Account admin = signUp();
		UUID msaId = createMsa(admin, msa(createClient(admin, "Withdrawn")));
		JsonNode created = create("/api/v1/sows", admin, sow(msaId));
		String path = "/api/v1/sows/" + created.get("id").asString();
		JsonNode approved = body(verb(path + "/internal-approval", admin));
		assertThat(putJson(path, admin,
				with(sow(msaId), "budget", usd("130000.00"), "version", approved.get("version").asLong())))
			.hasStatus(200);
		assertThat(problemType(verb(path + "/send", admin))).isEqualTo("approval-required");
	}

	@Test
	void aClientApprovedSowChangesItsBudgetOnlyByChangeOrder() {
		Account admin = signUp();
		UUID msaId = createMsa(admin, msa(createClient(admin, "Locked")));
		UUID sowId = approvedSow(admin, msaId);
		JsonNode current = body(get("/api/v1/sows/" + sowId, admin));
		MvcTestResult result = putJson("/api/v1/sows/" + sowId, admin,
				with(sow(msaId), "budget", usd("1.00"), "version", current.get("version").asLong()));
		assertThat(result).hasStatus(409);
		assertThat(problemType(result)).isEqualTo("terms-locked");
		MvcTestResult retitled = putJson("/api/v1/sows/" + sowId, admin,
				with(sow(msaId), "title", "Brand campaign 2026 (phase 1)", "version", current.get("version").asLong()));
		assertThat(retitled).hasStatus(200);
	}

	@Test
	void approvingAChangeOrderMovesTheCurrentBudgetAndKeepsTheHistory() {
		Account admin = signUp();
		UUID msaId = createMsa(admin, msa(createClient(admin, "Changeful")));
		UUID sowId = approvedSow(admin, msaId);
		String orders = "/api/v1/sows/" + sowId + "/change-orders";
		JsonNode more = create(orders, admin,
				Map.of("description", "Add a TikTok flight", "budgetChange", usd("15000.00"), "hoursChange", 100));
		assertThat(more.get("status").asString()).isEqualTo("PROPOSED");
		JsonNode less = create(orders, admin,
				Map.of("description", "Drop the print ads", "budgetChange", usd("-5000.50"), "hoursChange", -20));
		JsonNode ignored = create(orders, admin, Map.of("description", "Out-of-home", "budgetChange", usd("40000.00")));
		assertThat(body(get("/api/v1/sows/" + sowId, admin)).get("currentBudget").get("amount").asString())
			.isEqualTo("120000.00");

		MvcTestResult approved = postJson(orders + "/" + more.get("id").asString() + "/approve", admin,
				Map.of("approverName", "Carla Client"));
		assertThat(body(approved).get("status").asString()).isEqualTo("APPROVED");
		assertThat(postJson(orders + "/" + less.get("id").asString() + "/approve", admin,
				Map.of("approverName", "Carla Client")))
			.hasStatus(200);
		assertThat(postJson(orders + "/" + ignored.get("id").asString() + "/reject", admin,
				Map.of("approverName", "Carla Client", "comment", "Not this year")))
			.hasStatus(200);

		JsonNode sow = body(get("/api/v1/sows/" + sowId, admin));
		assertThat(sow.get("originalBudget").get("amount").asString()).isEqualTo("120000.00");
		assertThat(sow.get("currentBudget").get("amount").asString()).isEqualTo("129999.50");
		assertThat(sow.get("originalBudgetHours").asInt()).isEqualTo(800);
		assertThat(sow.get("currentBudgetHours").asInt()).isEqualTo(880);
		JsonNode history = body(get(orders, admin));
		assertThat(history).hasSize(3);
		assertThat(history.get(2).get("status").asString()).isEqualTo("REJECTED");

		MvcTestResult again = verb(orders + "/" + ignored.get("id").asString() + "/approve", admin);
		assertThat(again).hasStatus(409);
		assertThat(problemType(again)).isEqualTo("illegal-state-change");
		assertThat(verb(orders + "/" + more.get("id").asString() + "/reject", admin)).hasStatus(409);
	}

	@Test
	void aChangeOrderNeedsAnApprovedSowAndTheSowsCurrency() {
		Account admin = signUp();
		UUID msaId = createMsa(admin, msa(createClient(admin, "Drafty")));
		UUID draft = createSow(admin, sow(msaId));
		MvcTestResult onDraft = postJson("/api/v1/sows/" + draft + "/change-orders", admin,
				Map.of("description", "More", "budgetChange", usd("1.00")));
		assertThat(onDraft).hasStatus(409);
		UUID approved = approvedSow(admin, msaId);
		MvcTestResult euros = postJson("/api/v1/sows/" + approved + "/change-orders", admin,
				Map.of("description", "More", "budgetChange", money("10.00", "EUR")));
		assertThat(problemFields(euros)).containsExactly("budgetChange.currency");
	}

	@Test
	void aChangeOrderOfTheWrongShapeNamesEachField() {
		Account admin = signUp();
		UUID approved = approvedSow(admin, createMsa(admin, msa(createClient(admin, "Shapeless"))));
		MvcTestResult result = postJson("/api/v1/sows/" + approved + "/change-orders", admin,
				Map.of("description", " ", "budgetChange", money("10.00", "EUR"), "hoursChange", "many"));
		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactlyInAnyOrder("description", "budgetChange.currency",
				"hoursChange");
	}

	@Test
	void aSowWithoutABudgetGetsTheBudgetItsFeesImply() {
		Account admin = signUp();
		UUID msaId = createMsa(admin, msa(createClient(admin, "Implied")));
		Map<String, Object> request = sow(msaId);
		request.remove("budget");
		// March to December: 10 months of a 12,000 retainer.
		MvcTestResult created = postJson("/api/v1/sows", admin, request);

		assertThat(created).hasStatus(201);
		assertThat(body(created).get("budget").get("amount").asString()).isEqualTo("120000.00");
		assertThat(body(created).get("budgetDerived").asBoolean()).isTrue();
		assertThat(body(created).get("currentBudget").get("amount").asString()).isEqualTo("120000.00");
		JsonNode stated = body(postJson("/api/v1/sows", admin, with(sow(msaId), "budget", usd("90000.00"))));
		assertThat(stated.get("budget").get("amount").asString()).isEqualTo("90000.00");
		assertThat(stated.get("budgetDerived").asBoolean()).isFalse();
	}

	@Test
	void aChangeOrderIsApprovedOrRejectedWithNoBodyByTheCaller() {
		Account admin = signUp();
		UUID msaId = createMsa(admin, msa(createClient(admin, "Bodyless")));
		UUID sowId = approvedSow(admin, msaId);
		String orders = "/api/v1/sows/" + sowId + "/change-orders";
		JsonNode more = create(orders, admin, Map.of("description", "Extra market", "budgetChange", usd("5000.00")));
		JsonNode less = create(orders, admin, Map.of("description", "Drop a channel", "budgetChange", usd("-1000.00")));
		orders += "/";

		MvcTestResult approved = as(admin, this.mvc.post().uri(orders + more.get("id").asString() + "/approve"))
			.exchange();
		MvcTestResult rejected = as(admin, this.mvc.post().uri(orders + less.get("id").asString() + "/reject"))
			.exchange();

		assertThat(approved).hasStatus(200);
		assertThat(body(approved).get("status").asString()).isEqualTo("APPROVED");
		assertThat(rejected).hasStatus(200);
		assertThat(body(rejected).get("status").asString()).isEqualTo("REJECTED");
		assertThat(body(get("/api/v1/sows/" + sowId, admin)).get("currentBudget").get("amount").asString())
			.isEqualTo("125000.00");
		JsonNode history = body(get("/api/v1/audit?entityId=" + more.get("id").asString() + "&action=APPROVED", admin));
		assertThat(history.at("/items/0/summary").asString()).contains("by Ada Admin");
	}

	@Test
	void aChangeOrderThatWouldTakeTheBudgetBelowZeroIsRefusedWhenProposed() {
		Account admin = signUp();
		UUID msaId = createMsa(admin, msa(createClient(admin, "Shrinking")));
		UUID sowId = approvedSow(admin, msaId);

		MvcTestResult result = postJson("/api/v1/sows/" + sowId + "/change-orders", admin,
				Map.of("description", "Cut everything and more", "budgetChange", usd("-200000.00")));

		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactly("budgetChange.amount");
		assertThat(body(result).at("/errors/0/message").asString())
			.isEqualTo("would take the budget below zero (it is USD 120,000.00)");
		assertThat(body(get("/api/v1/sows/" + sowId + "/change-orders", admin)).size()).isZero();
	}

	@Test
	void changeOrdersThatFitAloneButNotTogetherAreRefusedAtTheSecondApproval() {
		Account admin = signUp();
		UUID msaId = createMsa(admin, msa(createClient(admin, "Shrinking Twice")));
		UUID sowId = approvedSow(admin, msaId);
		String orders = "/api/v1/sows/" + sowId + "/change-orders";
		JsonNode first = create(orders, admin, Map.of("description", "Cut TV", "budgetChange", usd("-100000.00")));
		JsonNode second = create(orders, admin, Map.of("description", "Cut radio", "budgetChange", usd("-100000.00")));
		assertThat(postJson(orders + "/" + first.get("id").asString() + "/approve", admin,
				Map.of("approverName", "Carla Client")))
			.hasStatus(200);

		MvcTestResult result = postJson(orders + "/" + second.get("id").asString() + "/approve", admin,
				Map.of("approverName", "Carla Client"));

		assertThat(result).hasStatus(409);
		assertThat(problemType(result)).isEqualTo("budget-below-zero");
		assertThat(body(get("/api/v1/sows/" + sowId, admin)).get("currentBudget").get("amount").asString())
			.isEqualTo("20000.00");
	}

	@Test
	void theStatusMachineRefusesIllegalMoves() {
		Account admin = signUp();
		UUID msaId = createMsa(admin, msa(createClient(admin, "Machine")));
		UUID sowId = createSow(admin, sow(msaId));
		MvcTestResult activate = verb("/api/v1/sows/" + sowId + "/activate", admin);
		assertThat(activate).hasStatus(409);
		assertThat(problemType(activate)).isEqualTo("illegal-state-change");
		assertThat(verb("/api/v1/sows/" + sowId + "/cancel", admin)).hasStatus(200);
		assertThat(verb("/api/v1/sows/" + sowId + "/internal-approval", admin)).hasStatus(409);
	}

	@Test
	void cancellingRecordsWhyAndTheAuditLogSaysIt() {
		Account admin = signUp();
		UUID msaId = createMsa(admin, msa(createClient(admin, "Cancelled Plans")));
		UUID sowId = approvedSow(admin, msaId);
		String path = "/api/v1/sows/" + sowId;

		MvcTestResult tooLong = postJson(path + "/cancel", admin, Map.of("reason", "x".repeat(2001)));
		assertThat(tooLong).hasStatus(422);
		assertThat(problemFields(tooLong)).containsExactly("reason");

		MvcTestResult result = postJson(path + "/cancel", admin, Map.of("reason", "The launch moved to next year."));
		assertThat(result).hasStatus(200);
		assertThat(body(result).get("status").asString()).isEqualTo("CANCELLED");
		assertThat(body(result).get("cancellationReason").asString()).isEqualTo("The launch moved to next year.");
		JsonNode audit = body(get("/api/v1/audit?entityId=" + sowId + "&sort=occurredAt,desc", admin));
		assertThat(audit.at("/items/0/action").asString()).isEqualTo("CANCELLED");
		assertThat(audit.at("/items/0/summary").asString()).endsWith("(was approved): The launch moved to next year.");

		UUID bodiless = createSow(admin, sow(msaId));
		MvcTestResult noBody = postWithoutBody("/api/v1/sows/" + bodiless + "/cancel", admin);
		assertThat(noBody).hasStatus(200);
		assertThat(body(noBody).has("cancellationReason")).isFalse();
	}

	@Test
	void aCancelledSowsChangeOrdersCanNoLongerBeDecided() {
		Account admin = signUp();
		UUID sowId = approvedSow(admin, createMsa(admin, msa(createClient(admin, "Undecided"))));
		String orders = "/api/v1/sows/" + sowId + "/change-orders";
		JsonNode order = create(orders, admin, Map.of("description", "Extra video", "budgetChange", usd("5000.00")));
		assertThat(verb("/api/v1/sows/" + sowId + "/cancel", admin)).hasStatus(200);

		MvcTestResult rejected = verb(orders + "/" + order.get("id").asString() + "/reject", admin);

		assertThat(rejected).hasStatus(409);
		assertThat(problemType(rejected)).isEqualTo("illegal-state-change");
	}

	@Test
	void aSowMayBeRecordedActiveByAnApproverButNotByOthers() {
		Account admin = signUp();
		UUID msaId = createMsa(admin, msa(createClient(admin, "Imported")));
		JsonNode active = create("/api/v1/sows", admin, with(sow(msaId), "status", "ACTIVE"));
		assertThat(active.get("status").asString()).isEqualTo("ACTIVE");
		Account media = createUser(admin, "MEDIA");
		MvcTestResult refused = postJson("/api/v1/sows", media, with(sow(msaId), "status", "ACTIVE"));
		assertThat(refused).hasStatus(409);
		assertThat(problemType(refused)).isEqualTo("approval-required");
	}

	@Test
	void theDesignationMustBeAtTheSameClient() {
		Account admin = signUp();
		UUID clientId = createClient(admin, "Home Client");
		UUID otherId = createClient(admin, "Other Client");
		UUID categoryId = categories(admin).get("Creative");
		UUID elsewhere = UUID
			.fromString(create("/api/v1/designations", admin, designation(otherId, categoryId)).get("id").asString());
		UUID here = UUID
			.fromString(create("/api/v1/designations", admin, designation(clientId, categoryId)).get("id").asString());
		UUID msaId = createMsa(admin, msa(clientId));
		assertThat(problemFields(postJson("/api/v1/sows", admin, with(sow(msaId), "designationId", elsewhere))))
			.containsExactly("designationId");
		assertThat(
				create("/api/v1/sows", admin, with(sow(msaId), "designationId", here)).get("designationId").asString())
			.isEqualTo(here.toString());
	}

	@Test
	void thePdfIsAPdf() throws java.io.IOException {
		Account admin = signUp();
		UUID msaId = createMsa(admin, msa(createClient(admin, "Printable")));
		create("/api/v1/rate-cards", admin, rateCard("Standard 2026"));
		List<Map<String, Object>> fees = List.of(retainer(),
				fee("type", "TIME_AND_MATERIALS", "capAmount", usd("40000.00")),
				fee("type", "FIXED", "milestones",
						List.of(milestone("Brand platform and strategy", usd("25000.00"), "2026-04-30"),
								milestone("Campaign launch", usd("35000.00"), "2026-06-15"),
								milestone("Wrap report", usd("5000.00"), null))),
				fee("type", "COMMISSION", "percent", "12.5"),
				fee("type", "PERFORMANCE", "metric", "LEAD", "unitFee", usd("45.00"), "cap", usd("20000.00")),
				fee("type", "PERFORMANCE", "metric", "REVENUE", "revenueSharePercent", "5.0"));
		UUID sowId = createSow(admin,
				with(sow(msaId), "fees", fees, "scope",
						"Brand strategy, a through-the-line campaign for the spring launch and always-on social "
								+ "content across Instagram, TikTok and YouTube, with monthly reporting against the "
								+ "agreed KPIs.",
						"deliverables",
						List.of(Map.of("name", "Brand platform", "dueDate", "2026-04-30"),
								Map.of("name", "Spring launch campaign", "dueDate", "2026-06-15"),
								Map.of("name", "Monthly performance reports"))));
		JsonNode approvedSow = body(verb("/api/v1/sows/" + sowId + "/internal-approval", admin));
		assertThat(approvedSow.get("status").asString()).isEqualTo("DRAFT");
		MvcTestResult pdf = get("/api/v1/sows/" + sowId + "/pdf", admin);
		assertThat(pdf).hasStatus(200);
		assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
		byte[] bytes = pdf.getResponse().getContentAsByteArray();
		assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(bytes.length).isGreaterThan(2000);
		// Kept for people to look at (pdftoppm renders it to PNG).
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "sow.pdf"), bytes);
	}

	@Test
	void theListAndItsExportsShowBudgetsAndFees() {
		Account admin = signUp();
		UUID msaId = createMsa(admin, msa(createClient(admin, "Exporter")));
		createSow(admin, with(sow(msaId), "title", "=HYPERLINK(\"x\")"));
		JsonNode list = body(get("/api/v1/sows?msaId=" + msaId, admin));
		assertThat(list.get("total").asInt()).isEqualTo(1);
		assertThat(list.get("items").get(0).get("feeTypes").get(0).asString()).isEqualTo("RETAINER");
		assertThat(list.get("items").get(0).get("currentBudget").get("amount").asString()).isEqualTo("120000.00");
		MvcTestResult csv = get("/api/v1/sows/export?format=csv&msaId=" + msaId, admin);
		assertThat(csv).hasStatus(200);
		String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).contains("Number,Title,Client").contains("'=HYPERLINK").contains("Retainer");
		MvcTestResult xlsx = get("/api/v1/sows/export?format=xlsx", admin);
		assertThat(xlsx).hasStatus(200);
		assertThat(xlsx.getResponse().getContentAsByteArray()).startsWith('P', 'K');
	}

	static Map<String, Object> fee(Object... pairs) {
		Map<String, Object> fee = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			fee.put((String) pairs[i], pairs[i + 1]);
		}
		return fee;
	}

	static Map<String, Object> milestone(String name, Map<String, Object> amount, String dueDate) {
		Map<String, Object> milestone = new LinkedHashMap<>();
		milestone.put("name", name);
		milestone.put("amount", amount);
		milestone.put("dueDate", dueDate);
		return milestone;
	}

	static Map<String, Object> rateCard(String name) {
		Map<String, Object> card = new LinkedHashMap<>();
		card.put("name", name);
		card.put("currency", "USD");
		card.put("effectiveFrom", "2026-01-01");
		card.put("effectiveTo", null);
		card.put("default", false);
		card.put("rates", List.of(Map.of("role", "Strategist", "hourlyRate", usd("220.00")),
				Map.of("role", "Designer", "hourlyRate", usd("140.00"))));
		return card;
	}

	static Map<String, Object> designation(UUID clientId, UUID categoryId) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("clientId", clientId);
		request.put("categoryId", categoryId);
		request.put("kind", "EXCLUSIVE");
		request.put("status", "ACTIVE");
		request.put("market", "Global");
		request.put("startDate", "2026-01-01");
		request.put("endDate", "2027-12-31");
		return request;
	}

}
