package dev.aorhub.contracts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.aorhub.clients.ClientSummary;
import dev.aorhub.clients.Clients;
import dev.aorhub.contracts.MsaStatus;
import dev.aorhub.contracts.SowStatus;
import dev.aorhub.shared.web.SearchProvider;
import dev.aorhub.shared.web.SearchQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * MSAs by title and SOWs by title or number in the one search box: a query each, and the
 * hits' client names in one batch through the clients module's API.
 */
@Component
class ContractsSearch implements SearchProvider {

	/** A hit before its client's name is known. */
	private record Found(String type, String title, UUID clientId, String status, String href) {
	}

	private final JdbcClient jdbc;

	private final Clients clients;

	ContractsSearch(JdbcClient jdbc, Clients clients) {
		this.jdbc = jdbc;
		this.clients = clients;
	}

	@Override
	public List<SearchHit> search(SearchQuery query) {
		UUID workspaceId = query.workspaceId();
		String pattern = query.pattern();
		int limit = query.limit();
		List<Found> found = new ArrayList<>(this.jdbc.sql("""
				SELECT m.id, m.title, m.status, m.client_id FROM msa m
				WHERE m.workspace_id = :workspaceId AND m.archived = FALSE AND lower(m.title) LIKE :q ESCAPE '\\'
				ORDER BY m.title LIMIT :limit
				""")
			.param("workspaceId", workspaceId)
			.param("q", pattern)
			.param("limit", limit)
			.query((rs, n) -> new Found("MSA", rs.getString("title"), rs.getObject("client_id", UUID.class),
					MsaStatus.valueOf(rs.getString("status")).label(), "/msas/" + rs.getObject("id", UUID.class)))
			.list());
		found.addAll(this.jdbc.sql("""
				SELECT s.id, s.number, s.title, s.status, s.client_id FROM sow s
				WHERE s.workspace_id = :workspaceId AND s.archived = FALSE
				  AND (lower(s.title) LIKE :q ESCAPE '\\' OR lower(s.number) LIKE :q ESCAPE '\\')
				ORDER BY s.number DESC LIMIT :limit
				""")
			.param("workspaceId", workspaceId)
			.param("q", pattern)
			.param("limit", limit)
			.query((rs, n) -> new Found("SOW", rs.getString("number") + " " + rs.getString("title"),
					rs.getObject("client_id", UUID.class), SowStatus.valueOf(rs.getString("status")).label(),
					"/sows/" + rs.getObject("id", UUID.class)))
			.list());
		Map<UUID, ClientSummary> names = this.clients.findAll(workspaceId,
				found.stream().map(Found::clientId).distinct().toList());
		return found.stream()
			.map((hit) -> new SearchHit(hit.type(), hit.title(),
					Optional.ofNullable(names.get(hit.clientId())).map(ClientSummary::name).orElse(null) + " · "
							+ hit.status(),
					hit.href()))
			.toList();
	}

}
