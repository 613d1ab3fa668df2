package dev.aorhub.delivery.web;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import dev.aorhub.delivery.TimeEntryStatus;
import dev.aorhub.delivery.domain.HoursText;
import dev.aorhub.shared.Money;
import dev.aorhub.shared.persistence.SqlConditions;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.shared.web.PageResponse;
import dev.aorhub.shared.web.Sorting;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Time entries as lists: the API's list, the entries page, the exports (streamed row by
 * row), a person's week and the approvals queue. Each is one count and one page query
 * with the names joined in from the published views (people, clients, SOWs) and the
 * module's own campaigns and tasks; filters follow the indexes on time_entry, which lead
 * with the workspace, then the person, SOW or client, then the date.
 */
@Component
class TimeEntryQueries {

	static final Sorting SORTING = Sorting.by("date", "e.entry_date")
		.and("minutes", "e.minutes")
		.and("status", "e.status")
		.and("user", "lower(u.name)")
		.and("client", "c.name_key")
		.defaultDescending("date");

	/** Export rows are read from the database this many at a time. */
	static final int EXPORT_FETCH_SIZE = 500;

	/** Optional filters; dates are inclusive. */
	record Filter(LocalDate from, LocalDate to, UUID userId, UUID clientId, UUID sowId, TimeEntryStatus status) {

		static Filter none() {
			return new Filter(null, null, null, null, null, null);
		}

	}

	record Row(UUID id, UUID userId, String userName, LocalDate date, int minutes, int roundedMinutes, UUID clientId,
			String clientName, UUID sowId, String sowNumber, String sowTitle, UUID campaignId, String campaignName,
			UUID taskId, String taskTitle, boolean billable, String note, TimeEntryStatus status, String role,
			Money rate, long version) {

		/** "SOW-2026-0003 · Always-on social › Launch › Key visual". */
		public String workLabel() {
			StringBuilder label = new StringBuilder();
			if (this.sowNumber != null) {
				label.append(this.sowNumber).append(" · ").append(this.sowTitle);
			}
			if (this.campaignName != null) {
				label.append((label.length() > 0) ? " › " : "").append(this.campaignName);
			}
			if (this.taskTitle != null) {
				label.append(" › ").append(this.taskTitle);
			}
			return label.toString();
		}

		public String hours() {
			return HoursText.clock(this.minutes);
		}

		public String roundedHours() {
			return HoursText.clock(this.roundedMinutes);
		}

		public String statusCss() {
			return TimePagesController.statusCss(this.status);
		}

	}

	private static final String FROM = """
			 FROM time_entry e
			LEFT JOIN user_directory u ON u.workspace_id = e.workspace_id AND u.id = e.user_id
			LEFT JOIN client_directory c ON c.workspace_id = e.workspace_id AND c.id = e.client_id
			LEFT JOIN sow_directory s ON s.workspace_id = e.workspace_id AND s.id = e.sow_id
			LEFT JOIN campaign ca ON ca.workspace_id = e.workspace_id AND ca.id = e.campaign_id
			LEFT JOIN task t ON t.workspace_id = e.workspace_id AND t.id = e.task_id
			""";

	private static final String COLUMNS = """
			SELECT e.id, e.user_id, u.name AS user_name, e.entry_date, e.minutes, e.rounded_minutes, e.client_id,
			       c.name AS client_name, e.sow_id, s.number AS sow_number, s.title AS sow_title, e.campaign_id,
			       ca.name AS campaign_name, e.task_id, t.title AS task_title, e.billable, e.note, e.status, e.role,
			       e.rate_amount, e.rate_currency, e.version""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate streaming;

	private final TransactionTemplate readOnly;

	private final TimeEntryCounts counts;

	TimeEntryQueries(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions,
			TimeEntryCounts counts) {
		this.jdbc = jdbc;
		this.counts = counts;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(EXPORT_FETCH_SIZE);
		this.streaming = new NamedParameterJdbcTemplate(template);
	}

	PageResponse<Row> page(UUID workspaceId, Filter filter, PageQuery query) {
		SqlConditions where = where(workspaceId, filter);
		// Every filter is on the entry itself, so the count needs none of the joins.
		long total = this.counts.total(workspaceId, filter,
				() -> this.jdbc.sql("SELECT count(*) FROM time_entry e " + where.sql())
					.params(where.params())
					.query(Long.class)
					.single());
		List<Row> rows = this.jdbc
			.sql(COLUMNS + FROM + where.sql() + "ORDER BY " + query.orderBy("e.id") + " LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("limit", query.size())
			.param("offset", query.offset())
			.query((rs, n) -> row(rs))
			.list();
		return PageResponse.of(rows, query, total);
	}

	/**
	 * Every matching row, in the list's order, handed to {@code each} as it is read: an
	 * export of a year of an agency's time never sits in memory at once. It reads in a
	 * transaction of its own, which PostgreSQL needs to read with a cursor (the fetch
	 * size) rather than all at once.
	 */
	void each(UUID workspaceId, Filter filter, PageQuery query, Consumer<Row> each) {
		SqlConditions where = where(workspaceId, filter);
		this.readOnly.executeWithoutResult(
				(status) -> this.streaming.query(COLUMNS + FROM + where.sql() + "ORDER BY " + query.orderBy("e.id"),
						where.params(), (ResultSet rs) -> each.accept(row(rs))));
	}

	/**
	 * A person's entries of one week, the timesheet's one query for its cells, by date.
	 */
	List<Row> week(UUID workspaceId, UUID userId, LocalDate monday) {
		return this.jdbc.sql(COLUMNS + FROM + """
				WHERE e.workspace_id = :workspaceId AND e.user_id = :userId
				  AND e.entry_date BETWEEN :monday AND :sunday
				ORDER BY e.entry_date, e.id
				""")
			.param("workspaceId", workspaceId)
			.param("userId", userId)
			.param("monday", monday)
			.param("sunday", monday.plusDays(6))
			.query((rs, n) -> row(rs))
			.list();
	}

	private static SqlConditions where(UUID workspaceId, Filter filter) {
		return SqlConditions.forWorkspace("e.workspace_id", workspaceId)
			.andIf(filter.from(), "e.entry_date >= :from", "from")
			.andIf(filter.to(), "e.entry_date <= :to", "to")
			.andIf(filter.userId(), "e.user_id = :userId", "userId")
			.andIf(filter.clientId(), "e.client_id = :clientId", "clientId")
			.andIf(filter.sowId(), "e.sow_id = :sowId", "sowId")
			.andIf((filter.status() != null) ? filter.status().name() : null, "e.status = :status", "status");
	}

	static Row row(ResultSet rs) throws SQLException {
		BigDecimal rate = rs.getBigDecimal("rate_amount");
		return new Row(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class), rs.getString("user_name"),
				rs.getObject("entry_date", LocalDate.class), rs.getInt("minutes"), rs.getInt("rounded_minutes"),
				rs.getObject("client_id", UUID.class), rs.getString("client_name"), rs.getObject("sow_id", UUID.class),
				rs.getString("sow_number"), rs.getString("sow_title"), rs.getObject("campaign_id", UUID.class),
				rs.getString("campaign_name"), rs.getObject("task_id", UUID.class), rs.getString("task_title"),
				rs.getBoolean("billable"), rs.getString("note"), TimeEntryStatus.valueOf(rs.getString("status")),
				rs.getString("role"),
				(rate != null) ? new Money(rate, Currency.getInstance(rs.getString("rate_currency"))) : null,
				rs.getLong("version"));
	}

}
