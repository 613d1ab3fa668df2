package dev.aorhub.delivery.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.aorhub.clients.BrandSummary;
import dev.aorhub.clients.Clients;
import dev.aorhub.delivery.AssetKind;
import dev.aorhub.delivery.AssetStatus;
import dev.aorhub.shared.persistence.SqlConditions;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.shared.web.PageResponse;
import dev.aorhub.shared.web.Sorting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Creative assets as lists: the API's list and export, the assets page, a campaign's
 * section and the review queue. Each is one statement with the campaign, client, the open
 * round's due date and the current version joined in (a paged list one more, its count),
 * and one question to the clients module for the names of the brands listed.
 */
@Component
class CreativeAssetQueries {

	static final Sorting SORTING = Sorting.by("updatedAt", "a.updated_at")
		.and("name", "lower(a.name)")
		.and("status", "a.status")
		.and("kind", "a.kind")
		.and("campaign", "lower(c.name)")
		.and("dueDate", "COALESCE(r.due_date, DATE '9999-12-31')")
		.and("createdAt", "a.created_at")
		.defaultDescending("updatedAt");

	/** A campaign's page lists at most this many of its assets. */
	static final int CAMPAIGN_LIMIT = 50;

	/** The review queue lists at most this many assets. */
	static final int QUEUE_LIMIT = 200;

	record Filter(UUID campaignId, UUID clientId, UUID brandId, AssetStatus status, AssetKind kind, boolean archived) {

		static Filter none() {
			return new Filter(null, null, null, null, null, false);
		}

	}

	record Row(UUID id, UUID campaignId, String campaignName, UUID clientId, String clientName, UUID brandId,
			String brandName, String name, AssetKind kind, AssetStatus status, int currentVersion,
			Integer approvedVersion, String approvedBy, Instant approvedAt, boolean archived, LocalDate dueDate,
			boolean thumbnail, String currentContentType, Instant updatedAt, long version) {

		Row withBrandName(BrandSummary brand) {
			return (brand == null) ? this
					: new Row(this.id, this.campaignId, this.campaignName, this.clientId, this.clientName, this.brandId,
							brand.name(), this.name, this.kind, this.status, this.currentVersion, this.approvedVersion,
							this.approvedBy, this.approvedAt, this.archived, this.dueDate, this.thumbnail,
							this.currentContentType, this.updatedAt, this.version);
		}

		public boolean isOverdue(LocalDate today) {
			return this.status.inReview() && this.dueDate != null && this.dueDate.isBefore(today);
		}

		public String dueLabel() {
			return DeliveryText.date(this.dueDate);
		}

	}

	private static final String FROM = """
			 FROM creative_asset a
			JOIN campaign c ON c.workspace_id = a.workspace_id AND c.id = a.campaign_id
			JOIN client_directory cl ON cl.workspace_id = a.workspace_id AND cl.id = a.client_id
			LEFT JOIN creative_review_round r ON r.workspace_id = a.workspace_id AND r.asset_id = a.id
			     AND r.closed_at IS NULL
			LEFT JOIN creative_asset_version v ON v.workspace_id = a.workspace_id AND v.asset_id = a.id
			     AND v.number = a.current_version
			""";

	private static final String COLUMNS = """
			SELECT a.id, a.campaign_id, c.name AS campaign_name, a.client_id, cl.name AS client_name, a.brand_id,
			       a.name, a.kind, a.status, a.current_version, a.approved_version, a.approved_by,
			       a.approved_at, a.archived, r.due_date, v.thumbnail_key, v.content_type, a.updated_at, a.version""";

	private final JdbcClient jdbc;

	private final Clients clients;

	CreativeAssetQueries(JdbcClient jdbc, Clients clients) {
		this.jdbc = jdbc;
		this.clients = clients;
	}

	/** The rows with their brands' names, asked of the clients module in one query. */
	private List<Row> named(UUID workspaceId, List<Row> rows) {
		java.util.Set<UUID> ids = new java.util.HashSet<>();
		rows.forEach((row) -> {
			if (row.brandId() != null) {
				ids.add(row.brandId());
			}
		});
		if (ids.isEmpty()) {
			return rows;
		}
		java.util.Map<UUID, BrandSummary> brands = this.clients.findBrands(workspaceId, ids);
		return rows.stream().map((row) -> row.withBrandName(brands.get(row.brandId()))).toList();
	}

	PageResponse<Row> page(UUID workspaceId, Filter filter, PageQuery query) {
		SqlConditions where = where(workspaceId, filter, query);
		long total = this.jdbc.sql("SELECT count(*)" + FROM + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		List<Row> rows = this.jdbc
			.sql(COLUMNS + FROM + where.sql() + "ORDER BY " + query.orderBy("a.id") + " LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("limit", query.size())
			.param("offset", query.offset())
			.query((rs, n) -> row(rs))
			.list();
		return PageResponse.of(named(workspaceId, rows), query, total);
	}

	Optional<Row> find(UUID workspaceId, UUID id) {
		return this.jdbc.sql(COLUMNS + FROM + " WHERE a.workspace_id = :workspaceId AND a.id = :id")
			.param("workspaceId", workspaceId)
			.param("id", id)
			.query((rs, n) -> row(rs))
			.optional()
			.map((row) -> named(workspaceId, List.of(row)).get(0));
	}

	/** A campaign's assets that are not archived, waiting ones first. */
	List<Row> ofCampaign(UUID workspaceId, UUID campaignId) {
		List<Row> rows = this.jdbc.sql(COLUMNS + FROM + """
				WHERE a.workspace_id = :workspaceId AND a.campaign_id = :campaignId AND a.archived = FALSE
				ORDER BY CASE WHEN a.status = 'APPROVED' THEN 1 ELSE 0 END, a.updated_at DESC, a.id
				LIMIT :limit
				""")
			.param("workspaceId", workspaceId)
			.param("campaignId", campaignId)
			.param("limit", CAMPAIGN_LIMIT)
			.query((rs, n) -> row(rs))
			.list();
		return named(workspaceId, rows);
	}

	/**
	 * What waits for a person's review: assets whose open round names them as a reviewer,
	 * and, for someone who answers to clients ({@code withOwnedClientReviews}), the
	 * client reviews of campaigns they own, whose approval they chase. Overdue first,
	 * then by due date.
	 */
	List<Row> queueOf(UUID workspaceId, UUID userId, boolean withOwnedClientReviews, LocalDate today) {
		return queueOf(workspaceId, userId, withOwnedClientReviews, today, QUEUE_LIMIT);
	}

	/** As {@link #queueOf(UUID, UUID, boolean, LocalDate)}, the first {@code limit}. */
	List<Row> queueOf(UUID workspaceId, UUID userId, boolean withOwnedClientReviews, LocalDate today, int limit) {
		List<Row> rows = this.jdbc.sql(COLUMNS + FROM + """
				WHERE a.workspace_id = :workspaceId AND a.archived = FALSE AND r.id IS NOT NULL
				  AND a.status IN ('INTERNAL_REVIEW', 'CLIENT_REVIEW')
				  AND (EXISTS (SELECT 1 FROM creative_round_reviewer rr
				               WHERE rr.workspace_id = r.workspace_id AND rr.round_id = r.id AND rr.user_id = :userId)
				       OR (:owned = TRUE AND a.status = 'CLIENT_REVIEW' AND c.owner_id = :userId))
				ORDER BY CASE WHEN r.due_date < :today THEN 0 ELSE 1 END, COALESCE(r.due_date, DATE '9999-12-31'),
				         a.updated_at, a.id
				LIMIT :limit
				""")
			.param("workspaceId", workspaceId)
			.param("userId", userId)
			.param("owned", withOwnedClientReviews)
			.param("today", today)
			.param("limit", limit)
			.query((rs, n) -> row(rs))
			.list();
		return named(workspaceId, rows);
	}

	private static SqlConditions where(UUID workspaceId, Filter filter, PageQuery query) {
		return SqlConditions.forWorkspace("a.workspace_id", workspaceId)
			.andIf(filter.campaignId(), "a.campaign_id = :campaignId", "campaignId")
			.andIf(filter.clientId(), "a.client_id = :clientId", "clientId")
			.andIf(filter.brandId(), "a.brand_id = :brandId", "brandId")
			.andIf((filter.status() != null) ? filter.status().name() : null, "a.status = :status", "status")
			.andIf((filter.kind() != null) ? filter.kind().name() : null, "a.kind = :kind", "kind")
			.andIf(query.likePattern(), "(lower(a.name) LIKE :q ESCAPE '\\' OR lower(c.name) LIKE :q ESCAPE '\\')", "q")
			.and("a.archived = :archived")
			.param("archived", filter.archived());
	}

	private static Row row(ResultSet rs) throws SQLException {
		OffsetDateTime approvedAt = rs.getObject("approved_at", OffsetDateTime.class);
		OffsetDateTime updatedAt = rs.getObject("updated_at", OffsetDateTime.class);
		Integer approvedVersion = rs.getObject("approved_version", Integer.class);
		return new Row(rs.getObject("id", UUID.class), rs.getObject("campaign_id", UUID.class),
				rs.getString("campaign_name"), rs.getObject("client_id", UUID.class), rs.getString("client_name"),
				rs.getObject("brand_id", UUID.class), null, rs.getString("name"),
				AssetKind.valueOf(rs.getString("kind")), AssetStatus.valueOf(rs.getString("status")),
				rs.getInt("current_version"), approvedVersion, rs.getString("approved_by"),
				(approvedAt != null) ? approvedAt.toInstant() : null, rs.getBoolean("archived"),
				rs.getObject("due_date", LocalDate.class), rs.getString("thumbnail_key") != null,
				rs.getString("content_type"), (updatedAt != null) ? updatedAt.toInstant() : null,
				rs.getLong("version"));
	}

}
