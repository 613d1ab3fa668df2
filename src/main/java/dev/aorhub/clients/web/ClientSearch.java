package dev.aorhub.clients.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.aorhub.shared.web.SearchProvider;
import dev.aorhub.shared.web.SearchQuery;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The clients module's part in the one search box: clients by name or legal name, and
 * contacts by name or e-mail, each from one query, names that start with the text first.
 */
final class ClientSearch {

	private ClientSearch() {
	}

	@Component
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static class Clients implements SearchProvider {

		private record Found(UUID id, SearchHit hit) {
		}

		private final JdbcClient jdbc;

		Clients(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		/**
		 * Names that start with the text first, read in the order of the index on
		 * {@code (workspace_id, name_key)} so a vague text stops after a page of rows;
		 * only what is still missing is looked for inside names and legal names. The
		 * clients matched are told to the query (up to
		 * {@link SearchQuery#MATCHED_CLIENTS_LIMIT}), so the other providers find records
		 * by client name without matching it again.
		 */
		@Override
		public List<SearchHit> search(SearchQuery query) {
			int wanted = Math.max(query.limit(), SearchQuery.MATCHED_CLIENTS_LIMIT);
			List<Found> found = new ArrayList<>(find(query, "c.name_key LIKE :prefix ESCAPE '\\'", wanted));
			if (!query.prefixOnly() && found.size() < query.limit()) {
				found.addAll(find(query, """
						c.name_key NOT LIKE :prefix ESCAPE '\\'
						  AND (c.name_key LIKE :q ESCAPE '\\' OR lower(c.legal_name) LIKE :q ESCAPE '\\')""",
						wanted - found.size()));
			}
			query.clientsMatched(found.stream().map(Found::id).toList());
			return found.stream().limit(query.limit()).map(Found::hit).toList();
		}

		// Ordered by workspace_id too (one value here) so the order is exactly the
		// index's.
		private List<Found> find(SearchQuery query, String match, int limit) {
			return this.jdbc
				.sql("SELECT c.id, c.name, c.legal_name, c.industry, c.status FROM client c"
						+ " WHERE c.workspace_id = :workspaceId AND c.archived = FALSE AND " + match
						+ " ORDER BY c.workspace_id, c.name_key, c.id LIMIT :limit")
				.param("workspaceId", query.workspaceId())
				.param("q", query.contains())
				.param("prefix", query.startsWith())
				.param("limit", limit)
				.query((rs, n) -> {
					UUID id = rs.getObject("id", UUID.class);
					return new Found(id,
							new SearchHit(
									"Client", rs.getString("name"), subtitle(rs.getString("legal_name"),
											rs.getString("industry"), capitalised(rs.getString("status"))),
									"/clients/" + id));
				})
				.list();
		}

	}

	@Component
	static class Contacts implements SearchProvider {

		private final JdbcClient jdbc;

		Contacts(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public List<SearchHit> search(SearchQuery query) {
			return this.jdbc.sql("""
					SELECT p.id, p.client_id, p.name, p.title, p.email, c.name AS client_name FROM contact p
					JOIN client c ON c.workspace_id = p.workspace_id AND c.id = p.client_id
					WHERE p.workspace_id = :workspaceId AND p.archived = FALSE AND c.archived = FALSE
					  AND (lower(p.name) LIKE :q ESCAPE '\\' OR p.email LIKE :q ESCAPE '\\')
					ORDER BY CASE WHEN lower(p.name) LIKE :prefix ESCAPE '\\' THEN 0 ELSE 1 END, lower(p.name), p.id
					LIMIT :limit
					""")
				.param("workspaceId", query.workspaceId())
				.param("q", query.pattern())
				.param("prefix", query.startsWith())
				.param("limit", query.limit())
				.query((rs, n) -> new SearchHit("Contact", rs.getString("name"),
						subtitle(rs.getString("title"), rs.getString("client_name"), rs.getString("email")),
						"/clients/" + rs.getObject("client_id", UUID.class) + "#contact-"
								+ rs.getObject("id", UUID.class)))
				.list();
		}

	}

	static String subtitle(String... parts) {
		return String.join(" · ", Arrays.stream(parts).filter((part) -> part != null && !part.isBlank()).toList());
	}

	static String capitalised(String status) {
		return (status == null) ? null : status.charAt(0) + status.substring(1).toLowerCase(Locale.ROOT);
	}

}
