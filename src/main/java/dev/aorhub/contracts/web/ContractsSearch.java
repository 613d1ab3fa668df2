package dev.aorhub.contracts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.aorhub.contracts.MsaStatus;
import dev.aorhub.contracts.SowStatus;
import dev.aorhub.shared.web.SearchProvider;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * MSAs by title and SOWs by title or number in the one search box.
 */
@Component
class ContractsSearch implements SearchProvider {

	private final JdbcClient jdbc;

	ContractsSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<SearchHit> search(UUID workspaceId, String query, int limit) {
		String pattern = "%"
				+ query.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		List<SearchHit> hits = new ArrayList<>(this.jdbc.sql("""
				SELECT m.id, m.title, m.status, c.name AS client_name FROM msa m
				JOIN client c ON c.workspace_id = m.workspace_id AND c.id = m.client_id
				WHERE m.workspace_id = :workspaceId AND m.archived = FALSE AND lower(m.title) LIKE :q ESCAPE '\\'
				ORDER BY m.title LIMIT :limit
				""")
			.param("workspaceId", workspaceId)
			.param("q", pattern)
			.param("limit", limit)
			.query((rs, n) -> new SearchHit("MSA", rs.getString("title"),
					rs.getString("client_name") + " · " + MsaStatus.valueOf(rs.getString("status")).label(),
					"/msas/" + rs.getObject("id", UUID.class)))
			.list());
		hits.addAll(this.jdbc.sql("""
				SELECT s.id, s.number, s.title, s.status, c.name AS client_name FROM sow s
				JOIN client c ON c.workspace_id = s.workspace_id AND c.id = s.client_id
				WHERE s.workspace_id = :workspaceId AND s.archived = FALSE
				  AND (lower(s.title) LIKE :q ESCAPE '\\' OR lower(s.number) LIKE :q ESCAPE '\\')
				ORDER BY s.number DESC LIMIT :limit
				""")
			.param("workspaceId", workspaceId)
			.param("q", pattern)
			.param("limit", limit)
			.query((rs, n) -> new SearchHit("SOW", rs.getString("number") + " " + rs.getString("title"),
					rs.getString("client_name") + " · " + SowStatus.valueOf(rs.getString("status")).label(),
					"/sows/" + rs.getObject("id", UUID.class)))
			.list());
		return hits;
	}

}
