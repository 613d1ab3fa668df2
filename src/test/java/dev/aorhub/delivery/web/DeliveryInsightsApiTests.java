package dev.aorhub.delivery.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.AgencyRecordsTestSupport;
import dev.aorhub.shared.Ids;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retainer burn, resourcing, the time report and capacity through the API, on time
 * entries written straight to the table (how they are made is the time API's test).
 */
class DeliveryInsightsApiTests extends AgencyRecordsTestSupport {

	@Autowired
	private JdbcClient jdbc;

	private Account admin;

	private UUID clientId;

	private UUID designationId;

	private UUID sowId;

	@BeforeEach
	void agency() {
		this.admin = signUp();
		this.clientId = client(this.admin, "Northwind Outfitters");
		this.designationId = designation(this.admin, this.clientId, "Creative", "2025-01-01", "2028-12-31", "500000",
				"USD");
		UUID msaId = msa(this.admin, this.clientId, "2025-01-01", "2028-12-31", "SIGNED");
		Map<String, Object> sow = new LinkedHashMap<>();
		sow.put("msaId", msaId);
		sow.put("designationId", this.designationId);
		sow.put("title", "Always-on content");
		sow.put("startDate", "2026-09-01");
		sow.put("endDate", "2027-08-31");
		sow.put("budget", Map.of("amount", "96000.00", "currency", "USD"));
		sow.put("budgetHours", 480);
		sow.put("fees",
				List.of(Map.of("type", "RETAINER", "monthlyFee", Map.of("amount", "8000.00", "currency", "USD"),
						"includedHours", 40, "rollover", "NEXT_MONTH", "overageRate",
						Map.of("amount", "150.00", "currency", "USD"))));
		this.sowId = approved(this.admin, created("/api/v1/sows", this.admin, sow));
	}

	@Test
	void thirtyApprovedBillableHoursInSeptemberRollTenIntoOctober() {
		for (int day = 1; day <= 6; day++) {
			entry(LocalDate.of(2026, 9, day), 300, true, "APPROVED");
		}
		entry(LocalDate.of(2026, 9, 8), 600, true, "DRAFT");
		entry(LocalDate.of(2026, 9, 9), 300, false, "APPROVED");

		JsonNode september = body(get(burn("2026-09"), this.admin));
		assertThat(september.get("month").asString()).isEqualTo("2026-09");
		assertThat(september.get("includedHours").decimalValue()).isEqualByComparingTo("40");
		assertThat(september.get("usedHours").decimalValue()).isEqualByComparingTo("30");
		assertThat(september.get("remainingHours").decimalValue()).isEqualByComparingTo("10");

		JsonNode october = body(get(burn("2026-10"), this.admin));
		assertThat(october.get("rolloverInHours").decimalValue()).isEqualByComparingTo("10");
		assertThat(october.get("availableHours").decimalValue()).isEqualByComparingTo("50");
		assertThat(october.get("usedHours").decimalValue()).isEqualByComparingTo("0");
		assertThat(october.get("overageHours").decimalValue()).isEqualByComparingTo("0");
	}

	@Test
	void overageIsWhatWentBeyondTheAvailableHours() {
		for (int day = 1; day <= 9; day++) {
			entry(LocalDate.of(2026, 9, day), 300, true, "APPROVED");
		}
		JsonNode september = body(get(burn("2026-09"), this.admin));
		assertThat(september.get("usedHours").decimalValue()).isEqualByComparingTo("45");
		assertThat(september.get("remainingHours").decimalValue()).isEqualByComparingTo("0");
		assertThat(september.get("overageHours").decimalValue()).isEqualByComparingTo("5");
		assertThat(september.get("percentUsed").asInt()).isEqualTo(112);
	}

	@Test
	void aBadMonthIsNamedAndAnotherWorkspacesSowIsNotFound() {
		MvcTestResult malformed = get(burn("2026-13"), this.admin);
		assertThat(malformed).hasStatus(422);
		assertThat(problemFields(malformed)).containsExactly("month");
		MvcTestResult outside = get(burn("2025-01"), this.admin);
		assertThat(outside).hasStatus(422);
		assertThat(text(outside)).contains("outside the SOW's term");

		assertThat(get(burn("2026-09"), signUp())).hasStatus(404);
		UUID fixedFeeSow = approved(this.admin,
				sow(this.admin, msa(this.admin, this.clientId, "2026-01-01", "2026-12-31", "SIGNED"), "Launch",
						"2026-02-01", "2026-11-30"));
		MvcTestResult noRetainer = get("/api/v1/sows/" + fixedFeeSow + "/retainer-burn", this.admin);
		assertThat(noRetainer).hasStatus(404);
		assertThat(text(noRetainer)).contains("has no retainer fee");
	}

	@Test
	void anAorWhoseTeamWorkedBelowNinetyPercentOfTheCommitmentIsFlaggedWithThePeopleNamed() {
		Account tom = createUser(this.admin, "CREATIVE");
		member(this.admin, this.designationId, this.admin.userId(), 50);
		member(this.admin, this.designationId, tom.userId(), 25);
		JsonNode before = body(get("/api/v1/designations/" + this.designationId + "/resourcing", this.admin));
		LocalDate from = LocalDate.parse(before.get("from").asString());
		assertThat(before.get("weeks").asInt()).isEqualTo(4);
		// 20 weekdays × 8 hours: 50% is 80 hours, 25% is 40.
		assertThat(before.get("committedHours").decimalValue()).isEqualByComparingTo("120");

		// The admin is away one Wednesday (76 committed) and works 60 hours; Tom works
		// his 40.
		assertThat(postJson("/api/v1/time-off", this.admin, Map.of("startDate", from.plusDays(2).toString(), "endDate",
				from.plusDays(2).toString(), "reason", "Training")))
			.hasStatus(201);
		for (int day = 0; day < 10; day++) {
			LocalDate date = from.plusDays(day + ((day >= 5) ? 2 : 0));
			entry(this.admin.userId(), date, 360, true, "APPROVED");
			entry(tom.userId(), date, 240, true, "SUBMITTED");
		}

		JsonNode resourcing = body(get("/api/v1/designations/" + this.designationId + "/resourcing", this.admin));
		assertThat(resourcing.get("committedHours").decimalValue()).isEqualByComparingTo("116");
		assertThat(resourcing.get("workedHours").decimalValue()).isEqualByComparingTo("100");
		assertThat(resourcing.get("gapHours").decimalValue()).isEqualByComparingTo("16");
		assertThat(resourcing.get("underResourced").asBoolean()).isTrue();
		JsonNode first = resourcing.get("people").get(0);
		assertThat(first.get("userId").asString()).isEqualTo(this.admin.userId().toString());
		assertThat(first.get("committedHours").decimalValue()).isEqualByComparingTo("76");
		assertThat(first.get("workedHours").decimalValue()).isEqualByComparingTo("60");
		assertThat(first.get("underResourced").asBoolean()).isTrue();
		assertThat(resourcing.get("people").get(1).get("underResourced").asBoolean()).isFalse();

		assertThat(get("/api/v1/designations/" + this.designationId + "/resourcing?weeks=0", this.admin))
			.hasStatus(422);
		assertThat(get("/api/v1/designations/" + this.designationId + "/resourcing", signUp())).hasStatus(404);
		String page = html("/resourcing", this.admin);
		assertThat(page).contains("Under-resourced").contains("Northwind Outfitters");
	}

	@Test
	void theTimeReportGroupsByTheKeysInOrderAndExportsTheSameRows() {
		Account tom = createUser(this.admin, "CREATIVE");
		entry(LocalDate.of(2026, 10, 5), 90, true, "APPROVED");
		entry(LocalDate.of(2026, 10, 6), 30, false, "DRAFT");
		entry(tom.userId(), LocalDate.of(2026, 10, 6), 120, true, "SUBMITTED");
		entry(LocalDate.of(2026, 11, 2), 60, true, "APPROVED");

		JsonNode report = body(
				get("/api/v1/reports/time?from=2026-10-01&to=2026-10-31&groupBy=client,sow,user", this.admin));
		assertThat(report.get("totalMinutes").asLong()).isEqualTo(240);
		assertThat(report.get("totalBillableMinutes").asLong()).isEqualTo(210);
		assertThat(report.get("rows")).hasSize(2);
		JsonNode row = report.get("rows").get(0);
		assertThat(row.get("clientName").asString()).isEqualTo("Northwind Outfitters");
		assertThat(row.has("sowId")).isTrue();
		assertThat(row.has("month")).isFalse();

		JsonNode byMonth = body(get("/api/v1/reports/time?from=2026-10-01&to=2026-11-30&groupBy=month", this.admin));
		assertThat(byMonth.get("rows")).hasSize(2);
		assertThat(byMonth.get("rows").get(0).get("month").asString()).isEqualTo("2026-10");
		assertThat(byMonth.get("rows").get(1).get("minutes").asLong()).isEqualTo(60);
		assertThat(byMonth.get("rows").get(0).has("clientId")).isFalse();

		MvcTestResult csv = get("/api/v1/reports/time?from=2026-10-01&to=2026-10-31&groupBy=user&format=csv",
				this.admin);
		assertThat(csv).hasStatus(200);
		assertThat(text(csv)).contains("Person").contains("Utilisation %").contains("2.00");

		MvcTestResult bad = get("/api/v1/reports/time?groupBy=client,planet", this.admin);
		assertThat(bad).hasStatus(422);
		assertThat(problemFields(bad)).containsExactly("groupBy");
		assertThat(get("/api/v1/reports/time?from=2026-10-31&to=2026-10-01", this.admin)).hasStatus(422);
		assertThat(body(get("/api/v1/reports/time?from=2026-10-01&to=2026-10-31", signUp())).get("rows")).isEmpty();
	}

	@Test
	void anAdminSetsWeeklyHoursAndPeopleRecordTheirOwnTimeOff() {
		Account tom = createUser(this.admin, "CREATIVE");
		JsonNode before = body(get("/api/v1/staff-capacity/" + tom.userId(), this.admin));
		assertThat(before.get("hoursPerWeek").decimalValue()).isEqualByComparingTo("40");

		assertThat(putJson("/api/v1/staff-capacity/" + tom.userId(), this.admin, Map.of("hoursPerWeek", "32")))
			.hasStatus(200);
		assertThat(body(get("/api/v1/staff-capacity/" + tom.userId(), tom)).get("hoursPerWeek").decimalValue())
			.isEqualByComparingTo("32");
		assertThat(putJson("/api/v1/staff-capacity/" + tom.userId(), tom, Map.of("hoursPerWeek", "20"))).hasStatus(403);
		MvcTestResult tooMany = putJson("/api/v1/staff-capacity/" + tom.userId(), this.admin,
				Map.of("hoursPerWeek", "81"));
		assertThat(tooMany).hasStatus(422);
		assertThat(problemFields(tooMany)).containsExactly("hoursPerWeek");
		assertThat(putJson("/api/v1/staff-capacity/" + tom.userId(), this.admin,
				Map.of("hoursPerWeek", "30", "version", 7)))
			.hasStatus(409);
		assertThat(get("/api/v1/staff-capacity/" + tom.userId(), signUp())).hasStatus(404);

		MvcTestResult own = postJson("/api/v1/time-off", tom,
				Map.of("startDate", "2026-12-21", "endDate", "2026-12-24", "reason", "Holiday"));
		assertThat(own).hasStatus(201);
		String id = body(own).get("id").asString();
		assertThat(body(get("/api/v1/time-off/" + id, this.admin)).get("userId").asString())
			.isEqualTo(tom.userId().toString());
		MvcTestResult backwards = postJson("/api/v1/time-off", tom,
				Map.of("startDate", "2026-12-24", "endDate", "2026-12-21"));
		assertThat(backwards).hasStatus(422);
		assertThat(problemFields(backwards)).containsExactly("endDate");
		assertThat(postJson("/api/v1/time-off", tom,
				Map.of("userId", this.admin.userId(), "startDate", "2026-12-21", "endDate", "2026-12-21")))
			.hasStatus(403);
		assertThat(get("/api/v1/time-off/" + id, signUp())).hasStatus(404);
		assertThat(delete("/api/v1/time-off/" + id, tom)).hasStatus(204);
		assertThat(get("/api/v1/time-off/" + id, this.admin)).hasStatus(404);

		JsonNode audit = body(get("/api/v1/audit?size=50", this.admin));
		assertThat(audit.toString()).contains("StaffCapacity").contains("TimeOff");
	}

	private String burn(String month) {
		return "/api/v1/sows/" + this.sowId + "/retainer-burn?month=" + month;
	}

	private void entry(LocalDate date, int minutes, boolean billable, String status) {
		entry(this.admin.userId(), date, minutes, billable, status);
	}

	private void entry(UUID userId, LocalDate date, int minutes, boolean billable, String status) {
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.sql("""
				INSERT INTO time_entry (workspace_id, id, user_id, entry_date, minutes, rounded_minutes, client_id,
				                        sow_id, billable, status, created_at, updated_at, version)
				VALUES (:workspaceId, :id, :userId, :date, :minutes, :minutes, :clientId, :sowId, :billable, :status,
				        :now, :now, 0)
				""")
			.param("workspaceId", this.admin.workspaceId())
			.param("id", Ids.newId())
			.param("userId", userId)
			.param("date", date)
			.param("minutes", minutes)
			.param("clientId", this.clientId)
			.param("sowId", this.sowId)
			.param("billable", billable)
			.param("status", status)
			.param("now", now)
			.update();
	}

}
