package dev.aorhub.delivery.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.AgencyRecordsTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Approving time reacts after the commit: once a retainer month's approved billable hours
 * reach 80% and then 100% of those available, each crossing is recorded and published
 * once, however many approvals follow.
 */
class RetainerThresholdIntegrationTests extends AgencyRecordsTestSupport {

	@Autowired
	private JdbcClient jdbc;

	@Test
	void eightyAndHundredPercentAreEachCrossedOnce() {
		Account admin = signUp();
		UUID clientId = client(admin, "Threshold Travel");
		UUID msaId = msa(admin, clientId, "2026-01-01", "2027-12-31", "SIGNED");
		Map<String, Object> sow = new LinkedHashMap<>();
		sow.put("msaId", msaId);
		sow.put("title", "Retained social");
		sow.put("status", "ACTIVE");
		sow.put("startDate", "2026-01-01");
		sow.put("endDate", "2027-12-31");
		sow.put("budget", Map.of("amount", "48000.00", "currency", "USD"));
		sow.put("fees", List.of(Map.of("type", "RETAINER", "monthlyFee", Map.of("amount", "4000.00", "currency", "USD"),
				"includedHours", 10, "rollover", "NONE")));
		UUID sowId = created("/api/v1/sows", admin, sow);

		// 8 of 10 hours: 80%.
		approve(admin, logged(admin, sowId, LocalDate.of(2026, 10, 5), 4, 4));
		await().atMost(Duration.ofSeconds(10)).until(() -> crossed(sowId).equals(List.of(80)));
		// 4 more: 120%, the second threshold.
		approve(admin, logged(admin, sowId, LocalDate.of(2026, 10, 7), 4));
		await().atMost(Duration.ofSeconds(10)).until(() -> crossed(sowId).equals(List.of(80, 100)));
		// More time in the month crosses nothing again.
		approve(admin, logged(admin, sowId, LocalDate.of(2026, 10, 8), 2));
		await().during(Duration.ofMillis(500))
			.atMost(Duration.ofSeconds(5))
			.until(() -> crossed(sowId).equals(List.of(80, 100)));
		assertThat(this.jdbc.sql("SELECT burn_month FROM retainer_threshold WHERE sow_id = :sowId")
			.param("sowId", sowId)
			.query(String.class)
			.list()).containsOnly(YearMonth.of(2026, 10).toString());
	}

	private List<UUID> logged(Account admin, UUID sowId, LocalDate date, int... hours) {
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < hours.length; i++) {
			ids.add(created("/api/v1/time-entries", admin,
					Map.of("sowId", sowId, "date", date.plusDays(i).toString(), "minutes", hours[i] * 60)));
		}
		return ids;
	}

	/** Submits and approves the drafts, as an account lead would. */
	private void approve(Account admin, List<UUID> ids) {
		List<String> drafts = ids.stream().map(UUID::toString).toList();
		assertThat(postJson("/api/v1/time-entries/submit", admin, Map.of("ids", drafts))).hasStatus(200);
		assertThat(postJson("/api/v1/time-entries/approve", admin, Map.of("ids", drafts))).hasStatus(200);
	}

	private List<Integer> crossed(UUID sowId) {
		return this.jdbc
			.sql("SELECT threshold_percent FROM retainer_threshold WHERE sow_id = :sowId ORDER BY threshold_percent")
			.param("sowId", sowId)
			.query(Integer.class)
			.list();
	}

}
