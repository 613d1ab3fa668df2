package dev.aorhub.contracts.application;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Our designations at one client, for the pickers of the MSA and SOW forms. The
 * relationships module's API looks designations up by id only, so this reads its tables
 * in this one place; swap it for a listing in that API once it offers one.
 */
@Component
public class ClientDesignations {

	/** A designation as a picker shows it. */
	public record Choice(UUID id, String label) {
	}

	private final JdbcClient jdbc;

	ClientDesignations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Choice> ours(UUID workspaceId, UUID clientId) {
		return this.jdbc.sql("""
				SELECT d.id, c.name AS category, d.market, d.kind, d.status FROM designation d
				JOIN service_category c ON c.workspace_id = d.workspace_id AND c.id = d.category_id
				WHERE d.workspace_id = :workspaceId AND d.client_id = :clientId AND d.agency_name IS NULL
				  AND d.archived = FALSE
				ORDER BY c.name, d.market, d.start_date
				""")
			.param("workspaceId", workspaceId)
			.param("clientId", clientId)
			.query((rs, n) -> new Choice(rs.getObject("id", UUID.class),
					rs.getString("category") + " · " + rs.getString("market") + " · " + rs.getString("kind").charAt(0)
							+ rs.getString("kind").substring(1).toLowerCase() + " ("
							+ rs.getString("status").replace('_', ' ').toLowerCase() + ")"))
			.list();
	}

}
