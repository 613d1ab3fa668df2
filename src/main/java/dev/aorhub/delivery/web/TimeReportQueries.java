package dev.aorhub.delivery.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.aorhub.delivery.application.ResourcingService;
import dev.aorhub.delivery.domain.Capacity;
import dev.aorhub.delivery.domain.RetainerBurn;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.time.WorkspaceClock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hours by any of client, SOW, campaign, person and month for a period, from one SQL
 * aggregate: the entries are summed by the grouped keys first, and only the groups are
 * joined to the names, so the report costs little more than the plain sum. Grouped by
 * person, each row also has its utilisation: worked hours against the person's capacity
 * in the row's period, less time off.
 */
@Component
class TimeReportQueries {

	// The types a template reads are public: SpEL calls only public methods of public
	// types.

	/** How long a period one report may cover. */
	static final int MAX_DAYS = 3 * 366;

	/** A key the report may group by, in the API's words. */
	public enum Key {

		CLIENT("client"), SOW("sow"), CAMPAIGN("campaign"), USER("user"), MONTH("month");

		private final String word;

		Key(String word) {
			this.word = word;
		}

		public String word() {
			return this.word;
		}

		static Key of(String word) {
			for (Key key : values()) {
				if (key.word.equals(word)) {
					return key;
				}
			}
			return null;
		}

	}

	/** One group: its keys (with names), minutes and billable minutes. */
	public record Row(UUID clientId, String clientName, UUID sowId, String sowNumber, UUID campaignId,
			String campaignName, UUID userId, String userName, YearMonth month, long minutes, long billableMinutes,
			Integer utilisation) {

		public BigDecimal hours() {
			return RetainerBurn.hours(this.minutes);
		}

		public BigDecimal billableHours() {
			return RetainerBurn.hours(this.billableMinutes);
		}

		public int billablePercent() {
			return (this.minutes == 0) ? 0 : (int) Math.round(100.0 * this.billableMinutes / this.minutes);
		}

	}

	/** The report: its period, keys, rows and totals. */
	public record Report(LocalDate from, LocalDate to, List<Key> keys, List<Row> rows, long totalMinutes,
			long totalBillableMinutes) {

		public boolean groups(Key key) {
			return this.keys.contains(key);
		}

		public BigDecimal totalHours() {
			return RetainerBurn.hours(this.totalMinutes);
		}

		public BigDecimal totalBillableHours() {
			return RetainerBurn.hours(this.totalBillableMinutes);
		}

	}

	private final JdbcClient jdbc;

	private final ResourcingService resourcing;

	private final WorkspaceClock clock;

	TimeReportQueries(JdbcClient jdbc, ResourcingService resourcing, WorkspaceClock clock) {
		this.jdbc = jdbc;
		this.resourcing = resourcing;
		this.clock = clock;
	}

	/**
	 * The report for the API's parameters as given: {@code from} defaults to the first of
	 * {@code to}'s month (or this month), {@code to} to the end of {@code from}'s month.
	 */
	@Transactional(readOnly = true)
	Report report(UUID workspaceId, String from, String to, String groupBy) {
		LocalDate today = this.clock.today(workspaceId);
		LocalDate start = Months.date(from, "from");
		LocalDate end = Months.date(to, "to");
		start = (start != null) ? start : ((end != null) ? end.withDayOfMonth(1) : today.withDayOfMonth(1));
		end = (end != null) ? end : start.withDayOfMonth(start.lengthOfMonth());
		return report(workspaceId, start, end, keys(groupBy));
	}

	/** The keys of {@code groupBy} ({@code client,sow,user}) in order; 422 for others. */
	static List<Key> keys(String groupBy) {
		String text = (groupBy == null || groupBy.isBlank()) ? "client" : groupBy;
		Set<Key> keys = new LinkedHashSet<>();
		for (String word : text.split(",")) {
			Key key = Key.of(word.strip().toLowerCase(Locale.ROOT));
			if (key == null) {
				throw new InvalidInputException("groupBy", "'" + word.strip()
						+ "' is not a key; group by any of client, sow, campaign, user, month, in order");
			}
			keys.add(key);
		}
		if (keys.isEmpty()) {
			throw new InvalidInputException("groupBy",
					"names no key; group by any of client, sow, campaign, user, month");
		}
		return List.copyOf(keys);
	}

	@Transactional(readOnly = true)
	Report report(UUID workspaceId, LocalDate from, LocalDate to, List<Key> keys) {
		var problems = new InvalidInputException.Collector();
		problems.check(!to.isBefore(from), "to", "must not be before from");
		problems.check(to.isBefore(from) || from.plusDays(MAX_DAYS).isAfter(to), "to",
				"must be within three years of from");
		problems.throwIfAny();
		List<String> grouped = new ArrayList<>();
		List<String> joins = new ArrayList<>();
		List<String> names = new ArrayList<>();
		List<String> order = new ArrayList<>();
		for (Key key : keys) {
			switch (key) {
				case CLIENT -> {
					grouped.add("te.client_id");
					joins.add("LEFT JOIN client_directory c ON c.workspace_id = :workspaceId AND c.id = g.client_id");
					names.add("g.client_id, c.name AS client_name");
					order.add("c.name");
				}
				case SOW -> {
					grouped.add("te.sow_id");
					joins.add("LEFT JOIN sow_directory s ON s.workspace_id = :workspaceId AND s.id = g.sow_id");
					names.add("g.sow_id, s.number AS sow_number");
					order.add("s.number");
				}
				case CAMPAIGN -> {
					grouped.add("te.campaign_id");
					joins.add("LEFT JOIN campaign k ON k.workspace_id = :workspaceId AND k.id = g.campaign_id");
					names.add("g.campaign_id, k.name AS campaign_name");
					order.add("k.name");
				}
				case USER -> {
					grouped.add("te.user_id");
					joins.add("JOIN user_directory u ON u.workspace_id = :workspaceId AND u.id = g.user_id");
					names.add("g.user_id, u.name AS user_name");
					order.add("u.name");
				}
				case MONTH -> {
					grouped.add("EXTRACT(YEAR FROM te.entry_date)");
					grouped.add("EXTRACT(MONTH FROM te.entry_date)");
					names.add("g.entry_year, g.entry_month");
					order.add("g.entry_year");
					order.add("g.entry_month");
				}
			}
		}
		String select = grouped.stream()
			.map((column) -> column.startsWith("EXTRACT(YEAR") ? column + " AS entry_year"
					: column.startsWith("EXTRACT(MONTH") ? column + " AS entry_month" : column)
			.collect(Collectors.joining(", "));
		String sql = """
				SELECT %s, g.minutes, g.billable_minutes
				FROM (SELECT %s, SUM(te.minutes) AS minutes,
				             SUM(CASE WHEN te.billable THEN te.minutes ELSE 0 END) AS billable_minutes
				      FROM time_entry te
				      WHERE te.workspace_id = :workspaceId AND te.entry_date BETWEEN :from AND :to
				      GROUP BY %s) g
				%s
				ORDER BY %s
				""".formatted(String.join(", ", names), select, String.join(", ", grouped), String.join("\n", joins),
				order.stream().map((column) -> column + " NULLS LAST").collect(Collectors.joining(", ")));
		List<Row> rows = this.jdbc.sql(sql)
			.param("workspaceId", workspaceId)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new Row(keys.contains(Key.CLIENT) ? rs.getObject("client_id", UUID.class) : null,
					keys.contains(Key.CLIENT) ? rs.getString("client_name") : null,
					keys.contains(Key.SOW) ? rs.getObject("sow_id", UUID.class) : null,
					keys.contains(Key.SOW) ? rs.getString("sow_number") : null,
					keys.contains(Key.CAMPAIGN) ? rs.getObject("campaign_id", UUID.class) : null,
					keys.contains(Key.CAMPAIGN) ? rs.getString("campaign_name") : null,
					keys.contains(Key.USER) ? rs.getObject("user_id", UUID.class) : null,
					keys.contains(Key.USER) ? rs.getString("user_name") : null,
					keys.contains(Key.MONTH) ? YearMonth.of(rs.getInt("entry_year"), rs.getInt("entry_month")) : null,
					rs.getLong("minutes"), rs.getLong("billable_minutes"), null))
			.list();
		if (keys.contains(Key.USER)) {
			rows = withUtilisation(workspaceId, from, to, rows);
		}
		long total = rows.stream().mapToLong(Row::minutes).sum();
		long billable = rows.stream().mapToLong(Row::billableMinutes).sum();
		return new Report(from, to, keys, rows, total, billable);
	}

	/**
	 * Each person's hours against their capacity in the row's period (its month, if
	 * grouped).
	 */
	private List<Row> withUtilisation(UUID workspaceId, LocalDate from, LocalDate to, List<Row> rows) {
		Set<UUID> people = new HashSet<>();
		rows.forEach((row) -> people.add(row.userId()));
		Map<UUID, Capacity> capacities = this.resourcing.capacities(workspaceId,
				new ResourcingService.Period(from, to, 0), people);
		Map<String, BigDecimal> capacityCache = new LinkedHashMap<>();
		List<Row> result = new ArrayList<>(rows.size());
		for (Row row : rows) {
			LocalDate first = (row.month() != null && row.month().atDay(1).isAfter(from)) ? row.month().atDay(1) : from;
			LocalDate last = (row.month() != null && row.month().atEndOfMonth().isBefore(to))
					? row.month().atEndOfMonth() : to;
			BigDecimal capacity = capacityCache.computeIfAbsent(row.userId() + "/" + first + "/" + last,
					(key) -> capacities.get(row.userId()).hours(first, last));
			Integer utilisation = (capacity.signum() == 0) ? null
					: row.hours()
						.multiply(BigDecimal.valueOf(100))
						.divide(capacity, 0, RoundingMode.HALF_EVEN)
						.intValue();
			result.add(new Row(row.clientId(), row.clientName(), row.sowId(), row.sowNumber(), row.campaignId(),
					row.campaignName(), row.userId(), row.userName(), row.month(), row.minutes(), row.billableMinutes(),
					utilisation));
		}
		return result;
	}

}
