package dev.aorhub.delivery.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.contracts.StatementsOfWork;
import dev.aorhub.contracts.StatementsOfWork.RetainerTerms;
import dev.aorhub.contracts.StatementsOfWork.SowSummary;
import dev.aorhub.delivery.RetainerMonth;
import dev.aorhub.delivery.domain.BurnProjection;
import dev.aorhub.delivery.domain.RetainerBurn;
import dev.aorhub.shared.Ids;
import dev.aorhub.shared.Money;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.workspace.DemoWorkspaceCreated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Three years of the demo team's time, made after the campaigns (order 40): every weekday
 * but public holidays and each person's summer fortnight, by each team commitment's share
 * of the day on its designation's SOWs, on campaigns and tasks where they run. Retainers
 * bill up to about nine tenths of their hours and log the rest as non-billable, except
 * the long-standing social retainer, which ran over its hours in the last months; the
 * media AOR's team was pulled onto other work in the last five weeks, so it shows
 * under-resourced. Everything before this week is approved; this week is still draft.
 * <p>
 * Thousands of rows are written as JDBC batches rather than one audited save each: this
 * is the demo's history, not a change anyone made.
 */
@Component
class TimeDemoData {

	private static final Logger log = LoggerFactory.getLogger(TimeDemoData.class);

	private static final String MARCUS = "marcus.lee@brightline.example";

	private static final String SOFIA = "sofia.alvarez@brightline.example";

	private static final String DANIEL = "daniel.novak@brightline.example";

	private static final List<String> NOTES = List.of("Weekly status call and notes", "Content calendar and briefs",
			"Creative review with the client", "Campaign reporting", "Strategy workshop prep", "Concept development",
			"Asset production and revisions", "Media plan optimisation", "Stakeholder alignment",
			"Quarterly review deck", "Copy and captions", "Community and social listening", "Analytics deep dive");

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final StatementsOfWork sows;

	private final WorkspaceClock clock;

	TimeDemoData(JdbcClient jdbc, JdbcTemplate batch, StatementsOfWork sows, WorkspaceClock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.sows = sows;
		this.clock = clock;
	}

	private record Commitment(UUID designationId, UUID userId, String email, String role, int allocationPercent) {
	}

	private record Campaign(UUID id, UUID sowId, LocalDate start, LocalDate end, List<UUID> tasks) {
	}

	@EventListener
	@Order(45)
	void on(DemoWorkspaceCreated event) {
		UUID workspaceId = event.admin().workspaceId();
		LocalDate today = this.clock.today(workspaceId);
		LocalDate first = today.minusYears(3);
		LocalDate thisMonday = today.with(DayOfWeek.MONDAY);
		Random random = new Random(20261203L);

		List<Commitment> commitments = commitments(workspaceId);
		Map<UUID, List<SowSummary>> sowsByDesignation = sowsByDesignation(workspaceId);
		Map<UUID, List<Campaign>> campaignsBySow = campaignsBySow(workspaceId);
		Map<String, Set<LocalDate>> away = timeOff(workspaceId, event.usersByEmail(), today);
		capacities(workspaceId, event.usersByEmail());
		UUID approver = event.usersByEmail().getOrDefault(MARCUS, event.admin().userId());
		UUID overRetainer = overRetainer(sowsByDesignation);
		UUID underServed = commitments.stream()
			.filter((c) -> c.email().equals(SOFIA))
			.map(Commitment::designationId)
			.findFirst()
			.orElse(null);

		Map<String, Optional<Money>> rates = new HashMap<>();
		Map<UUID, Map<YearMonth, Long>> billableByMonth = new HashMap<>();
		Map<String, Long> targets = new HashMap<>();
		List<Object[]> rows = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
			if (!BurnProjection.isWeekday(day) || isHoliday(day)) {
				continue;
			}
			for (Commitment commitment : commitments) {
				if (away.getOrDefault(commitment.email(), Set.of()).contains(day)) {
					continue;
				}
				LocalDate date = day;
				List<SowSummary> open = sowsByDesignation.getOrDefault(commitment.designationId(), List.of())
					.stream()
					.filter((sow) -> sow.workableOn(date))
					.toList();
				if (open.isEmpty()) {
					continue;
				}
				SowSummary sow = open.get(Math.floorMod(day.getDayOfYear(), open.size()));
				double share = commitment.allocationPercent() / 100.0 * (0.8 + random.nextDouble() * 0.35);
				boolean pulledAway = commitment.designationId().equals(underServed)
						&& (commitment.email().equals(SOFIA) || commitment.email().equals(DANIEL))
						&& day.isAfter(today.minusDays(36));
				if (pulledAway) {
					share *= 0.4;
				}
				int minutes = Math.max(15, (int) Math.round(480 * share / 15.0) * 15);
				List<Integer> parts = (minutes >= 180 && random.nextBoolean())
						? List.of(minutes / 30 * 15, minutes - minutes / 30 * 15) : List.of(minutes);
				for (int part = 0; part < parts.size(); part++) {
					int length = parts.get(part);
					boolean billable = billable(sow, date, length, sow.id().equals(overRetainer), today,
							billableByMonth, targets, random);
					Campaign campaign = (part == parts.size() - 1) ? campaign(campaignsBySow.get(sow.id()), date)
							: null;
					UUID task = (campaign != null && !campaign.tasks().isEmpty())
							? campaign.tasks().get(random.nextInt(campaign.tasks().size())) : null;
					Optional<Money> rate = rates.computeIfAbsent(sow.id() + "/" + commitment.role(),
							(key) -> this.sows.hourlyRate(workspaceId, sow.id(), commitment.role(), date));
					boolean approved = day.isBefore(thisMonday);
					Timestamp submitted = approved ? at(day.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)), 17)
							: null;
					Timestamp approvedAt = approved ? at(day.with(TemporalAdjusters.next(DayOfWeek.MONDAY)), 10) : null;
					String note = billable ? NOTES.get(random.nextInt(NOTES.size()))
							: "Over-servicing beyond the retainer, not billed";
					rows.add(new Object[] { workspaceId, Ids.newId(), commitment.userId(), day, length, length,
							sow.clientId(), sow.id(), (campaign != null) ? campaign.id() : null, task, billable, note,
							approved ? "APPROVED" : "DRAFT", commitment.role(), rate.map(Money::amount).orElse(null),
							rate.map((money) -> money.currency().getCurrencyCode()).orElse(null), submitted,
							approved ? approver : null, approvedAt, at(day, 18), at(day, 18) });
				}
			}
		}
		insert(rows);
		log.info("Demo time: {} entries from {} to {}", rows.size(), first, today);
	}

	/**
	 * Whether an entry bills: a retainer bills until its month reaches nine tenths of the
	 * hours available (included plus rolled over), the over-retained SOW 115% in its last
	 * three months; other SOWs bill nine entries in ten.
	 */
	private static boolean billable(SowSummary sow, LocalDate date, int minutes, boolean overRetainer, LocalDate today,
			Map<UUID, Map<YearMonth, Long>> billableByMonth, Map<String, Long> targets, Random random) {
		if (sow.retainers().isEmpty()) {
			return random.nextInt(10) != 0;
		}
		RetainerTerms fee = sow.retainers().get(0);
		YearMonth month = YearMonth.from(date);
		Map<YearMonth, Long> used = billableByMonth.computeIfAbsent(sow.id(), (key) -> new HashMap<>());
		long target = targets.computeIfAbsent(sow.id() + "/" + month, (key) -> {
			List<RetainerMonth> months = RetainerBurn.months(fee.includedHours(), fee.rollsOverToNextMonth(),
					YearMonth.from(sow.startDate()), month, used);
			double available = months.get(months.size() - 1).availableHours().doubleValue() * 60;
			boolean recent = overRetainer && !month.isBefore(YearMonth.from(today).minusMonths(2));
			return Math.round(available * (recent ? 1.15 : 0.9));
		});
		long sofar = used.getOrDefault(month, 0L);
		if (sofar + minutes > target) {
			return false;
		}
		used.put(month, sofar + minutes);
		return true;
	}

	private static Campaign campaign(List<Campaign> campaigns, LocalDate date) {
		if (campaigns == null) {
			return null;
		}
		return campaigns.stream()
			.filter((c) -> !date.isBefore(c.start()) && (c.end() == null || !date.isAfter(c.end())))
			.findFirst()
			.orElse(null);
	}

	/** The long-standing social retainer: the 80-hour one with a completed first term. */
	private static UUID overRetainer(Map<UUID, List<SowSummary>> sowsByDesignation) {
		for (List<SowSummary> sows : sowsByDesignation.values()) {
			boolean longStanding = sows.stream().anyMatch((sow) -> sow.status().name().equals("COMPLETED"));
			Optional<SowSummary> active = sows.stream()
				.filter((sow) -> sow.status().name().equals("ACTIVE") && !sow.retainers().isEmpty()
						&& sow.retainers().get(0).includedHours() >= 80)
				.findFirst();
			if (longStanding && active.isPresent()) {
				return active.get().id();
			}
		}
		return null;
	}

	/** US public holidays the agency closes on. */
	static boolean isHoliday(LocalDate day) {
		int year = day.getYear();
		return day.equals(LocalDate.of(year, 1, 1)) || day.equals(LocalDate.of(year, 7, 4))
				|| day.equals(LocalDate.of(year, 12, 24)) || day.equals(LocalDate.of(year, 12, 25))
				|| day.equals(LocalDate.of(year, 12, 31))
				|| day
					.equals(LocalDate.of(year, Month.MAY, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
				|| day.equals(
						LocalDate.of(year, Month.SEPTEMBER, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)))
				|| day.equals(LocalDate.of(year, Month.NOVEMBER, 1)
					.with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)));
	}

	private List<Commitment> commitments(UUID workspaceId) {
		return this.jdbc.sql("""
				SELECT tc.designation_id, tc.user_id, u.email, tc.role, tc.allocation_percent
				FROM team_commitment tc
				JOIN designation_directory d ON d.workspace_id = tc.workspace_id AND d.id = tc.designation_id
				JOIN user_directory u ON u.workspace_id = tc.workspace_id AND u.id = tc.user_id
				WHERE tc.workspace_id = :workspaceId AND d.agency_name IS NULL
				ORDER BY u.email, tc.designation_id
				""")
			.param("workspaceId", workspaceId)
			.query((rs, n) -> new Commitment(rs.getObject("designation_id", UUID.class),
					rs.getObject("user_id", UUID.class), rs.getString("email"), rs.getString("role"),
					rs.getInt("allocation_percent")))
			.list();
	}

	private Map<UUID, List<SowSummary>> sowsByDesignation(UUID workspaceId) {
		List<UUID> ids = this.jdbc.sql("""
				SELECT id FROM sow_directory
				WHERE workspace_id = :workspaceId AND designation_id IS NOT NULL
				  AND status IN ('APPROVED', 'ACTIVE', 'COMPLETED')
				""").param("workspaceId", workspaceId).query(UUID.class).list();
		Map<UUID, List<SowSummary>> byDesignation = new HashMap<>();
		this.sows.findAll(workspaceId, ids)
			.values()
			.forEach((sow) -> byDesignation.computeIfAbsent(sow.designationId(), (key) -> new ArrayList<>()).add(sow));
		return byDesignation;
	}

	private Map<UUID, List<Campaign>> campaignsBySow(UUID workspaceId) {
		Map<UUID, List<UUID>> tasks = new HashMap<>();
		this.jdbc.sql("SELECT id, campaign_id FROM task WHERE workspace_id = :workspaceId ORDER BY position")
			.param("workspaceId", workspaceId)
			.query((rs, n) -> tasks.computeIfAbsent(rs.getObject("campaign_id", UUID.class), (key) -> new ArrayList<>())
				.add(rs.getObject("id", UUID.class)))
			.list();
		Map<UUID, List<Campaign>> bySow = new HashMap<>();
		this.jdbc.sql("""
				SELECT id, sow_id, start_date, end_date FROM campaign
				WHERE workspace_id = :workspaceId AND sow_id IS NOT NULL
				ORDER BY start_date
				""").param("workspaceId", workspaceId).query((rs, n) -> {
			UUID id = rs.getObject("id", UUID.class);
			Campaign campaign = new Campaign(id, rs.getObject("sow_id", UUID.class),
					rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
					tasks.getOrDefault(id, List.of()));
			return bySow.computeIfAbsent(campaign.sowId(), (key) -> new ArrayList<>()).add(campaign);
		}).list();
		return bySow;
	}

	/**
	 * Each person's summer fortnight of every year (staggered so the teams are never all
	 * away), the public holidays, and a few days off coming up, recorded as time off;
	 * answers the summer days away (holidays are skipped for everyone).
	 */
	private Map<String, Set<LocalDate>> timeOff(UUID workspaceId, Map<String, UUID> staff, LocalDate today) {
		Map<String, Set<LocalDate>> away = new HashMap<>();
		List<Object[]> rows = new ArrayList<>();
		int index = 0;
		for (Map.Entry<String, UUID> person : staff.entrySet()) {
			int stagger = index++ % 4;
			for (int year = today.getYear() - 3; year <= today.getYear(); year++) {
				LocalDate start = LocalDate.of(year, 7, 1)
					.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))
					.plusWeeks(stagger * 2L);
				LocalDate end = start.plusDays(11);
				if (end.isBefore(today.minusYears(3))) {
					continue;
				}
				rows.add(timeOffRow(workspaceId, person.getValue(), start, end, "Summer holiday"));
				Set<LocalDate> days = away.computeIfAbsent(person.getKey(), (key) -> new HashSet<>());
				for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
					days.add(day);
				}
			}
			// Office closures are everyone's time off, so capacity and commitments leave
			// them out.
			for (LocalDate day = today.minusYears(3); !day.isAfter(today.plusMonths(2)); day = day.plusDays(1)) {
				if (isHoliday(day) && BurnProjection.isWeekday(day)) {
					rows.add(timeOffRow(workspaceId, person.getValue(), day, day, "Public holiday"));
				}
			}
			if (stagger == 1) {
				LocalDate next = today.plusWeeks(3).with(DayOfWeek.MONDAY);
				rows.add(timeOffRow(workspaceId, person.getValue(), next, next.plusDays(4), "Winter break"));
			}
		}
		this.batch.batchUpdate("""
				INSERT INTO time_off (workspace_id, id, user_id, start_date, end_date, reason, created_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, 0)
				""", rows);
		return away;
	}

	private Object[] timeOffRow(UUID workspaceId, UUID userId, LocalDate start, LocalDate end, String reason) {
		return new Object[] { workspaceId, Ids.newId(), userId, start, end, reason, Timestamp.from(this.clock.now()) };
	}

	/** Two people work part-time. */
	private void capacities(UUID workspaceId, Map<String, UUID> staff) {
		Map<String, BigDecimal> partTime = Map.of("priya.raman@brightline.example", new BigDecimal("30"),
				"grace.kim@brightline.example", new BigDecimal("32"));
		List<Object[]> rows = new ArrayList<>();
		partTime.forEach((email, hours) -> {
			if (staff.containsKey(email)) {
				rows.add(new Object[] { workspaceId, staff.get(email), hours, Timestamp.from(this.clock.now()) });
			}
		});
		this.batch.batchUpdate("""
				INSERT INTO staff_capacity (workspace_id, user_id, hours_per_week, updated_at, version)
				VALUES (?, ?, ?, ?, 0)
				""", rows);
	}

	private void insert(List<Object[]> rows) {
		String sql = """
				INSERT INTO time_entry (workspace_id, id, user_id, entry_date, minutes, rounded_minutes, client_id,
				                        sow_id, campaign_id, task_id, billable, note, status, role, rate_amount,
				                        rate_currency, submitted_at, approved_by, approved_at, created_at, updated_at,
				                        version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
				""";
		for (int from = 0; from < rows.size(); from += 1000) {
			this.batch.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 1000)));
		}
	}

	private static Timestamp at(LocalDate day, int hour) {
		return Timestamp.from(day.atTime(LocalTime.of(hour, 0)).toInstant(ZoneOffset.UTC));
	}

}
