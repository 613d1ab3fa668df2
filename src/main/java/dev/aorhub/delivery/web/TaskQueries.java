package dev.aorhub.delivery.web;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.aorhub.delivery.Discipline;
import dev.aorhub.delivery.TaskStatus;
import dev.aorhub.shared.persistence.SqlConditions;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.shared.web.PageResponse;
import dev.aorhub.shared.web.Sorting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tasks as lists: the API's list and export, the task list, a campaign's board and a
 * person's open work. Each is one statement with the campaign, client and assignee names
 * joined in (a paged list one more, its count).
 */
@Component
class TaskQueries {

	/** A task without a due date sorts after every dated one, on any database. */
	static final Sorting SORTING = Sorting.by("dueDate", "COALESCE(t.due_date, DATE '9999-12-31')")
		.and("title", "lower(t.title)")
		.and("status", "t.status")
		.and("position", "t.position")
		.and("discipline", "t.discipline")
		.and("campaign", "lower(c.name)")
		.and("assignee", "lower(u.name)")
		.and("createdAt", "t.created_at")
		.defaultAscending("dueDate");

	/** A board holds at most this many cards; more would be no board to read. */
	static final int BOARD_LIMIT = 1000;

	/** Optional filters; archived tasks are listed only when {@code archived}. */
	record Filter(UUID campaignId, UUID clientId, UUID assigneeId, TaskStatus status, boolean archived) {
	}

	record Row(UUID id, UUID campaignId, String campaignName, UUID clientId, String clientName, String title,
			String description, Discipline discipline, UUID assigneeId, String assigneeName, BigDecimal estimateHours,
			LocalDate dueDate, TaskStatus status, int position, boolean archived, long version) {

		public boolean isOverdue(LocalDate today) {
			return this.status != TaskStatus.DONE && this.dueDate != null && this.dueDate.isBefore(today);
		}

		public String dueLabel() {
			return DeliveryText.date(this.dueDate);
		}

	}

	private static final String FROM = """
			 FROM task t
			JOIN campaign c ON c.workspace_id = t.workspace_id AND c.id = t.campaign_id
			JOIN client_directory cl ON cl.workspace_id = c.workspace_id AND cl.id = c.client_id
			LEFT JOIN user_directory u ON u.workspace_id = t.workspace_id AND u.id = t.assignee_id
			""";

	private static final String COLUMNS = """
			SELECT t.id, t.campaign_id, c.name AS campaign_name, c.client_id, cl.name AS client_name, t.title,
			       t.description, t.discipline, t.assignee_id, u.name AS assignee_name, t.estimate_hours, t.due_date,
			       t.status, t.position, t.archived, t.version""";

	private final JdbcClient jdbc;

	TaskQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PageResponse<Row> page(UUID workspaceId, Filter filter, PageQuery query) {
		SqlConditions where = where(workspaceId, filter, query);
		boolean names = query.likePattern() != null || filter.clientId() != null;
		String from = names ? FROM : " FROM task t ";
		long total = this.jdbc.sql("SELECT count(*)" + from + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		List<Row> rows = this.jdbc
			.sql(COLUMNS + FROM + where.sql() + "ORDER BY " + query.orderBy("t.id") + " LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("limit", query.size())
			.param("offset", query.offset())
			.query((rs, n) -> row(rs))
			.list();
		return PageResponse.of(rows, query, total);
	}

	Optional<Row> find(UUID workspaceId, UUID id) {
		return this.jdbc.sql(COLUMNS + FROM + " WHERE t.workspace_id = :workspaceId AND t.id = :id")
			.param("workspaceId", workspaceId)
			.param("id", id)
			.query((rs, n) -> row(rs))
			.optional();
	}

	/** A campaign's cards, column by column, each column by position. */
	List<Row> board(UUID workspaceId, UUID campaignId) {
		return this.jdbc.sql(COLUMNS + FROM + """
				WHERE t.workspace_id = :workspaceId AND t.campaign_id = :campaignId AND t.archived = FALSE
				ORDER BY t.position, t.created_at, t.id
				LIMIT :limit
				""")
			.param("workspaceId", workspaceId)
			.param("campaignId", campaignId)
			.param("limit", BOARD_LIMIT)
			.query((rs, n) -> row(rs))
			.list();
	}

	/**
	 * A person's open tasks on campaigns that are not archived, by client and campaign,
	 * overdue first, then by due date; at most {@code limit}.
	 */
	List<Row> openWorkOf(UUID workspaceId, UUID userId, LocalDate today, int limit) {
		return this.jdbc.sql(COLUMNS + FROM + """
				WHERE t.workspace_id = :workspaceId AND t.assignee_id = :userId AND t.archived = FALSE
				  AND t.status <> 'DONE' AND c.archived = FALSE
				ORDER BY cl.name_key, cl.id, lower(c.name), c.id,
				         CASE WHEN t.due_date < :today THEN 0 ELSE 1 END,
				         COALESCE(t.due_date, DATE '9999-12-31'), t.position, t.id
				LIMIT :limit
				""")
			.param("workspaceId", workspaceId)
			.param("userId", userId)
			.param("today", today)
			.param("limit", limit)
			.query((rs, n) -> row(rs))
			.list();
	}

	/** How many open tasks {@link #openWorkOf} would list without its limit. */
	long countOpenWorkOf(UUID workspaceId, UUID userId) {
		return this.jdbc.sql("""
				SELECT count(*) FROM task t
				JOIN campaign c ON c.workspace_id = t.workspace_id AND c.id = t.campaign_id
				WHERE t.workspace_id = :workspaceId AND t.assignee_id = :userId AND t.archived = FALSE
				  AND t.status <> 'DONE' AND c.archived = FALSE
				""").param("workspaceId", workspaceId).param("userId", userId).query(Long.class).single();
	}

	private static SqlConditions where(UUID workspaceId, Filter filter, PageQuery query) {
		return SqlConditions.forWorkspace("t.workspace_id", workspaceId)
			.andIf(filter.campaignId(), "t.campaign_id = :campaignId", "campaignId")
			.andIf(filter.clientId(), "c.client_id = :clientId", "clientId")
			.andIf(filter.assigneeId(), "t.assignee_id = :assigneeId", "assigneeId")
			.andIf((filter.status() != null) ? filter.status().name() : null, "t.status = :status", "status")
			.andIf(query.likePattern(),
					"(lower(t.title) LIKE :q ESCAPE '\\' OR lower(t.description) LIKE :q ESCAPE '\\'"
							+ " OR lower(c.name) LIKE :q ESCAPE '\\')",
					"q")
			.and("t.archived = :archived")
			.param("archived", filter.archived());
	}

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("campaign_id", UUID.class),
				rs.getString("campaign_name"), rs.getObject("client_id", UUID.class), rs.getString("client_name"),
				rs.getString("title"), rs.getString("description"), Discipline.valueOf(rs.getString("discipline")),
				rs.getObject("assignee_id", UUID.class), rs.getString("assignee_name"),
				rs.getBigDecimal("estimate_hours"), rs.getObject("due_date", LocalDate.class),
				TaskStatus.valueOf(rs.getString("status")), rs.getInt("position"), rs.getBoolean("archived"),
				rs.getLong("version"));
	}

	/** A person's hours on one client in a week. */
	record ClientHours(UUID clientId, String clientName, long minutes, long billableMinutes) {

		public String hours() {
			return DeliveryText.hours(this.minutes);
		}

	}

	/**
	 * A person's time from {@code monday} to {@code sunday} per client, most first; time
	 * on no client is one row with a null client. One aggregate statement.
	 */
	List<ClientHours> hoursByClient(UUID workspaceId, UUID userId, LocalDate monday, LocalDate sunday) {
		return this.jdbc.sql("""
				SELECT te.client_id, cl.name AS client_name, sum(te.minutes) AS minutes,
				       sum(CASE WHEN te.billable THEN te.minutes ELSE 0 END) AS billable_minutes
				FROM time_entry te
				LEFT JOIN client_directory cl ON cl.workspace_id = te.workspace_id AND cl.id = te.client_id
				WHERE te.workspace_id = :workspaceId AND te.user_id = :userId
				  AND te.entry_date BETWEEN :monday AND :sunday
				GROUP BY te.client_id, cl.name
				ORDER BY sum(te.minutes) DESC, cl.name
				LIMIT 200
				""")
			.param("workspaceId", workspaceId)
			.param("userId", userId)
			.param("monday", monday)
			.param("sunday", sunday)
			.query((rs, n) -> new ClientHours(rs.getObject("client_id", UUID.class), rs.getString("client_name"),
					rs.getLong("minutes"), rs.getLong("billable_minutes")))
			.list();
	}

}
