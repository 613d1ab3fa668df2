package dev.aorhub.relationships.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
	 * In three steps, each only while the hits are not yet filled, so that the common
	 * search never scans the workspace's designations: through the clients the clients
	 * module matched (an indexed lookup of their designations; by the client's name here
	 * when no provider matched clients), through the matching service categories (a
	 * handful of rows, then the category index), and last by agency or scope, which only
	 * a scan can match inside the text.
	 */
	@Override
	public List<SearchHit> search(SearchQuery query) {
		Optional<List<UUID>> clients = query.matchedClientIds();
		List<SearchHit> hits = new ArrayList<>();
		if (clients.isEmpty()) {
			hits.addAll(find(query, "lower(c.name) LIKE :q ESCAPE '\\'", Map.of("q", query.pattern()), query.limit()));
		}
		else if (!clients.get().isEmpty()) {
			hits.addAll(find(query, "d.client_id IN (:clientIds)", Map.of("clientIds", clients.get()), query.limit()));
		}
		if (hits.size() < query.limit()) {
			List<UUID> categories = this.jdbc.sql("""
					SELECT id FROM service_category
					WHERE workspace_id = :workspaceId AND archived = FALSE AND lower(name) LIKE :q ESCAPE '\\'
					""").param("workspaceId", query.workspaceId()).param("q", query.pattern()).query(UUID.class).list();
			if (!categories.isEmpty()) {
				addNew(hits, find(query, "d.category_id IN (:categoryIds)", Map.of("categoryIds", categories),
						query.limit()), query.limit());
			}
		}
		if (hits.size() < query.limit() && !query.prefixOnly()) {
			addNew(hits, find(query, "(lower(d.agency_name) LIKE :q ESCAPE '\\' OR lower(d.scope) LIKE :q ESCAPE '\\')",
					Map.of("q", query.pattern()), query.limit()), query.limit());
		}
		return hits;
	}

	private static void addNew(List<SearchHit> hits, List<SearchHit> more, int limit) {
		for (SearchHit hit : more) {
			if (hits.size() < limit && !hits.contains(hit)) {
				hits.add(hit);
			}
		}
	}

	private List<SearchHit> find(SearchQuery query, String matching, Map<String, ?> params, int limit) {
		var sql = this.jdbc.sql("""
				SELECT d.id, c.name AS client_name, sc.name AS category_name, d.agency_name, d.kind, d.status, d.market
				FROM designation d
				JOIN client_directory c ON c.workspace_id = d.workspace_id AND c.id = d.client_id
				JOIN service_category sc ON sc.workspace_id = d.workspace_id AND sc.id = d.category_id
				WHERE d.workspace_id = :workspaceId AND d.archived = FALSE AND\s""" + matching + """

				ORDER BY CASE WHEN d.status IN ('ACTIVE', 'UNDER_REVIEW', 'PITCHING') THEN 0 ELSE 1 END,
				         lower(c.name), lower(sc.name), d.id
				LIMIT :limit
				""").param("workspaceId", query.workspaceId()).params(params).param("limit", limit);
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
