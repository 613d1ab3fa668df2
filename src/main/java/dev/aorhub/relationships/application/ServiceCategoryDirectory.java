package dev.aorhub.relationships.application;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.relationships.ServiceCategories;
import dev.aorhub.relationships.ServiceCategorySummary;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service categories for other modules, by plain indexed SQL.
 */
@Component
class ServiceCategoryDirectory implements ServiceCategories {

	private static final RowMapper<ServiceCategorySummary> SUMMARY = (rs, n) -> new ServiceCategorySummary(
			rs.getObject("id", UUID.class), rs.getString("name"), rs.getBoolean("archived"));

	private final JdbcClient jdbc;

	ServiceCategoryDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ServiceCategorySummary> all(UUID workspaceId) {
		return this.jdbc
			.sql("SELECT id, name, archived FROM service_category WHERE workspace_id = :workspaceId ORDER BY name")
			.param("workspaceId", workspaceId)
			.query(SUMMARY)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, ServiceCategorySummary> findAll(UUID workspaceId, Collection<UUID> categoryIds) {
		Map<UUID, ServiceCategorySummary> found = new LinkedHashMap<>();
		if (categoryIds.isEmpty()) {
			return found;
		}
		this.jdbc
			.sql("SELECT id, name, archived FROM service_category WHERE workspace_id = :workspaceId AND id IN (:ids)")
			.param("workspaceId", workspaceId)
			.param("ids", Set.copyOf(categoryIds))
			.query(SUMMARY)
			.list()
			.forEach((category) -> found.put(category.id(), category));
		return found;
	}

}
