package dev.aorhub.workspace.application;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.workspace.Role;
import dev.aorhub.workspace.WorkspaceUsers;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The workspace's people for other modules, read with plain SQL.
 */
@Component
class JdbcWorkspaceUsers implements WorkspaceUsers {

	private static final RowMapper<UserSummary> SUMMARY = (rs, n) -> new UserSummary(rs.getObject("id", UUID.class),
			rs.getString("name"), rs.getString("email"), rs.getBoolean("active"));

	private final JdbcClient jdbc;

	JdbcWorkspaceUsers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<UUID, UserSummary> find(UUID workspaceId, Collection<UUID> userIds) {
		Map<UUID, UserSummary> found = new LinkedHashMap<>();
		if (userIds.isEmpty()) {
			return found;
		}
		this.jdbc.sql("SELECT id, name, email, active FROM app_user WHERE workspace_id = :workspaceId AND id IN (:ids)")
			.param("workspaceId", workspaceId)
			.param("ids", List.copyOf(userIds))
			.query(SUMMARY)
			.list()
			.forEach((user) -> found.put(user.id(), user));
		return found;
	}

	@Override
	public List<UserSummary> staff(UUID workspaceId) {
		return this.jdbc.sql("""
				SELECT id, name, email, active FROM app_user
				WHERE workspace_id = :workspaceId AND active = TRUE AND (',' || roles || ',') NOT LIKE :client
				ORDER BY lower(name), id
				""")
			.param("workspaceId", workspaceId)
			.param("client", "%," + Role.CLIENT.name() + ",%")
			.query(SUMMARY)
			.list();
	}

}
