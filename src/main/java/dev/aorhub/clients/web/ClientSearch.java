package dev.aorhub.clients.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.aorhub.shared.web.SearchProvider;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The clients module's part in the one search box: clients by name or legal name, and
 * contacts by name or e-mail, each from one query, names that start with the text first.
 */
final class ClientSearch {

	private ClientSearch() {
	}

	static String contains(String query) {
		return "%" + escape(query) + "%";
	}

	static String startsWith(String query) {
		return escape(query) + "%";
	}

	private static String escape(String query) {
		return query.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	@Component
	static class Clients implements SearchProvider {

		private final JdbcClient jdbc;

		Clients(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public List<SearchHit> search(UUID workspaceId, String query, int limit) {
			return this.jdbc.sql("""
					SELECT id, name, legal_name, industry, status FROM client
					WHERE workspace_id = :workspaceId AND archived = FALSE
					  AND (lower(name) LIKE :q ESCAPE '\\' OR lower(legal_name) LIKE :q ESCAPE '\\')
					ORDER BY CASE WHEN lower(name) LIKE :prefix ESCAPE '\\' THEN 0 ELSE 1 END, lower(name), id
					LIMIT :limit
					""")
				.param("workspaceId", workspaceId)
				.param("q", contains(query))
				.param("prefix", startsWith(query))
				.param("limit", limit)
				.query((rs, n) -> new SearchHit("Client", rs.getString("name"),
						subtitle(rs.getString("legal_name"), rs.getString("industry"),
								capitalised(rs.getString("status"))),
						"/clients/" + rs.getObject("id", UUID.class)))
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
		public List<SearchHit> search(UUID workspaceId, String query, int limit) {
			return this.jdbc.sql("""
					SELECT p.id, p.client_id, p.name, p.title, p.email, c.name AS client_name FROM contact p
					JOIN client c ON c.workspace_id = p.workspace_id AND c.id = p.client_id
					WHERE p.workspace_id = :workspaceId AND p.archived = FALSE AND c.archived = FALSE
					  AND (lower(p.name) LIKE :q ESCAPE '\\' OR p.email LIKE :q ESCAPE '\\')
					ORDER BY CASE WHEN lower(p.name) LIKE :prefix ESCAPE '\\' THEN 0 ELSE 1 END, lower(p.name), p.id
					LIMIT :limit
					""")
				.param("workspaceId", workspaceId)
				.param("q", contains(query))
				.param("prefix", startsWith(query))
				.param("limit", limit)
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
