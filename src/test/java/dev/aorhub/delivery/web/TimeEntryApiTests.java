package dev.aorhub.delivery.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

class TimeEntryApiTests extends TimeApiTestSupport {

	private static final String ENTRIES = "/api/v1/time-entries";

	@Test
	void logsTimeWith201AndLocationKeepingTheRateInForceAndTheDefaults() {
		Account admin = signUp();
		Work work = work(admin);
		MvcTestResult result = postJson(ENTRIES, admin, entry(work.sowId(), "2026-11-30", 90));
		assertThat(result).as(text(result)).hasStatus(201);
		JsonNode entry = body(result);
		assertThat(result.getResponse().getHeader("Location")).isEqualTo(ENTRIES + "/" + entry.get("id").asString());
		assertThat(entry.get("userId").asString()).isEqualTo(admin.userId().toString());
		assertThat(entry.get("userName").asString()).isEqualTo("Ada Admin");
		assertThat(entry.get("status").asString()).isEqualTo("DRAFT");
		assertThat(entry.get("billable").asBoolean()).isTrue();
		assertThat(entry.get("clientId").asString()).isEqualTo(work.clientId().toString());
		assertThat(entry.get("minutes").asInt()).isEqualTo(90);
		assertThat(entry.get("roundedMinutes").asInt()).isEqualTo(90);
		// Designer at USD 140 on the MSA's card, less the MSA's 10% discount.
		assertThat(entry.get("role").asString()).isEqualTo("Designer");
		assertThat(entry.get("rate")).isEqualTo(this.json.valueToTree(usd("126.00")));
		assertThat(body(get(ENTRIES + "/" + entry.get("id").asString(), admin))).isEqualTo(entry);
	}

	@Test
	void anEntryWithoutADateIsTodaysAndAChangeWithoutOneKeepsItsOwn() {
		Account admin = signUp();
		Work work = work(admin);
		LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
		UUID sowId = approvedSow(admin, work.msaId(), work.designationId(), today.minusDays(30).toString(),
				today.plusDays(30).toString());
		Map<String, Object> undated = new java.util.LinkedHashMap<>(entry(sowId, null, 45));
		undated.remove("date");
		MvcTestResult created = postJson(ENTRIES, admin, undated);
		assertThat(created).as(text(created)).hasStatus(201);
		assertThat(body(created).get("date").asString()).isEqualTo(today.toString());

		String id = body(created).get("id").asString();
		Map<String, Object> change = new java.util.LinkedHashMap<>(undated);
		change.put("minutes", 50);
		change.put("version", body(created).get("version").asLong());
		MvcTestResult changed = putJson(ENTRIES + "/" + id, admin, change);
		assertThat(changed).as(text(changed)).hasStatus(200);
		assertThat(body(changed).get("date").asString()).isEqualTo(today.toString());
		assertThat(body(changed).get("minutes").asInt()).isEqualTo(50);
	}

	@Test
	void anEntryIsOneMinuteToTwentyFourHoursAndADayHoldsAtMostTwentyFour() {
		Account admin = signUp();
		Work work = work(admin);
		assertThat(problemFields(postJson(ENTRIES, admin, entry(work.sowId(), "2026-11-30", 0))))
			.containsExactly("minutes");
		assertThat(problemFields(postJson(ENTRIES, admin, entry(work.sowId(), "2026-11-30", 1441))))
			.containsExactly("minutes");
		logged(admin, entry(work.sowId(), "2026-11-30", 14 * 60));
		MvcTestResult over = postJson(ENTRIES, admin, entry(work.sowId(), "2026-11-30", 11 * 60));
		assertThat(problemFields(over)).containsExactly("minutes");
		assertThat(body(over).get("errors").get(0).get("message").asString()).contains("25:00 h");
		logged(admin, entry(work.sowId(), "2026-11-30", 10 * 60));
		assertThat(problemFields(postJson(ENTRIES, admin, entry(work.sowId(), "2026-11-30", 1))))
			.containsExactly("minutes");
	}

	@Test
	void theSowMustBeActiveOnTheDateAndAMalformedDateIsNamed() {
		Account admin = signUp();
		Work work = work(admin);
		MvcTestResult before = postJson(ENTRIES, admin, entry(work.sowId(), "2026-01-15", 60));
		assertThat(problemFields(before)).containsExactly("sowId");
		assertThat(text(before)).contains("is not active on 15 Jan 2026");
		UUID draft = draftSow(admin, work.msaId(), work.designationId(), "2026-03-01", "2026-12-31");
		MvcTestResult unapproved = postJson(ENTRIES, admin, entry(draft, "2026-11-30", 60));
		assertThat(problemFields(unapproved)).containsExactly("sowId");
		assertThat(text(unapproved)).contains("is DRAFT");
		assertThat(problemFields(postJson(ENTRIES, admin, entry(work.sowId(), "2026-13-45", 60))))
			.containsExactly("date");
		assertThat(problemFields(postJson(ENTRIES, admin, with(entry(null, "2026-11-30", 60), "minutes", "lots"))))
			.containsExactly("minutes", "sowId");
		MvcTestResult notJson = as(admin,
				this.mvc.post().uri(ENTRIES).contentType(MediaType.APPLICATION_JSON).content("{\"date\": "))
			.exchange();
		assertThat(notJson).hasStatus(400);
	}

	@Test
	void aTaskMustBelongToTheCampaignWhoseSowIsTheEntrys() {
		Account admin = signUp();
		Work work = work(admin);
		UUID[] launch = campaignWithTask(admin, work.clientId(), work.sowId(), "Launch");
		UUID[] summer = campaignWithTask(admin, work.clientId(), work.sowId(), "Summer");
		MvcTestResult wrongTask = postJson(ENTRIES, admin,
				with(entry(work.sowId(), "2026-11-30", 60), "campaignId", launch[0], "taskId", summer[1]));
		assertThat(problemFields(wrongTask)).containsExactly("taskId");
		// The task names its campaign, the campaign its SOW and client.
		JsonNode byTask = logged(admin, with(entry(null, "2026-11-30", 60), "taskId", launch[1]));
		assertThat(byTask.get("campaignId").asString()).isEqualTo(launch[0].toString());
		assertThat(byTask.get("sowId").asString()).isEqualTo(work.sowId().toString());
		assertThat(byTask.get("clientId").asString()).isEqualTo(work.clientId().toString());
		UUID other = approvedSow(admin, work.msaId(), work.designationId(), "2026-03-01", "2026-12-31");
		assertThat(
				problemFields(postJson(ENTRIES, admin, with(entry(other, "2026-11-30", 60), "campaignId", launch[0]))))
			.containsExactly("campaignId");
	}

	@Test
	void anotherWorkspacesEntrySowAndTaskAre404() {
		Account admin = signUp();
		Work work = work(admin);
		UUID[] campaign = campaignWithTask(admin, work.clientId(), work.sowId(), "Launch");
		String id = logged(admin, entry(work.sowId(), "2026-11-30", 60)).get("id").asString();
		Account stranger = signUp();
		assertThat(get(ENTRIES + "/" + id, stranger)).hasStatus(404);
		assertThat(putJson(ENTRIES + "/" + id, stranger, with(entry(work.sowId(), "2026-11-30", 60), "version", 0)))
			.hasStatus(404);
		assertThat(delete(ENTRIES + "/" + id, stranger)).hasStatus(404);
		assertThat(postJson(ENTRIES, stranger, entry(work.sowId(), "2026-11-30", 60))).hasStatus(404);
		assertThat(postJson(ENTRIES, stranger, with(entry(null, "2026-11-30", 60), "taskId", campaign[1])))
			.hasStatus(404);
		assertThat(postJson(ENTRIES + "/submit", stranger, Map.of("ids", List.of(id)))).hasStatus(404);
		assertThat(get("/api/v1/sows/" + work.sowId() + "/time-rules", stranger)).hasStatus(404);
		assertThat(body(get(ENTRIES, stranger)).get("total").asLong()).isZero();
	}

	@Test
	void submittedTimeIsApprovedLockedAndReopenedByAnAdminWithAReason() {
		Account admin = signUp();
		Work work = work(admin);
		Account lead = createUser(admin, "ACCOUNT");
		JsonNode entry = logged(admin, entry(work.sowId(), "2026-11-30", 90));
		String path = ENTRIES + "/" + entry.get("id").asString();
		List<String> ids = List.of(entry.get("id").asString());
		MvcTestResult submitted = postJson(ENTRIES + "/submit", admin, Map.of("ids", ids));
		assertThat(submitted).as(text(submitted)).hasStatus(200);
		assertThat(body(submitted).get("submitted").asInt()).isEqualTo(1);
		assertThat(body(postJson(ENTRIES + "/approve", lead, Map.of("ids", ids))).get("approved").asInt()).isEqualTo(1);
		JsonNode approved = body(get(path, admin));
		assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
		MvcTestResult edit = putJson(path, admin,
				with(entry(work.sowId(), "2026-11-30", 120), "version", approved.get("version").asLong()));
		assertThat(edit).hasStatus(409);
		assertThat(problemType(edit)).isEqualTo("not-editable");
		assertThat(delete(path, admin)).hasStatus(409);
		assertThat(problemFields(postJson(ENTRIES + "/reopen", admin, Map.of("ids", ids)))).containsExactly("reason");
		assertThat(postJson(ENTRIES + "/reopen", lead, Map.of("ids", ids, "reason", "Wrong SOW"))).hasStatus(403);
		assertThat(body(postJson(ENTRIES + "/reopen", admin, Map.of("ids", ids, "reason", "Wrong day"))).get("reopened")
			.asInt()).isEqualTo(1);
		JsonNode reopened = body(get(path, admin));
		assertThat(reopened.get("status").asString()).isEqualTo("DRAFT");
		MvcTestResult changed = putJson(path, admin,
				with(entry(work.sowId(), "2026-12-01", 120), "version", reopened.get("version").asLong()));
		assertThat(changed).as(text(changed)).hasStatus(200);
		assertThat(body(changed).get("date").asString()).isEqualTo("2026-12-01");
		assertThat(putJson(path, admin,
				with(entry(work.sowId(), "2026-12-01", 30), "version", reopened.get("version").asLong())))
			.hasStatus(409);

		List<String> actions = new ArrayList<>();
		body(get("/api/v1/audit?entityId=" + entry.get("id").asString() + "&size=50", admin)).get("items")
			.forEach((item) -> actions.add(item.get("action").asString()));
		assertThat(actions).contains("CREATED", "SUBMITTED", "APPROVED", "REOPENED", "UPDATED");
		assertThat(text(get("/api/v1/audit?entityId=" + entry.get("id").asString() + "&size=50", admin)))
			.contains("Wrong day");
	}

	@Test
	void onlyAccountLeadsAndAdminsApprove() {
		Account admin = signUp();
		Work work = work(admin);
		String id = logged(admin, with(entry(work.sowId(), "2026-11-30", 60), "status", "SUBMITTED")).get("id")
			.asString();
		for (String role : List.of("VIEWER", "CREATIVE", "FINANCE")) {
			Account user = createUser(admin, role);
			assertThat(postJson(ENTRIES + "/approve", user, Map.of("ids", List.of(id)))).as(role).hasStatus(403);
		}
		assertThat(postJson(ENTRIES, createUser(admin, "VIEWER"), entry(work.sowId(), "2026-11-30", 60)))
			.hasStatus(403);
		assertThat(body(get(ENTRIES + "/" + id, admin)).get("status").asString()).isEqualTo("SUBMITTED");
	}

	@Test
	void aBulkVerbIsAllOrNothingAndNamesTheEntryInTheWrongStatus() {
		Account admin = signUp();
		Work work = work(admin);
		String draft = logged(admin, entry(work.sowId(), "2026-11-30", 60)).get("id").asString();
		String submitted = logged(admin, with(entry(work.sowId(), "2026-12-01", 60), "status", "SUBMITTED")).get("id")
			.asString();
		MvcTestResult twice = postJson(ENTRIES + "/submit", admin, Map.of("ids", List.of(draft, submitted)));
		assertThat(twice).hasStatus(409);
		assertThat(body(twice).get("detail").asString()).contains(submitted + " is SUBMITTED").doesNotContain(draft);
		assertThat(body(get(ENTRIES + "/" + draft, admin)).get("status").asString()).isEqualTo("DRAFT");
		assertThat(postJson(ENTRIES + "/approve", admin, Map.of("ids", List.of(submitted, UUID.randomUUID()))))
			.hasStatus(404);
		assertThat(body(get(ENTRIES + "/" + submitted, admin)).get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(problemFields(postJson(ENTRIES + "/approve", admin, Map.of()))).containsExactly("ids");
	}

	@Test
	void onlyAnAdminLogsOrChangesSomeoneElsesTime() {
		Account admin = signUp();
		Work work = work(admin);
		Account creative = createUser(admin, "CREATIVE");
		assertThat(problemFields(
				postJson(ENTRIES, creative, with(entry(work.sowId(), "2026-11-30", 60), "userId", admin.userId()))))
			.containsExactly("userId");
		JsonNode theirs = logged(admin, with(entry(work.sowId(), "2026-11-30", 60), "userId", creative.userId()));
		assertThat(theirs.get("userId").asString()).isEqualTo(creative.userId().toString());
		// Not on the designation's team: no role, so no rate; the time is still logged.
		assertThat(theirs.get("role").isNull()).isTrue();
		assertThat(theirs.get("rate").isNull()).isTrue();
		String mine = logged(admin, entry(work.sowId(), "2026-12-01", 60)).get("id").asString();
		assertThat(putJson(ENTRIES + "/" + mine, creative, with(entry(work.sowId(), "2026-12-01", 30), "version", 0)))
			.hasStatus(403);
		assertThat(delete(ENTRIES + "/" + mine, creative)).hasStatus(403);
		assertThat(problemFields(
				postJson(ENTRIES, admin, with(entry(work.sowId(), "2026-11-30", 60), "userId", UUID.randomUUID()))))
			.containsExactly("userId");
		assertThat(problemFields(
				postJson(ENTRIES, creative, with(entry(work.sowId(), "2026-11-30", 60), "status", "APPROVED"))))
			.containsExactly("status");
	}

	@Test
	void aDraftIsDeletedForGoodAndTheDeletionIsAudited() {
		Account admin = signUp();
		Work work = work(admin);
		String id = logged(admin, entry(work.sowId(), "2026-11-30", 60)).get("id").asString();
		assertThat(delete(ENTRIES + "/" + id, admin)).hasStatus(204);
		assertThat(get(ENTRIES + "/" + id, admin)).hasStatus(404);
		assertThat(text(get("/api/v1/audit?entityId=" + id, admin))).contains("\"DELETED\"").contains("\"CREATED\"");
	}

	@Test
	void anEntryKeepsItsRateAfterTheRateCardChanges() {
		Account admin = signUp();
		Work work = work(admin);
		String id = logged(admin, entry(work.sowId(), "2026-11-30", 60)).get("id").asString();
		JsonNode card = body(get("/api/v1/rate-cards/" + work.rateCardId(), admin));
		Map<String, Object> raised = new java.util.LinkedHashMap<>();
		raised.put("name", "Standard");
		raised.put("currency", "USD");
		raised.put("effectiveFrom", "2026-01-01");
		raised.put("effectiveTo", null);
		raised.put("default", true);
		raised.put("rates", List.of(Map.of("role", "Designer", "hourlyRate", usd("200.00"))));
		raised.put("version", card.get("version").asLong());
		MvcTestResult changed = putJson("/api/v1/rate-cards/" + work.rateCardId(), admin, raised);
		assertThat(changed).as(text(changed)).hasStatus(200);
		assertThat(body(get(ENTRIES + "/" + id, admin)).get("rate")).isEqualTo(this.json.valueToTree(usd("126.00")));
		assertThat(logged(admin, entry(work.sowId(), "2026-12-01", 60)).get("rate"))
			.isEqualTo(this.json.valueToTree(usd("180.00")));
	}

	@Test
	void aRuleChangeRoundsTheSowsUnapprovedTimeAgainAndApprovedTimeKeepsItsMinutes() {
		Account admin = signUp();
		Work work = work(admin);
		String rules = "/api/v1/sows/" + work.sowId() + "/time-rules";
		JsonNode none = body(get(rules, admin));
		assertThat(none.get("roundingIncrement").asInt()).isZero();
		assertThat(none.get("version").asLong()).isZero();
		String draft = logged(admin, entry(work.sowId(), "2026-11-30", 7)).get("id").asString();
		String approved = logged(admin, with(entry(work.sowId(), "2026-12-01", 7), "status", "APPROVED")).get("id")
			.asString();
		assertThat(problemFields(putJson(rules, admin, Map.of("roundingIncrement", 10, "version", 0))))
			.containsExactly("roundingIncrement");
		MvcTestResult set = putJson(rules, admin, Map.of("roundingIncrement", 15, "roundingMode", "UP", "version", 0));
		assertThat(set).as(text(set)).hasStatus(200);
		assertThat(body(set).get("version").asLong()).isEqualTo(1);
		assertThat(putJson(rules, admin, Map.of("roundingIncrement", 6, "roundingMode", "UP", "version", 0)))
			.hasStatus(409);
		JsonNode rounded = body(get(ENTRIES + "/" + draft, admin));
		assertThat(rounded.get("minutes").asInt()).isEqualTo(7);
		assertThat(rounded.get("roundedMinutes").asInt()).isEqualTo(15);
		assertThat(body(get(ENTRIES + "/" + approved, admin)).get("roundedMinutes").asInt()).isEqualTo(7);
		assertThat(logged(admin, entry(work.sowId(), "2026-12-02", 16)).get("roundedMinutes").asInt()).isEqualTo(30);
		assertThat(putJson(rules, createUser(admin, "VIEWER"),
				Map.of("roundingIncrement", 6, "roundingMode", "UP", "version", 1)))
			.hasStatus(403);
		assertThat(text(get("/api/v1/audit?entityId=" + work.sowId() + "&entityType=SowTimeRule", admin)))
			.contains("roundingIncrement");
	}

	@Test
	void theListFiltersByDatesPersonClientSowAndStatusAndPages() {
		Account admin = signUp();
		Work work = work(admin);
		Account creative = createUser(admin, "CREATIVE");
		logged(admin, entry(work.sowId(), "2026-11-02", 60));
		logged(admin, entry(work.sowId(), "2026-11-15", 60));
		logged(admin, with(entry(work.sowId(), "2026-11-30", 60), "status", "SUBMITTED"));
		logged(creative, entry(work.sowId(), "2026-11-16", 30));
		JsonNode all = body(get(ENTRIES + "?size=2", admin));
		assertThat(all.get("total").asLong()).isEqualTo(4);
		assertThat(all.get("items")).hasSize(2);
		assertThat(all.get("items").get(0).get("date").asString()).isEqualTo("2026-11-30");
		assertThat(body(get(ENTRIES + "?size=2&page=1", admin)).get("items").get(1).get("date").asString())
			.isEqualTo("2026-11-02");
		assertThat(body(get(ENTRIES + "?from=2026-11-15&to=2026-11-16", admin)).get("total").asLong()).isEqualTo(2);
		assertThat(body(get(ENTRIES + "?userId=" + creative.userId(), admin)).get("total").asLong()).isEqualTo(1);
		assertThat(
				body(get(ENTRIES + "?status=SUBMITTED&clientId=" + work.clientId() + "&sowId=" + work.sowId(), admin))
					.get("total")
					.asLong())
			.isEqualTo(1);
		assertThat(body(get(ENTRIES + "?clientId=" + UUID.randomUUID(), admin)).get("total").asLong()).isZero();
		assertThat(get(ENTRIES + "?size=501", admin)).hasStatus(422);
		assertThat(get(ENTRIES + "?from=yesterday", admin)).hasStatus(400);
	}

	@Test
	void theExportStreamsEveryMatchingRowAsCsvOrXlsx() {
		Account admin = signUp();
		Work work = work(admin);
		logged(admin, with(entry(work.sowId(), "2026-11-30", 90), "note", "=HYPERLINK(\"http://x\")"));
		logged(admin, entry(work.sowId(), "2026-12-01", 45));
		logged(admin, entry(work.sowId(), "2026-10-01", 30));
		MvcTestResult csv = get(ENTRIES + "/export?format=csv&from=2026-11-01", admin);
		assertThat(csv).hasStatus(200);
		assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
		assertThat(csv.getResponse().getHeader("Content-Disposition")).contains("time-entries-");
		String content = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		List<String> lines = content.lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).startsWith("\uFEFFDate,Person,Client,SOW,Campaign,Task,Hours,Minutes");
		assertThat(lines.get(1)).startsWith("2026-12-01,Ada Admin,")
			.contains(",0.75,45,45,true,DRAFT,Designer,126.00,USD");
		assertThat(lines.get(2)).startsWith("2026-11-30,").contains(",1.50,90,90,").contains("'=HYPERLINK");
		MvcTestResult xlsx = get(ENTRIES + "/export?format=xlsx", admin);
		assertThat(xlsx).hasStatus(200);
		byte[] bytes = xlsx.getResponse().getContentAsByteArray();
		assertThat(new String(bytes, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
		assertThat(get(ENTRIES + "/export?format=pdf", admin)).hasStatus(422);
	}

	@Test
	void aWeekIsSavedAtOnceFromItsCells() {
		Account admin = signUp();
		Work work = work(admin);
		UUID[] campaign = campaignWithTask(admin, work.clientId(), work.sowId(), "Launch");
		String sheet = "/api/v1/timesheets/" + admin.userId() + "/2026-W49";
		Map<String, Object> sowRow = row(work.sowId(), null, null, true, "1.5", "1:30", "90m", "", "", "", "");
		Map<String, Object> taskRow = row(null, null, campaign[1], false, "8", "", "", "", "", "", "");
		MvcTestResult saved = putJson(sheet, admin, Map.of("rows", List.of(sowRow, taskRow)));
		assertThat(saved).as(text(saved)).hasStatus(200);
		assertThat(body(saved).get("logged").asInt()).isEqualTo(4);
		JsonNode week = body(get(ENTRIES + "?from=2026-11-30&to=2026-12-06&sort=date,asc", admin));
		assertThat(week.get("total").asLong()).isEqualTo(4);
		assertThat(week.get("items").get(0).get("minutes").asInt()).isIn(90, 480);

		Map<String, Object> changed = row(work.sowId(), null, null, true, "2", "", "90m", "", "", "", "");
		JsonNode again = body(putJson(sheet, admin, Map.of("rows", List.of(changed, taskRow))));
		assertThat(again.get("changed").asInt()).isEqualTo(1);
		assertThat(again.get("deleted").asInt()).isEqualTo(1);
		assertThat(again.get("logged").asInt()).isZero();

		Map<String, Object> tooMuch = row(work.sowId(), null, null, false, "17", "", "", "", "", "", "x");
		MvcTestResult refused = putJson(sheet, admin, Map.of("rows", List.of(changed, taskRow, tooMuch)));
		assertThat(problemFields(refused)).containsExactlyInAnyOrder("rows[2].hours[6]", "rows[2].hours[0]");
		assertThat(body(get(ENTRIES + "?from=2026-11-30&to=2026-12-06", admin)).get("total").asLong()).isEqualTo(3);

		assertThat(body(postJson(sheet + "/submit", admin, Map.of())).get("submitted").asInt()).isEqualTo(3);
		assertThat(putJson("/api/v1/timesheets/" + admin.userId() + "/next-week", admin, Map.of("rows", List.of())))
			.hasStatus(422);
		assertThat(putJson(sheet, createUser(admin, "CREATIVE"), Map.of("rows", List.of()))).hasStatus(403);
	}

	@Test
	void aTimerRunsOnTheServerOneAtATimeAndStoppingLogsADraftForToday() {
		Account admin = signUp();
		Work work = work(admin);
		assertThat(body(get("/api/v1/timer", admin)).get("running").asBoolean()).isFalse();
		MvcTestResult started = postJson("/api/v1/timer/start", admin,
				Map.of("sowId", work.sowId(), "note", "Pitch deck"));
		assertThat(started).as(text(started)).hasStatus(200);
		assertThat(body(get("/api/v1/timer", admin)).get("running").asBoolean()).isTrue();
		assertThat(postJson("/api/v1/timer/start", admin, Map.of("sowId", work.sowId()))).hasStatus(409);
		JsonNode entry = body(postJson("/api/v1/timer/stop", admin, Map.of()));
		assertThat(entry.get("minutes").asInt()).isEqualTo(1);
		assertThat(entry.get("status").asString()).isEqualTo("DRAFT");
		assertThat(entry.get("note").asString()).isEqualTo("Pitch deck");
		assertThat(body(get("/api/v1/timer", admin)).get("running").asBoolean()).isFalse();
		assertThat(postJson("/api/v1/timer/stop", admin, Map.of())).hasStatus(404);
		assertThat(problemFields(postJson("/api/v1/timer/start", admin, Map.of()))).containsExactly("sowId");
	}

	private static Map<String, Object> row(UUID sowId, UUID campaignId, UUID taskId, boolean billable,
			String... hours) {
		Map<String, Object> row = new java.util.LinkedHashMap<>();
		row.put("sowId", sowId);
		row.put("campaignId", campaignId);
		row.put("taskId", taskId);
		row.put("billable", billable);
		row.put("hours", List.of(hours));
		return row;
	}

}
