package dev.aorhub.workspace.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.shared.persistence.SqlConditions;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.shared.web.PageResponse;
import dev.aorhub.shared.web.Sorting;
import dev.aorhub.workspace.Role;
import dev.aorhub.workspace.domain.RolesConverter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The workspace's users as a searchable, sortable, paged list.
 */
@Component
class UserQueries {

	static final Sorting SORTING = Sorting.by("name", "lower(name)")
		.and("email", "email")
		.and("lastLoginAt", "last_login_at")
		.and("createdAt", "created_at")
		.defaultAscending("name");

	record UserFilter(Role role, Boolean active) {
	}

	record UserRow(UUID id, String email, String name, Set<Role> roles, UUID clientId, boolean active,
			Instant lastLoginAt, Instant createdAt, long version) {
	}

	private final JdbcClient jdbc;

	UserQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PageResponse<UserRow> page(UUID workspaceId, UserFilter filter, PageQuery query) {
		SqlConditions where = SqlConditions.forWorkspace("workspace_id", workspaceId)
			.andIf(query.likePattern(), "(lower(name) LIKE :q ESCAPE '\\' OR email LIKE :q ESCAPE '\\')", "q")
			.andIf((filter.role() != null) ? "%," + filter.role().name() + ",%" : null,
					"(',' || roles || ',') LIKE :role", "role")
			.andIf(filter.active(), "active = :active", "active");
		long total = this.jdbc.sql("SELECT count(*) FROM app_user" + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		List<UserRow> rows = this.jdbc.sql("""
				SELECT id, email, name, roles, client_id, active, last_login_at, created_at, version
				FROM app_user""" + where.sql() + "ORDER BY " + query.orderBy("id") + " LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("limit", query.size())
			.param("offset", query.offset())
			.query((rs, n) -> new UserRow(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("name"),
					RolesConverter.parse(rs.getString("roles")), rs.getObject("client_id", UUID.class),
					rs.getBoolean("active"),
					(rs.getTimestamp("last_login_at") != null) ? rs.getTimestamp("last_login_at").toInstant() : null,
					rs.getTimestamp("created_at").toInstant(), rs.getLong("version")))
			.list();
		return PageResponse.of(rows, query, total);
	}

}
