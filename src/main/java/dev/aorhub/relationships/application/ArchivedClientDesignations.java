package dev.aorhub.relationships.application;

import java.util.UUID;

import dev.aorhub.clients.ClientArchived;
import dev.aorhub.clients.ClientRestored;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the roster's note of which clients are archived, from the clients module's
 * events: the renewal pipeline and team allocation leave an archived client's
 * designations out, and take them back when it is restored. The designations themselves
 * do not change (their status and history stay), so this is not audited again: the
 * client's archiving is.
 * <p>
 * It runs after the client's transaction commits, in its own, through the event
 * publication registry: a crash in between leaves the publication incomplete, and it is
 * resubmitted when the application starts again.
 */
@Component
class ArchivedClientDesignations {

	private final JdbcClient jdbc;

	ArchivedClientDesignations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(ClientArchived event) {
		mark(event.workspaceId(), event.clientId(), true);
	}

	@ApplicationModuleListener
	void on(ClientRestored event) {
		mark(event.workspaceId(), event.clientId(), false);
	}

	private void mark(UUID workspaceId, UUID clientId, boolean archived) {
		this.jdbc.sql("""
				UPDATE designation SET client_archived = :archived
				WHERE workspace_id = :workspaceId AND client_id = :clientId
				""").param("archived", archived).param("workspaceId", workspaceId).param("clientId", clientId).update();
	}

}
