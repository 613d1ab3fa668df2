package dev.aorhub.contracts.application;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The workspace's service categories by name, for MSA non-compete clauses. The
 * relationships module owns them but offers no lookup in its API yet, so this reads its
 * table directly, in this one place; swap it for that API once it exists.
 */
@Component
public class ServiceCategories {

	/** A category as a non-compete clause names it. */
	public record Category(UUID id, String name, boolean archived) {
	}

	private final JdbcClient jdbc;

	ServiceCategories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Category> all(UUID workspaceId) {
		return this.jdbc
			.sql("SELECT id, name, archived FROM service_category WHERE workspace_id = :workspaceId ORDER BY name")
			.param("workspaceId", workspaceId)
			.query((rs, n) -> new Category(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getBoolean("archived")))
			.list();
	}

	public Map<UUID, Category> find(UUID workspaceId, Collection<UUID> ids) {
		Map<UUID, Category> found = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		this.jdbc
			.sql("SELECT id, name, archived FROM service_category WHERE workspace_id = :workspaceId AND id IN (:ids)")
			.param("workspaceId", workspaceId)
			.param("ids", Set.copyOf(ids))
			.query((rs, n) -> new Category(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getBoolean("archived")))
			.list()
			.forEach((category) -> found.put(category.id(), category));
		return found;
	}

}
