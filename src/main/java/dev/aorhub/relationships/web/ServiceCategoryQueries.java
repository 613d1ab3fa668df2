package dev.aorhub.relationships.web;

import java.util.List;
import java.util.UUID;

import dev.aorhub.shared.persistence.SqlConditions;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.shared.web.PageResponse;
import dev.aorhub.shared.web.Sorting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Service categories as a list, with how many designations (not archived) use each.
 */
@Component
class ServiceCategoryQueries {

	static final Sorting SORTING = Sorting.by("name", "lower(sc.name)")
		.and("designations", "designations")
		.and("createdAt", "sc.created_at")
		.defaultAscending("name");

	record CategoryRow(UUID id, String name, boolean archived, long designations, long version) {
	}

	private final JdbcClient jdbc;

	ServiceCategoryQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PageResponse<CategoryRow> page(UUID workspaceId, Boolean archived, PageQuery query) {
		SqlConditions where = SqlConditions.forWorkspace("sc.workspace_id", workspaceId)
			.andIf(query.likePattern(), "lower(sc.name) LIKE :q ESCAPE '\\'", "q")
			.andIf(archived, "sc.archived = :archived", "archived");
		long total = this.jdbc.sql("SELECT count(*) FROM service_category sc" + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		List<CategoryRow> rows = this.jdbc
			.sql("""
					SELECT sc.id, sc.name, sc.archived, sc.version,
					       (SELECT count(*) FROM designation d WHERE d.workspace_id = sc.workspace_id
					        AND d.category_id = sc.id AND d.archived = FALSE) AS designations
					FROM service_category sc""" + where.sql() + "ORDER BY " + query.orderBy("sc.id")
					+ " LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("limit", query.size())
			.param("offset", query.offset())
			.query((rs, n) -> new CategoryRow(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getBoolean("archived"), rs.getLong("designations"), rs.getLong("version")))
			.list();
		return PageResponse.of(rows, query, total);
	}

}
