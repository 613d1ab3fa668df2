package dev.aorhub.delivery.application;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.delivery.domain.Capacity;
import dev.aorhub.delivery.domain.ResourcingGap;
import dev.aorhub.delivery.domain.RetainerBurn;
import dev.aorhub.relationships.Designations;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.workspace.WorkspaceUsers;
import dev.aorhub.workspace.WorkspaceUsers.UserSummary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Committed against worked hours: what relationships' team assignments promised each
 * designation (a share of each person's capacity, less their time off) and what the
 * people logged on the designation's SOWs and campaigns, over the last complete weeks.
 * Every answer is the same four queries, for one designation or the whole agency.
 */
@Service
public class ResourcingService {

	/** The most weeks a resourcing question may look back. */
	public static final int MAX_WEEKS = 26;

	private final JdbcClient jdbc;

	private final WorkspaceClock clock;

	private final Designations designations;

	private final WorkspaceUsers users;

	ResourcingService(JdbcClient jdbc, WorkspaceClock clock, Designations designations, WorkspaceUsers users) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.designations = designations;
		this.users = users;
	}

	/** The complete weeks before this one: Monday of the first to Sunday of the last. */
	public record Period(LocalDate from, LocalDate to, int weeks) {

		List<LocalDate> weekStarts() {
			List<LocalDate> starts = new ArrayList<>();
			for (LocalDate monday = this.from; monday.isBefore(this.to); monday = monday.plusWeeks(1)) {
				starts.add(monday);
			}
			return starts;
		}

	}

	/** One person on a designation: promised and worked hours. */
	public record Person(UUID userId, String name, BigDecimal committedHours, BigDecimal workedHours) {

		public BigDecimal gapHours() {
			return ResourcingGap.gap(this.committedHours, this.workedHours);
		}

		public boolean underResourced() {
			return ResourcingGap.underResourced(this.committedHours, this.workedHours);
		}

	}

	/** One designation's resourcing over the period; the people behind a gap first. */
	public record DesignationResourcing(UUID designationId, UUID clientId, String clientName, String categoryName,
			String market, BigDecimal committedHours, BigDecimal workedHours, List<Person> people) {

		public BigDecimal gapHours() {
			return ResourcingGap.gap(this.committedHours, this.workedHours);
		}

		public boolean underResourced() {
			return ResourcingGap.underResourced(this.committedHours, this.workedHours);
		}

		/** Those who worked less than they were committed for: who the gap is. */
		public List<Person> shortfall() {
			return this.people.stream().filter(Person::underResourced).toList();
		}

		/** The share of the committed hours worked, in percent. */
		public int workedPercent() {
			if (this.committedHours.signum() == 0) {
				return 0;
			}
			return this.workedHours.multiply(BigDecimal.valueOf(100))
				.divide(this.committedHours, 0, java.math.RoundingMode.HALF_EVEN)
				.intValue();
		}

	}

	/** A person's utilisation per week: worked hours against their capacity. */
	public record HeatRow(UUID userId, String name, List<HeatCell> weeks) {
	}

	/** One week of one person. */
	public record HeatCell(LocalDate weekStart, BigDecimal workedHours, BigDecimal capacityHours) {

		/** Worked over capacity, in percent; 0 without capacity. */
		public int percent() {
			if (this.capacityHours.signum() == 0) {
				return (this.workedHours.signum() > 0) ? 100 : 0;
			}
			return this.workedHours.multiply(BigDecimal.valueOf(100))
				.divide(this.capacityHours, 0, java.math.RoundingMode.HALF_EVEN)
				.intValue();
		}

		/** The heat map's shade: 0 (nothing) to 4 (full), or "over" beyond 110%. */
		public String shade() {
			int percent = percent();
			if (percent > 110) {
				return "over";
			}
			return String
				.valueOf((percent == 0) ? 0 : (percent < 40) ? 1 : (percent < 70) ? 2 : (percent < 90) ? 3 : 4);
		}

	}

	public Period period(UUID workspaceId, Integer weeks) {
		int count = (weeks == null) ? 4 : weeks;
		if (count < 1 || count > MAX_WEEKS) {
			throw new InvalidInputException("weeks", "must be between 1 and " + MAX_WEEKS);
		}
		LocalDate thisMonday = this.clock.today(workspaceId).with(DayOfWeek.MONDAY);
		return new Period(thisMonday.minusWeeks(count), thisMonday.minusDays(1), count);
	}

	/** One designation of the workspace; 404 when it is not the workspace's. */
	@Transactional(readOnly = true)
	public DesignationResourcing designation(UUID workspaceId, UUID designationId, Period period) {
		var summary = this.designations.find(workspaceId, designationId)
			.orElseThrow(() -> new NotFoundException("designation", designationId));
		List<DesignationResourcing> found = resourcing(workspaceId, designationId, period);
		if (!found.isEmpty()) {
			return found.get(0);
		}
		return new DesignationResourcing(designationId, summary.clientId(), null, summary.categoryName(),
				summary.market(), BigDecimal.ZERO.setScale(2), worked(workspaceId, designationId, period), List.of());
	}

	/**
	 * Every one of our designations with a team committed in the period, largest gap
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<DesignationResourcing> agency(UUID workspaceId, Period period) {
		List<DesignationResourcing> all = new ArrayList<>(resourcing(workspaceId, null, period));
		all.sort(Comparator.comparing(DesignationResourcing::underResourced)
			.thenComparing(DesignationResourcing::gapHours)
			.reversed()
			.thenComparing(DesignationResourcing::clientName, Comparator.nullsLast(String::compareTo)));
		return all;
	}

	/** Every staff member's weekly utilisation over the period, by name. */
	@Transactional(readOnly = true)
	public List<HeatRow> heatMap(UUID workspaceId, Period period) {
		List<UserSummary> staff = this.users.staff(workspaceId);
		Map<UUID, Capacity> capacities = capacities(workspaceId, period, staff.stream().map(UserSummary::id).toList());
		Map<UUID, Map<LocalDate, Long>> minutes = new HashMap<>();
		this.jdbc.sql("""
				SELECT user_id, entry_date, SUM(minutes) AS minutes
				FROM time_entry
				WHERE workspace_id = :workspaceId AND entry_date BETWEEN :from AND :to
				GROUP BY user_id, entry_date
				""")
			.param("workspaceId", workspaceId)
			.param("from", period.from())
			.param("to", period.to())
			.query((rs, n) -> minutes.computeIfAbsent(rs.getObject("user_id", UUID.class), (key) -> new HashMap<>())
				.put(rs.getObject("entry_date", LocalDate.class), rs.getLong("minutes")))
			.list();
		List<HeatRow> rows = new ArrayList<>();
		for (UserSummary person : staff) {
			Capacity capacity = capacities.get(person.id());
			Map<LocalDate, Long> days = minutes.getOrDefault(person.id(), Map.of());
			List<HeatCell> cells = new ArrayList<>();
			for (LocalDate monday : period.weekStarts()) {
				long worked = 0;
				for (int day = 0; day < 7; day++) {
					worked += days.getOrDefault(monday.plusDays(day), 0L);
				}
				cells.add(new HeatCell(monday, RetainerBurn.hours(worked), capacity.hours(monday, monday.plusDays(6))));
			}
			rows.add(new HeatRow(person.id(), person.name(), cells));
		}
		return rows;
	}

	private List<DesignationResourcing> resourcing(UUID workspaceId, UUID designationId, Period period) {
		record Commitment(UUID designationId, UUID clientId, String clientName, String categoryName, String market,
				UUID userId, String name, int allocationPercent, LocalDate start, LocalDate end) {
		}
		List<Commitment> commitments = this.jdbc
			.sql("""
					SELECT tc.designation_id, d.client_id, c.name AS client_name, d.category_name, d.market, tc.user_id,
					       u.name AS user_name, tc.allocation_percent, tc.start_date, tc.end_date
					FROM team_commitment tc
					JOIN designation_directory d ON d.workspace_id = tc.workspace_id AND d.id = tc.designation_id
					JOIN client_directory c ON c.workspace_id = d.workspace_id AND c.id = d.client_id
					JOIN user_directory u ON u.workspace_id = tc.workspace_id AND u.id = tc.user_id
					WHERE tc.workspace_id = :workspaceId AND (CAST(:designationId AS UUID) IS NULL OR tc.designation_id = :designationId)
					  AND d.agency_name IS NULL AND d.archived = FALSE AND c.archived = FALSE
					  AND tc.start_date <= :to AND (tc.end_date IS NULL OR tc.end_date >= :from)
					ORDER BY c.name, d.category_name, u.name
					""")
			.param("workspaceId", workspaceId)
			.param("designationId", designationId)
			.param("from", period.from())
			.param("to", period.to())
			.query((rs, n) -> new Commitment(rs.getObject("designation_id", UUID.class),
					rs.getObject("client_id", UUID.class), rs.getString("client_name"), rs.getString("category_name"),
					rs.getString("market"), rs.getObject("user_id", UUID.class), rs.getString("user_name"),
					rs.getInt("allocation_percent"), rs.getObject("start_date", LocalDate.class),
					rs.getObject("end_date", LocalDate.class)))
			.list();
		if (commitments.isEmpty()) {
			return List.of();
		}
		Set<UUID> people = new HashSet<>();
		commitments.forEach((commitment) -> people.add(commitment.userId()));
		Map<UUID, Capacity> capacities = capacities(workspaceId, period, people);
		Map<UUID, Map<UUID, Long>> worked = workedByDesignation(workspaceId, designationId, period);

		Map<UUID, List<Commitment>> byDesignation = new LinkedHashMap<>();
		commitments.forEach(
				(commitment) -> byDesignation.computeIfAbsent(commitment.designationId(), (key) -> new ArrayList<>())
					.add(commitment));
		List<DesignationResourcing> result = new ArrayList<>();
		byDesignation.forEach((id, rows) -> {
			Map<UUID, BigDecimal> committed = new LinkedHashMap<>();
			Map<UUID, String> names = new LinkedHashMap<>();
			for (Commitment row : rows) {
				committed.merge(row.userId(), capacities.get(row.userId())
					.committedHours(row.allocationPercent(), row.start(), row.end(), period.from(), period.to()),
						BigDecimal::add);
				names.put(row.userId(), row.name());
			}
			Map<UUID, Long> minutes = worked.getOrDefault(id, Map.of());
			List<Person> persons = new ArrayList<>();
			committed.forEach((userId, hours) -> persons.add(new Person(userId, names.get(userId), hours,
					RetainerBurn.hours(minutes.getOrDefault(userId, 0L)))));
			persons.sort(Comparator.comparing(Person::underResourced).reversed().thenComparing(Person::name));
			BigDecimal committedTotal = persons.stream()
				.map(Person::committedHours)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			// All the designation's hours count, also from people not on the team.
			BigDecimal workedTotal = RetainerBurn.hours(minutes.values().stream().mapToLong(Long::longValue).sum());
			Commitment first = rows.get(0);
			result.add(new DesignationResourcing(id, first.clientId(), first.clientName(), first.categoryName(),
					first.market(), committedTotal, workedTotal, persons));
		});
		return result;
	}

	private BigDecimal worked(UUID workspaceId, UUID designationId, Period period) {
		return RetainerBurn
			.hours(workedByDesignation(workspaceId, designationId, period).getOrDefault(designationId, Map.of())
				.values()
				.stream()
				.mapToLong(Long::longValue)
				.sum());
	}

	/** Minutes per designation and person: through the entry's SOW, else its campaign. */
	private Map<UUID, Map<UUID, Long>> workedByDesignation(UUID workspaceId, UUID designationId, Period period) {
		Map<UUID, Map<UUID, Long>> worked = new HashMap<>();
		this.jdbc.sql("""
				SELECT designation_id, user_id, SUM(minutes) AS minutes
				FROM (SELECT COALESCE(s.designation_id, c.designation_id) AS designation_id, te.user_id, te.minutes
				      FROM time_entry te
				      LEFT JOIN sow_directory s ON s.workspace_id = te.workspace_id AND s.id = te.sow_id
				      LEFT JOIN campaign c ON c.workspace_id = te.workspace_id AND c.id = te.campaign_id
				      WHERE te.workspace_id = :workspaceId AND te.entry_date BETWEEN :from AND :to) logged
				WHERE designation_id IS NOT NULL
				  AND (CAST(:designationId AS UUID) IS NULL OR designation_id = :designationId)
				GROUP BY designation_id, user_id
				""")
			.param("workspaceId", workspaceId)
			.param("designationId", designationId)
			.param("from", period.from())
			.param("to", period.to())
			.query((rs, n) -> worked
				.computeIfAbsent(rs.getObject("designation_id", UUID.class), (key) -> new HashMap<>())
				.put(rs.getObject("user_id", UUID.class), rs.getLong("minutes")))
			.list();
		return worked;
	}

	/** Each person's capacity in the period: their weekly hours and days off. */
	public Map<UUID, Capacity> capacities(UUID workspaceId, Period period, Collection<UUID> userIds) {
		Map<UUID, BigDecimal> weekly = new HashMap<>();
		Map<UUID, Set<LocalDate>> off = new HashMap<>();
		if (!userIds.isEmpty()) {
			this.jdbc.sql("SELECT user_id, hours_per_week FROM staff_capacity WHERE workspace_id = :workspaceId")
				.param("workspaceId", workspaceId)
				.query((rs, n) -> weekly.put(rs.getObject("user_id", UUID.class), rs.getBigDecimal("hours_per_week")))
				.list();
			this.jdbc.sql("""
					SELECT user_id, start_date, end_date FROM time_off
					WHERE workspace_id = :workspaceId AND start_date <= :to AND end_date >= :from
					""")
				.param("workspaceId", workspaceId)
				.param("from", period.from())
				.param("to", period.to())
				.query((rs, n) -> {
					Set<LocalDate> days = off.computeIfAbsent(rs.getObject("user_id", UUID.class),
							(key) -> new HashSet<>());
					LocalDate start = rs.getObject("start_date", LocalDate.class);
					LocalDate end = rs.getObject("end_date", LocalDate.class);
					for (LocalDate day = start.isBefore(period.from()) ? period.from() : start; !day.isAfter(end)
							&& !day.isAfter(period.to()); day = day.plusDays(1)) {
						days.add(day);
					}
					return null;
				})
				.list();
		}
		Map<UUID, Capacity> capacities = new HashMap<>();
		for (UUID userId : userIds) {
			capacities.put(userId, new Capacity(weekly.getOrDefault(userId, Capacity.DEFAULT_HOURS_PER_WEEK),
					off.getOrDefault(userId, Set.of())));
		}
		return capacities;
	}

}
