package dev.aorhub.delivery.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.aorhub.SqlStatementCounter;
import dev.aorhub.SqlStatementCounter.Counted;
import dev.aorhub.delivery.TimeEntriesApproved;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time pages: the timesheet reads its week's entries in one statement and saves from
 * its form, the approvals queue approves what is selected, the rule form changes a SOW's
 * rounding, and a viewer reads the pages without a control it could not use.
 */
@Import(SqlStatementCounter.Configuration.class)
@RecordApplicationEvents
class TimePagesTests extends TimeApiTestSupport {

	private static final Pattern POSTING_FORM = Pattern.compile("<form\\b[^>]*method=\"post\"[^>]*>");

	@Autowired
	private SqlStatementCounter counter;

	@Autowired
	private ApplicationEvents events;

	@Test
	void theTimesheetReadsItsWeekInOneStatementWhateverTheNumberOfEntries() {
		Account admin = signUp();
		Work work = work(admin);
		logged(admin, entry(work.sowId(), "2026-11-30", 60));
		getPage("/time?week=2026-W49", admin);
		Counted<MvcTestResult> two = this.counter.count(() -> getPage("/time?week=2026-W49", admin));
		for (String day : List.of("2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05")) {
			logged(admin, entry(work.sowId(), day, 30));
			logged(admin, with(entry(work.sowId(), day, 45), "billable", false));
		}
		Counted<MvcTestResult> eleven = this.counter.count(() -> getPage("/time?week=2026-W49", admin));
		assertThat(eleven.result()).hasStatus(200);
		assertThat(eleven.count()).as(eleven.listing()).isEqualTo(two.count());
		assertThat(eleven.statements()).as(eleven.listing())
			.filteredOn((sql) -> sql.toLowerCase(java.util.Locale.ROOT).contains("from time_entry"))
			.hasSize(1);
		String html = text(eleven.result());
		assertThat(html).contains("Timesheet").contains("Non-billable").contains("Week 49");
	}

	@Test
	void theTimesheetFormSavesTheWeekAndNamesABadCellBesideIt() {
		Account admin = signUp();
		Work work = work(admin);
		String key = work.sowId() + "||" + "|1";
		Map<String, String> form = new LinkedHashMap<>();
		form.put("week", "2026-W49");
		form.put("action", "save");
		form.put("row", key);
		form.put("h-0-0", "1:30");
		form.put("h-0-1", "2");
		MvcTestResult saved = postForm("/time", admin, form);
		assertThat(saved).hasStatus(302);
		assertThat(body(get("/api/v1/time-entries?from=2026-11-30&to=2026-12-06", admin)).get("total").asLong())
			.isEqualTo(2);
		form.put("h-0-2", "soon");
		MvcTestResult refused = postForm("/time", admin, form);
		assertThat(refused).hasStatus(200);
		assertThat(text(refused)).contains("must be hours such as 1.5, 1:30 or 90m").contains("value=\"soon\"");
		form.remove("h-0-2");
		form.put("action", "submit");
		assertThat(postForm("/time", admin, form)).hasStatus(302);
		String page = text(getPage("/time?week=2026-W49", admin));
		assertThat(page).contains("Submitted").doesNotContain("name=\"h-0-0\"");
		// The next week copies the rows, with empty cells.
		String next = text(getPage("/time?week=2026-W50&copy=true", admin));
		assertThat(next).contains("name=\"row\" value=\"" + key + "\"")
			.contains("name=\"h-0-0\" id=\"h-0-0\" value=\"\"");
	}

	@Test
	void theApprovalsQueueApprovesTheSelectedEntries() {
		Account admin = signUp();
		Work work = work(admin);
		Account lead = createUser(admin, "ACCOUNT");
		JsonNode one = logged(admin, with(entry(work.sowId(), "2026-11-30", 60), "status", "SUBMITTED"));
		JsonNode two = logged(admin, with(entry(work.sowId(), "2026-12-01", 60), "status", "SUBMITTED"));
		String queue = text(getPage("/time/approvals", lead));
		assertThat(queue).contains("Ada Admin").contains("Approve selected").doesNotContain("Reopen selected");
		assertThat(postForm("/time/approvals/approve", lead, Map.of("ids", one.get("id").asString()))).hasStatus(302);
		assertThat(body(get("/api/v1/time-entries/" + one.get("id").asString(), admin)).get("status").asString())
			.isEqualTo("APPROVED");
		assertThat(body(get("/api/v1/time-entries/" + two.get("id").asString(), admin)).get("status").asString())
			.isEqualTo("SUBMITTED");
		assertThat(text(getPage("/time/approvals", admin))).contains("Reopen selected");
		assertThat(postForm("/time/approvals/reopen", admin, Map.of("ids", one.get("id").asString()))).hasStatus(302);
		assertThat(body(get("/api/v1/time-entries/" + one.get("id").asString(), admin)).get("status").asString())
			.isEqualTo("APPROVED");
		assertThat(postForm("/time/approvals/reopen", admin,
				Map.of("ids", one.get("id").asString(), "reason", "Logged on the wrong SOW")))
			.hasStatus(302);
		assertThat(body(get("/api/v1/time-entries/" + one.get("id").asString(), admin)).get("status").asString())
			.isEqualTo("DRAFT");
		assertThat(
				postForm("/time/approvals/reopen", lead, Map.of("ids", two.get("id").asString(), "reason", "Because")))
			.hasStatus(403);
		assertThat(getPage("/time/approvals", createUser(admin, "FINANCE"))).hasStatus(403);
	}

	@Test
	void theRuleFormChangesASowsRounding() {
		Account admin = signUp();
		Work work = work(admin);
		String path = "/time/sows/" + work.sowId() + "/rules";
		assertThat(text(getPage(path, admin))).contains("Time rounding").contains("No rounding");
		MvcTestResult saved = postForm(path, admin,
				Map.of("roundingIncrement", "6", "roundingMode", "NEAREST", "version", "0"));
		assertThat(saved).hasStatus(302);
		assertThat(body(get("/api/v1/sows/" + work.sowId() + "/time-rules", admin)).get("roundingIncrement").asInt())
			.isEqualTo(6);
		MvcTestResult refused = postForm(path, admin, Map.of("roundingIncrement", "10", "version", "1"));
		assertThat(text(refused)).contains("must be 0 (none), 6, 15 or 30 minutes");
	}

	@Test
	void aViewerReadsTheTimePagesWithoutAControlItCannotUse() {
		Account admin = signUp();
		Work work = work(admin);
		logged(admin, entry(work.sowId(), "2026-11-30", 60));
		Account viewer = createUser(admin, "VIEWER");
		for (String path : List.of("/time?week=2026-W49", "/time/entries")) {
			MvcTestResult page = getPage(path, viewer);
			assertThat(page).as(path).hasStatus(200);
			assertThat(POSTING_FORM.matcher(text(page))
				.results()
				.map(java.util.regex.MatchResult::group)
				.filter((f) -> !f.contains("/logout"))
				.toList()).as(path).isEmpty();
		}
		assertThat(text(getPage("/time/entries", viewer))).contains("Ada Admin").contains("1:00");
		assertThat(getPage("/time/approvals", viewer)).hasStatus(403);
		assertThat(getPage("/time/sows/" + work.sowId() + "/rules", viewer)).hasStatus(403);
		assertThat(postForm("/time", viewer, Map.of("week", "2026-W49"))).hasStatus(403);
		MvcTestResult export = getPage("/time/entries/export?format=csv", viewer);
		assertThat(export).hasStatus(200);
		assertThat(text(export)).contains("Ada Admin");
	}

	@Test
	void approvingTenEntriesTakesTheSameStatementsOnTimeEntriesAsTwoAndPublishesOneEvent() {
		Account admin = signUp();
		Work work = work(admin);
		List<String> two = submitted(admin, work, 2);
		List<String> ten = submitted(admin, work, 10);
		Counted<MvcTestResult> small = this.counter
			.count(() -> postJson("/api/v1/time-entries/approve", admin, Map.of("ids", two)));
		Counted<MvcTestResult> large = this.counter
			.count(() -> postJson("/api/v1/time-entries/approve", admin, Map.of("ids", ten)));
		assertThat(body(large.result()).get("approved").asInt()).isEqualTo(10);
		// One query loads them, one statement moves them, however many they are.
		assertThat(onTimeEntries(large)).as(large.listing()).hasSize(2).isEqualTo(onTimeEntries(small));
		// Each entry's approval is audited; billing hears of the batch once.
		assertThat(large.statements()).filteredOn((sql) -> sql.startsWith("INSERT INTO audit_event")).hasSize(10);
		List<TimeEntriesApproved> approved = this.events.stream(TimeEntriesApproved.class).toList();
		assertThat(approved).hasSize(2);
		assertThat(approved.get(1).timeEntryIds()).hasSize(10);
		assertThat(approved.get(1).sowIds()).containsExactly(work.sowId());
	}

	private List<String> submitted(Account admin, Work work, int count) {
		List<String> ids = new java.util.ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(logged(admin,
					with(entry(work.sowId(), "2026-11-" + String.format("%02d", 2 + i), 30), "status", "SUBMITTED"))
				.get("id")
				.asString());
		}
		return ids;
	}

	private static List<String> onTimeEntries(Counted<MvcTestResult> counted) {
		return counted.statements()
			.stream()
			.filter((sql) -> sql.toLowerCase(java.util.Locale.ROOT).contains("time_entry"))
			.map((sql) -> sql.replaceAll("\\?(, \\?)*", "?"))
			.toList();
	}

	@Test
	void aSowOfAnotherWorkspaceHasNoRulePage() {
		Account admin = signUp();
		Work work = work(admin);
		assertThat(getPage("/time/sows/" + work.sowId() + "/rules", signUp())).hasStatus(404);
		assertThat(getPage("/time/sows/" + UUID.randomUUID() + "/rules", admin)).hasStatus(404);
	}

}
