package dev.aorhub.delivery.web;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.aorhub.contracts.SowStatus;
import dev.aorhub.delivery.CampaignStatus;
import dev.aorhub.delivery.TaskStatus;
import dev.aorhub.shared.Money;
import dev.aorhub.shared.persistence.SqlConditions;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.shared.web.PageResponse;
import dev.aorhub.shared.web.Sorting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Campaigns as lists and as a page: the API's list and export, the campaigns page, the
 * client page's card, and a campaign's task counts and logged time. A list is one count
 * and one page query with the client, SOW, designation and owner names joined from the
 * read views their modules publish; never a query per row.
 */
@Component
class CampaignQueries {

	static final Sorting SORTING = Sorting.by("startDate", "c.start_date")
		.and("name", "lower(c.name)")
		.and("client", "cl.name_key")
		.and("endDate", "c.end_date")
		.and("status", "c.status")
		.and("budget", "c.budget_amount")
		.and("createdAt", "c.created_at")
		.defaultDescending("startDate");

	/** Optional filters; archived campaigns are listed only when {@code archived}. */
	record Filter(UUID clientId, UUID designationId, UUID sowId, CampaignStatus status, UUID ownerId,
			boolean archived) {

		static Filter ofClient(UUID clientId) {
			return new Filter(clientId, null, null, null, null, false);
		}

	}

	record Row(UUID id, UUID clientId, String clientName, UUID designationId, String designationLabel, UUID sowId,
			String sowNumber, String sowTitle, SowStatus sowStatus, String name, String objective, LocalDate startDate,
			LocalDate endDate, Money budget, CampaignStatus status, UUID ownerId, String ownerName, boolean archived,
			long version) {

		/** {@code 1 Mar 2026 – 30 Jun 2026}, or {@code from 1 Mar 2026}. */
		public String flightLabel() {
			return (this.endDate != null) ? DeliveryText.date(this.startDate) + " – " + DeliveryText.date(this.endDate)
					: "from " + DeliveryText.date(this.startDate);
		}

		public String budgetLabel() {
			return (this.budget != null) ? this.budget.display() : "—";
		}

		public String statusCss() {
			return DeliveryText.statusCss(this.status);
		}

	}

	private static final String FROM = """
			 FROM campaign c
			JOIN client_directory cl ON cl.workspace_id = c.workspace_id AND cl.id = c.client_id
			LEFT JOIN sow_directory s ON s.workspace_id = c.workspace_id AND s.id = c.sow_id
			LEFT JOIN designation_directory d ON d.workspace_id = c.workspace_id AND d.id = c.designation_id
			LEFT JOIN user_directory u ON u.workspace_id = c.workspace_id AND u.id = c.owner_id
			""";

	private static final String COLUMNS = """
			SELECT c.id, c.client_id, cl.name AS client_name, c.designation_id, d.category_name, d.market,
			       c.sow_id, s.number AS sow_number, s.title AS sow_title, s.status AS sow_status, c.name,
			       c.objective, c.start_date, c.end_date, c.budget_amount, c.budget_currency, c.status, c.owner_id,
			       u.name AS owner_name, c.archived, c.version""";

	private final JdbcClient jdbc;

	CampaignQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of campaigns: a count (the names joined only when the text is matched
	 * against them or the client orders the page) and the page.
	 */
	PageResponse<Row> page(UUID workspaceId, Filter filter, PageQuery query) {
		SqlConditions where = where(workspaceId, filter, query);
		String from = (query.likePattern() != null) ? FROM : " FROM campaign c ";
		long total = this.jdbc.sql("SELECT count(*)" + from + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		List<Row> rows = this.jdbc
			.sql(COLUMNS + FROM + where.sql() + "ORDER BY " + query.orderBy("c.id") + " LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("limit", query.size())
			.param("offset", query.offset())
			.query((rs, n) -> row(rs))
			.list();
		return PageResponse.of(rows, query, total);
	}

	/** A client's latest campaigns that are not archived, at most {@code limit}. */
	List<Row> latestOfClient(UUID workspaceId, UUID clientId, int limit) {
		return this.jdbc.sql(COLUMNS + FROM + """
				WHERE c.workspace_id = :workspaceId AND c.client_id = :clientId AND c.archived = FALSE
				ORDER BY c.start_date DESC, c.id DESC
				LIMIT :limit
				""")
			.param("workspaceId", workspaceId)
			.param("clientId", clientId)
			.param("limit", limit)
			.query((rs, n) -> row(rs))
			.list();
	}

	Optional<Row> find(UUID workspaceId, UUID id) {
		return this.jdbc.sql(COLUMNS + FROM + " WHERE c.workspace_id = :workspaceId AND c.id = :id")
			.param("workspaceId", workspaceId)
			.param("id", id)
			.query((rs, n) -> row(rs))
			.optional();
	}

	private static SqlConditions where(UUID workspaceId, Filter filter, PageQuery query) {
		return SqlConditions.forWorkspace("c.workspace_id", workspaceId)
			.andIf(filter.clientId(), "c.client_id = :clientId", "clientId")
			.andIf(filter.designationId(), "c.designation_id = :designationId", "designationId")
			.andIf(filter.sowId(), "c.sow_id = :sowId", "sowId")
			.andIf((filter.status() != null) ? filter.status().name() : null, "c.status = :status", "status")
			.andIf(filter.ownerId(), "c.owner_id = :ownerId", "ownerId")
			.andIf(query.likePattern(),
					"(lower(c.name) LIKE :q ESCAPE '\\' OR cl.name_key LIKE :q ESCAPE '\\'"
							+ " OR lower(s.number) LIKE :q ESCAPE '\\' OR lower(c.objective) LIKE :q ESCAPE '\\')",
					"q")
			.and("c.archived = :archived")
			.param("archived", filter.archived());
	}

	private static Row row(ResultSet rs) throws SQLException {
		BigDecimal amount = rs.getBigDecimal("budget_amount");
		Money budget = (amount != null) ? new Money(amount, Currency.getInstance(rs.getString("budget_currency")))
				: null;
		String category = rs.getString("category_name");
		String sowStatus = rs.getString("sow_status");
		return new Row(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				rs.getString("client_name"), rs.getObject("designation_id", UUID.class),
				(category != null) ? category + " · " + rs.getString("market") : null,
				rs.getObject("sow_id", UUID.class), rs.getString("sow_number"), rs.getString("sow_title"),
				(sowStatus != null) ? SowStatus.valueOf(sowStatus) : null, rs.getString("name"),
				rs.getString("objective"), rs.getObject("start_date", LocalDate.class),
				rs.getObject("end_date", LocalDate.class), budget, CampaignStatus.valueOf(rs.getString("status")),
				rs.getObject("owner_id", UUID.class), rs.getString("owner_name"), rs.getBoolean("archived"),
				rs.getLong("version"));
	}

	/** A board column's count of cards, and how many of them are overdue. */
	record TaskCount(TaskStatus status, long tasks, long overdue) {
	}

	/** The campaign's tasks per column, every column present; one statement. */
	Map<TaskStatus, TaskCount> taskCounts(UUID workspaceId, UUID campaignId, LocalDate today) {
		Map<TaskStatus, TaskCount> counts = new EnumMap<>(TaskStatus.class);
		for (TaskStatus status : TaskStatus.values()) {
			counts.put(status, new TaskCount(status, 0, 0));
		}
		this.jdbc.sql("""
				SELECT status, count(*) AS tasks,
				       sum(CASE WHEN due_date < :today AND status <> 'DONE' THEN 1 ELSE 0 END) AS overdue
				FROM task
				WHERE workspace_id = :workspaceId AND campaign_id = :campaignId AND archived = FALSE
				GROUP BY status
				""")
			.param("workspaceId", workspaceId)
			.param("campaignId", campaignId)
			.param("today", today)
			.query((rs) -> {
				TaskStatus status = TaskStatus.valueOf(rs.getString("status"));
				counts.put(status, new TaskCount(status, rs.getLong("tasks"), rs.getLong("overdue")));
			});
		return counts;
	}

	/** One person's time on the campaign: all of it, and the billable part. */
	record PersonTime(UUID userId, String name, long minutes, long billableMinutes) {

		public String hours() {
			return DeliveryText.hours(this.minutes);
		}

		/** The billable share as a whole percentage, 0 without time. */
		public int billablePercent() {
			return DeliveryText.percent(this.billableMinutes, this.minutes);
		}

	}

	/** The campaign's time by person, who logged most first: one aggregate statement. */
	List<PersonTime> timeByPerson(UUID workspaceId, UUID campaignId) {
		return this.jdbc.sql("""
				SELECT te.user_id, u.name, sum(te.minutes) AS minutes,
				       sum(CASE WHEN te.billable THEN te.minutes ELSE 0 END) AS billable_minutes
				FROM time_entry te
				LEFT JOIN user_directory u ON u.workspace_id = te.workspace_id AND u.id = te.user_id
				WHERE te.workspace_id = :workspaceId AND te.campaign_id = :campaignId
				GROUP BY te.user_id, u.name
				ORDER BY sum(te.minutes) DESC, u.name
				LIMIT 200
				""")
			.param("workspaceId", workspaceId)
			.param("campaignId", campaignId)
			.query((rs, n) -> new PersonTime(rs.getObject("user_id", UUID.class), rs.getString("name"),
					rs.getLong("minutes"), rs.getLong("billable_minutes")))
			.list();
	}

}
