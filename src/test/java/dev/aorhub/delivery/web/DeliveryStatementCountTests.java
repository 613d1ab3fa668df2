package dev.aorhub.delivery.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import dev.aorhub.AgencyRecordsTestSupport;
import dev.aorhub.SqlStatementCounter;
import dev.aorhub.SqlStatementCounter.Counted;
import dev.aorhub.shared.Ids;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many SQL statements retainer burn, resourcing and the time report run: the same for
 * many designations, people and months as for few, so a query per row fails the build.
 * The counter and the properties are those of the contracts' count, so both share one
 * test context.
 */
@Import(SqlStatementCounter.Configuration.class)
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class DeliveryStatementCountTests extends AgencyRecordsTestSupport {

	@Autowired
	private SqlStatementCounter counter;

	@Autowired
	private JdbcClient jdbc;

	private Account admin;

	private UUID clientId;

	private UUID msaId;

	@BeforeEach
	void agency() {
		this.admin = signUp();
		this.clientId = client(this.admin, "Counted Outfitters");
		this.msaId = msa(this.admin, this.clientId, "2025-01-01", "2028-12-31", "SIGNED");
	}

	@Test
	void resourcingAndTheTimeReportRunAsManyStatementsForSixDesignationsAsForTwo() {
		List<String> categories = List.of("Creative", "Social", "Strategy", "Search", "Analytics", "PR");
		for (int i = 0; i < 2; i++) {
			staffedDesignationWithTime(categories.get(i), 2);
		}
		// One of each first: the first page of a session also reads what it caches.
		getPage("/resourcing", this.admin);
		Counted<MvcTestResult> agencySmall = count(() -> get("/api/v1/resourcing", this.admin));
		Counted<MvcTestResult> reportSmall = count(() -> get(
				"/api/v1/reports/time?from=2026-09-01&to=2026-11-30&groupBy=client,sow,user,month", this.admin));
		Counted<MvcTestResult> pageSmall = count(() -> getPage("/resourcing", this.admin));
		for (int i = 2; i < 6; i++) {
			staffedDesignationWithTime(categories.get(i), 3);
		}
		Counted<MvcTestResult> agencyLarge = count(() -> get("/api/v1/resourcing", this.admin));
		Counted<MvcTestResult> reportLarge = count(() -> get(
				"/api/v1/reports/time?from=2026-09-01&to=2026-11-30&groupBy=client,sow,user,month", this.admin));
		Counted<MvcTestResult> pageLarge = count(() -> getPage("/resourcing", this.admin));

		assertThat(body(agencyLarge.result())).hasSize(6);
		assertThat(agencyLarge.count()).as(agencyLarge.listing()).isEqualTo(agencySmall.count());
		// the token, the commitments, weekly hours, time off, the worked hours
		assertThat(agencyLarge.count()).as(agencyLarge.listing()).isLessThanOrEqualTo(5);
		assertThat(reportLarge.count()).as(reportLarge.listing()).isEqualTo(reportSmall.count());
		// the token, the aggregate, then weekly hours and time off for utilisation
		assertThat(reportLarge.count()).as(reportLarge.listing()).isLessThanOrEqualTo(4);
		assertThat(pageLarge.count()).as(pageLarge.listing()).isEqualTo(pageSmall.count());
	}

	@Test
	void aRetainerMonthIsThreeStatementsWhateverTheMonthsBeforeIt() {
		UUID sowId = retainerSow("2026-01-01");
		for (int month = 1; month <= 11; month++) {
			entry(this.admin.userId(), sowId, LocalDate.of(2026, month, 3), 240);
		}
		Counted<MvcTestResult> burn = count(
				() -> get("/api/v1/sows/" + sowId + "/retainer-burn?month=2026-11", this.admin));
		assertThat(burn.result()).hasStatus(200);
		// the token, the SOW with its retainer, the months' sums, the month's days
		assertThat(burn.count()).as(burn.listing()).isLessThanOrEqualTo(4);
	}

	private <T> Counted<T> count(Supplier<T> work) {
		return this.counter.count(work);
	}

	private void staffedDesignationWithTime(String category, int people) {
		UUID designation = designation(this.admin, this.clientId, category, "2025-01-01", "2028-12-31", "100000",
				"USD");
		Map<String, Object> sow = new LinkedHashMap<>();
		sow.put("msaId", this.msaId);
		sow.put("designationId", designation);
		sow.put("title", category + " work");
		sow.put("status", "ACTIVE");
		sow.put("startDate", "2025-06-01");
		sow.put("endDate", "2027-05-31");
		sow.put("budget", Map.of("amount", "50000.00", "currency", "USD"));
		sow.put("fees", List.of(Map.of("type", "FIXED", "milestones",
				List.of(Map.of("name", "Launch", "amount", Map.of("amount", "50000.00", "currency", "USD"))))));
		UUID sowId = created("/api/v1/sows", this.admin, sow);
		for (int p = 0; p < people; p++) {
			UUID person = createUser(this.admin, "CREATIVE").userId();
			member(this.admin, designation, person, 20 + p * 10);
			for (int month = 9; month <= 11; month++) {
				entry(person, sowId, LocalDate.of(2026, month, 2 + p), 180);
			}
		}
	}

	private UUID retainerSow(String start) {
		Map<String, Object> sow = new LinkedHashMap<>();
		sow.put("msaId", this.msaId);
		sow.put("title", "Retained work");
		sow.put("status", "ACTIVE");
		sow.put("startDate", start);
		sow.put("endDate", "2027-12-31");
		sow.put("budget", Map.of("amount", "96000.00", "currency", "USD"));
		sow.put("fees", List.of(Map.of("type", "RETAINER", "monthlyFee", Map.of("amount", "8000.00", "currency", "USD"),
				"includedHours", 40, "rollover", "NEXT_MONTH")));
		return created("/api/v1/sows", this.admin, sow);
	}

	private void entry(UUID userId, UUID sowId, LocalDate date, int minutes) {
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.sql("""
				INSERT INTO time_entry (workspace_id, id, user_id, entry_date, minutes, rounded_minutes, client_id,
				                        sow_id, billable, status, created_at, updated_at, version)
				VALUES (:workspaceId, :id, :userId, :date, :minutes, :minutes, :clientId, :sowId, TRUE, 'APPROVED',
				        :now, :now, 0)
				""")
			.param("workspaceId", this.admin.workspaceId())
			.param("id", Ids.newId())
			.param("userId", userId)
			.param("date", date)
			.param("minutes", minutes)
			.param("clientId", this.clientId)
			.param("sowId", sowId)
			.param("now", now)
			.update();
	}

}
