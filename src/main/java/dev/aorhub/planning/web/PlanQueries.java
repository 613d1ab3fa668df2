package dev.aorhub.planning.web;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.aorhub.planning.StrategicPlanStatus;
import dev.aorhub.planning.domain.MilestoneStatus;
import dev.aorhub.planning.domain.SegmentPriority;
import dev.aorhub.shared.persistence.SqlConditions;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.shared.web.PageResponse;
import dev.aorhub.shared.web.Sorting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Strategic plans as lists and as a page: the API's list and export, the plans page, the
 * client page's card, a plan with its lists, and a plan's versions. A list is one count
 * and one page query with the client and designation names joined from the read views
 * their modules publish; a plan's lists are one query per kind of entry for the whole
 * page of plans, never a query per plan.
 */
@Component
class PlanQueries {

	static final Sorting SORTING = Sorting.by("updatedAt", "p.updated_at")
		.and("title", "lower(p.title)")
		.and("client", "cl.name_key")
		.and("status", "p.status")
		.and("planVersion", "p.plan_version")
		.and("createdAt", "p.created_at")
		.defaultDescending("updatedAt");

	/**
	 * Optional filters; archived plans are listed only when {@code archived}, and only
	 * the current version of each plan when {@code currentOnly}.
	 */
	record Filter(UUID clientId, UUID designationId, StrategicPlanStatus status, boolean archived,
			boolean currentOnly) {

	}

	/** A plan's header with the names a reader needs. */
	record Row(UUID id, UUID clientId, String clientName, UUID designationId, String designationLabel, String title,
			StrategicPlanStatus status, int planVersion, UUID previousPlanId, UUID lineageId, boolean current,
			Instant sharedAt, Instant approvedAt, UUID approvedBy, String approvedByName, boolean archived,
			Instant updatedAt, long version, int competitorCount, int milestoneCount) {

	}

	record Research(String note, String source) {
	}

	record Competitor(String name, String positioning, String strengths, String weaknesses,
			BigDecimal shareOfVoicePercent, String recentMoves) {
	}

	record Segment(String name, String description, String size, SegmentPriority priority, List<String> channels) {
	}

	record Milestone(UUID id, String name, LocalDate dueDate, UUID ownerId, String ownerName, MilestoneStatus status) {
	}

	/** Everything a plan lists, in its order. */
	record Lists(List<Research> research, List<Competitor> competitors, List<Segment> segments, List<String> objectives,
			List<Milestone> milestones) {

		static final Lists NONE = new Lists(List.of(), List.of(), List.of(), List.of(), List.of());

	}

	/** A plan with its lists. */
	record Plan(Row row, Lists lists) {
	}

	private static final String FROM = """
			 FROM strategic_plan p
			JOIN client_directory cl ON cl.workspace_id = p.workspace_id AND cl.id = p.client_id
			LEFT JOIN designation_directory d ON d.workspace_id = p.workspace_id AND d.id = p.designation_id
			LEFT JOIN user_directory u ON u.workspace_id = p.workspace_id AND u.id = p.approved_by
			""";

	private static final String COLUMNS = """
			SELECT p.id, p.client_id, cl.name AS client_name, p.designation_id, d.category_name, d.market, p.title,
			       p.status, p.plan_version, p.previous_plan_id, p.lineage_id, p.shared_at, p.approved_at,
			       p.approved_by, u.name AS approved_by_name, p.archived, p.updated_at, p.version,
			       (SELECT count(*) FROM strategic_plan_competitor pc
			        WHERE pc.workspace_id = p.workspace_id AND pc.plan_id = p.id) AS competitor_count,
			       (SELECT count(*) FROM strategic_plan_milestone pm
			        WHERE pm.workspace_id = p.workspace_id AND pm.plan_id = p.id) AS milestone_count,
			       CASE WHEN EXISTS (SELECT 1 FROM strategic_plan n
			                         WHERE n.workspace_id = p.workspace_id AND n.lineage_id = p.lineage_id
			                           AND n.plan_version > p.plan_version AND n.archived = FALSE)
			            THEN FALSE ELSE TRUE END AS is_current""";

	private static final String LATER_VERSION = """
			NOT EXISTS (SELECT 1 FROM strategic_plan n
			            WHERE n.workspace_id = p.workspace_id AND n.lineage_id = p.lineage_id
			              AND n.plan_version > p.plan_version AND n.archived = FALSE)""";

	private final JdbcClient jdbc;

	PlanQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of plans: a count and the page, the client's name joined for a text match.
	 */
	PageResponse<Row> page(UUID workspaceId, Filter filter, PageQuery query) {
		SqlConditions where = where(workspaceId, filter, query);
		String from = (query.likePattern() != null) ? FROM : " FROM strategic_plan p ";
		long total = this.jdbc.sql("SELECT count(*)" + from + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		List<Row> rows = this.jdbc
			.sql(COLUMNS + FROM + where.sql() + "ORDER BY " + query.orderBy("p.id") + " LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("limit", query.size())
			.param("offset", query.offset())
			.query((rs, n) -> row(rs))
			.list();
		return PageResponse.of(rows, query, total);
	}

	Optional<Row> find(UUID workspaceId, UUID id) {
		return this.jdbc.sql(COLUMNS + FROM + " WHERE p.workspace_id = :workspaceId AND p.id = :id")
			.param("workspaceId", workspaceId)
			.param("id", id)
			.query((rs, n) -> row(rs))
			.optional();
	}

	/** A plan with its lists: six statements, whatever it holds. */
	Optional<Plan> plan(UUID workspaceId, UUID id) {
		return find(workspaceId, id).map((row) -> new Plan(row, lists(workspaceId, List.of(id)).get(id)));
	}

	/** The plans of a page with their lists: five more statements for the page. */
	List<Plan> withLists(UUID workspaceId, List<Row> rows) {
		Map<UUID, Lists> lists = lists(workspaceId, rows.stream().map(Row::id).toList());
		return rows.stream().map((row) -> new Plan(row, lists.getOrDefault(row.id(), Lists.NONE))).toList();
	}

	/** Every version of the plan's line, oldest first (archived ones too, marked). */
	List<Row> versions(UUID workspaceId, UUID lineageId) {
		return this.jdbc.sql(COLUMNS + FROM + """
				WHERE p.workspace_id = :workspaceId AND p.lineage_id = :lineageId
				ORDER BY p.plan_version
				""").param("workspaceId", workspaceId).param("lineageId", lineageId).query((rs, n) -> row(rs)).list();
	}

	/**
	 * A client's current plans that are not archived, latest change first, at most
	 * {@code limit}.
	 */
	List<Row> currentOfClient(UUID workspaceId, UUID clientId, int limit) {
		return this.jdbc.sql(COLUMNS + FROM + """
				WHERE p.workspace_id = :workspaceId AND p.client_id = :clientId AND p.archived = FALSE AND
				""" + LATER_VERSION + """

				ORDER BY p.updated_at DESC, p.id DESC
				LIMIT :limit
				""")
			.param("workspaceId", workspaceId)
			.param("clientId", clientId)
			.param("limit", limit)
			.query((rs, n) -> row(rs))
			.list();
	}

	private Map<UUID, Lists> lists(UUID workspaceId, Collection<UUID> planIds) {
		Map<UUID, Lists> lists = new HashMap<>();
		if (planIds.isEmpty()) {
			return lists;
		}
		planIds.forEach((id) -> lists.put(id, new Lists(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>(), new ArrayList<>())));
		this.jdbc.sql("""
				SELECT plan_id, note, source FROM strategic_plan_research
				WHERE workspace_id = :workspaceId AND plan_id IN (:ids)
				ORDER BY plan_id, position
				""").param("workspaceId", workspaceId).param("ids", planIds).query((rs) -> {
			lists.get(rs.getObject("plan_id", UUID.class))
				.research()
				.add(new Research(rs.getString("note"), rs.getString("source")));
		});
		this.jdbc.sql("""
				SELECT plan_id, name, positioning, strengths, weaknesses, share_of_voice_percent, recent_moves
				FROM strategic_plan_competitor
				WHERE workspace_id = :workspaceId AND plan_id IN (:ids)
				ORDER BY plan_id, position
				""").param("workspaceId", workspaceId).param("ids", planIds).query((rs) -> {
			lists.get(rs.getObject("plan_id", UUID.class))
				.competitors()
				.add(new Competitor(rs.getString("name"), rs.getString("positioning"), rs.getString("strengths"),
						rs.getString("weaknesses"), rs.getBigDecimal("share_of_voice_percent"),
						rs.getString("recent_moves")));
		});
		this.jdbc.sql("""
				SELECT plan_id, name, description, size, priority, channels FROM strategic_plan_segment
				WHERE workspace_id = :workspaceId AND plan_id IN (:ids)
				ORDER BY plan_id, position
				""").param("workspaceId", workspaceId).param("ids", planIds).query((rs) -> {
			String channels = rs.getString("channels");
			lists.get(rs.getObject("plan_id", UUID.class))
				.segments()
				.add(new Segment(rs.getString("name"), rs.getString("description"), rs.getString("size"),
						SegmentPriority.valueOf(rs.getString("priority")),
						(channels != null) ? Arrays.asList(channels.split("\n")) : List.of()));
		});
		this.jdbc.sql("""
				SELECT plan_id, text FROM strategic_plan_objective
				WHERE workspace_id = :workspaceId AND plan_id IN (:ids)
				ORDER BY plan_id, position
				""").param("workspaceId", workspaceId).param("ids", planIds).query((rs) -> {
			lists.get(rs.getObject("plan_id", UUID.class)).objectives().add(rs.getString("text"));
		});
		this.jdbc.sql("""
				SELECT m.plan_id, m.milestone_id, m.name, m.due_date, m.owner_id, u.name AS owner_name, m.status
				FROM strategic_plan_milestone m
				LEFT JOIN user_directory u ON u.workspace_id = m.workspace_id AND u.id = m.owner_id
				WHERE m.workspace_id = :workspaceId AND m.plan_id IN (:ids)
				ORDER BY m.plan_id, m.position
				""").param("workspaceId", workspaceId).param("ids", planIds).query((rs) -> {
			lists.get(rs.getObject("plan_id", UUID.class))
				.milestones()
				.add(new Milestone(rs.getObject("milestone_id", UUID.class), rs.getString("name"),
						rs.getObject("due_date", LocalDate.class), rs.getObject("owner_id", UUID.class),
						rs.getString("owner_name"), MilestoneStatus.valueOf(rs.getString("status"))));
		});
		return lists;
	}

	private static SqlConditions where(UUID workspaceId, Filter filter, PageQuery query) {
		SqlConditions where = SqlConditions.forWorkspace("p.workspace_id", workspaceId)
			.andIf(filter.clientId(), "p.client_id = :clientId", "clientId")
			.andIf(filter.designationId(), "p.designation_id = :designationId", "designationId")
			.andIf((filter.status() != null) ? filter.status().name() : null, "p.status = :status", "status")
			.andIf(query.likePattern(), "(lower(p.title) LIKE :q ESCAPE '\\' OR cl.name_key LIKE :q ESCAPE '\\')", "q")
			.and("p.archived = :archived")
			.param("archived", filter.archived());
		return filter.currentOnly() ? where.and(LATER_VERSION) : where;
	}

	private static Row row(ResultSet rs) throws SQLException {
		String category = rs.getString("category_name");
		return new Row(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				rs.getString("client_name"), rs.getObject("designation_id", UUID.class),
				(category != null) ? category + " · " + rs.getString("market") : null, rs.getString("title"),
				StrategicPlanStatus.valueOf(rs.getString("status")), rs.getInt("plan_version"),
				rs.getObject("previous_plan_id", UUID.class), rs.getObject("lineage_id", UUID.class),
				rs.getBoolean("is_current"), instant(rs, "shared_at"), instant(rs, "approved_at"),
				rs.getObject("approved_by", UUID.class), rs.getString("approved_by_name"), rs.getBoolean("archived"),
				instant(rs, "updated_at"), rs.getLong("version"), rs.getInt("competitor_count"),
				rs.getInt("milestone_count"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		java.sql.Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

}
