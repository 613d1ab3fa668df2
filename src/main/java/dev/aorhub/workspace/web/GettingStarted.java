package dev.aorhub.workspace.web;

import java.util.UUID;

import dev.aorhub.workspace.AuditEntry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The admin's first steps on the dashboard, each done once its data exists: a second
 * user, workspace settings saved once, an API token. The checklist goes away when all are
 * done.
 */
@Component
class GettingStarted {

	/** Which steps are done. */
	record Steps(boolean teamInvited, boolean settingsSaved, boolean tokenCreated) {

		public boolean allDone() {
			return this.teamInvited && this.settingsSaved && this.tokenCreated;
		}

		public int done() {
			return (this.teamInvited ? 1 : 0) + (this.settingsSaved ? 1 : 0) + (this.tokenCreated ? 1 : 0);
		}

	}

	private final JdbcClient jdbc;

	GettingStarted(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One statement, whatever the workspace holds. */
	Steps of(UUID workspaceId) {
		return this.jdbc
			.sql("""
					SELECT (SELECT count(*) FROM app_user WHERE workspace_id = :workspaceId) AS users,
					       (SELECT count(*) FROM audit_event
					        WHERE workspace_id = :workspaceId AND entity_type = 'Workspace' AND action = :updated) AS settings,
					       (SELECT count(*) FROM api_token WHERE workspace_id = :workspaceId) AS tokens
					""")
			.param("workspaceId", workspaceId)
			.param("updated", AuditEntry.UPDATED)
			.query((rs, n) -> new Steps(rs.getLong("users") > 1, rs.getLong("settings") > 0, rs.getLong("tokens") > 0))
			.single();
	}

}
