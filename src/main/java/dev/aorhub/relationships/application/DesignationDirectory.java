package dev.aorhub.relationships.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.relationships.DesignationKind;
import dev.aorhub.relationships.DesignationStatus;
import dev.aorhub.relationships.DesignationSummary;
import dev.aorhub.relationships.Designations;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Designations for other modules, each answer one query of the designation and its
 * category.
 */
@Component
class DesignationDirectory implements Designations {

	private static final String SELECT = """
			SELECT d.id, d.client_id, d.category_id, c.name AS category_name, d.agency_name, d.kind, d.status,
			       d.market, d.start_date, d.end_date, d.archived
			FROM designation d
			JOIN service_category c ON c.workspace_id = d.workspace_id AND c.id = d.category_id
			""";

	private final JdbcClient jdbc;

	DesignationDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DesignationSummary> find(UUID workspaceId, UUID designationId) {
		return this.jdbc.sql(SELECT + "WHERE d.workspace_id = :workspaceId AND d.id = :id")
			.param("workspaceId", workspaceId)
			.param("id", designationId)
			.query((rs, n) -> summary(rs))
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, DesignationSummary> findAll(UUID workspaceId, Collection<UUID> designationIds) {
		Map<UUID, DesignationSummary> found = new LinkedHashMap<>();
		if (designationIds.isEmpty()) {
			return found;
		}
		this.jdbc.sql(SELECT + "WHERE d.workspace_id = :workspaceId AND d.id IN (:ids)")
			.param("workspaceId", workspaceId)
			.param("ids", Set.copyOf(designationIds))
			.query((rs, n) -> summary(rs))
			.list()
			.forEach((summary) -> found.put(summary.id(), summary));
		return found;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DesignationSummary> oursAt(UUID workspaceId, UUID clientId) {
		return this.jdbc.sql(SELECT + """
				WHERE d.workspace_id = :workspaceId AND d.client_id = :clientId AND d.agency_name IS NULL
				  AND d.archived = FALSE
				ORDER BY c.name, d.market, d.start_date
				""").param("workspaceId", workspaceId).param("clientId", clientId).query((rs, n) -> summary(rs)).list();
	}

	private static DesignationSummary summary(ResultSet rs) throws SQLException {
		return new DesignationSummary(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				rs.getObject("category_id", UUID.class), rs.getString("category_name"), rs.getString("agency_name"),
				DesignationKind.valueOf(rs.getString("kind")), DesignationStatus.valueOf(rs.getString("status")),
				rs.getString("market"), rs.getObject("start_date", LocalDate.class),
				rs.getObject("end_date", LocalDate.class), rs.getBoolean("archived"));
	}

}
