package dev.aorhub.relationships.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.aorhub.relationships.DesignationKind;
import dev.aorhub.relationships.DesignationStatus;
import dev.aorhub.shared.web.SearchProvider;
import dev.aorhub.shared.web.SearchQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Designations in the one search box, found by client, category, agency or scope. It
 * matches client names in SQL, so it joins the clients module's published read view
 * {@code client_directory}.
 */
@Component
class DesignationSearch implements SearchProvider {

	private final JdbcClient jdbc;

	DesignationSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Through the clients the clients module already matched when it has (an indexed
	 * lookup of their designations), else by the client's name here; by category, agency
	 * or scope in either case.
	 */
	@Override
	public List<SearchHit> search(SearchQuery query) {
		Optional<List<UUID>> clients = query.matchedClientIds();
		String byClient = clients.map((ids) -> ids.isEmpty() ? "" : "d.client_id IN (:clientIds) OR ")
			.orElse("lower(c.name) LIKE :q ESCAPE '\\' OR ");
		var sql = this.jdbc.sql("""
				SELECT d.id, c.name AS client_name, sc.name AS category_name, d.agency_name, d.kind, d.status, d.market
				FROM designation d
				JOIN client_directory c ON c.workspace_id = d.workspace_id AND c.id = d.client_id
				JOIN service_category sc ON sc.workspace_id = d.workspace_id AND sc.id = d.category_id
				WHERE d.workspace_id = :workspaceId AND d.archived = FALSE
				  AND (""" + byClient + """
				lower(sc.name) LIKE :q ESCAPE '\\'
				       OR lower(d.agency_name) LIKE :q ESCAPE '\\' OR lower(d.scope) LIKE :q ESCAPE '\\')
				ORDER BY CASE WHEN d.status IN ('ACTIVE', 'UNDER_REVIEW', 'PITCHING') THEN 0 ELSE 1 END,
				         lower(c.name), lower(sc.name), d.id
				LIMIT :limit
				""")
			.param("workspaceId", query.workspaceId())
			.param("q", query.pattern())
			.param("limit", query.limit());
		if (clients.isPresent() && !clients.get().isEmpty()) {
			sql = sql.param("clientIds", clients.get());
		}
		return sql.query((rs, n) -> {
			String agency = rs.getString("agency_name");
			String subtitle = ((agency != null) ? agency : "Us") + " · "
					+ DesignationKind.valueOf(rs.getString("kind")).label() + " · "
					+ DesignationStatus.valueOf(rs.getString("status")).label() + " · " + rs.getString("market");
			return new SearchHit("AOR designation",
					rs.getString("category_name") + " at " + rs.getString("client_name"), subtitle,
					"/designations/" + rs.getObject("id", UUID.class));
		}).list();
	}

}
