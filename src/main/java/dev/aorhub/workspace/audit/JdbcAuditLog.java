package dev.aorhub.workspace.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import dev.aorhub.shared.Ids;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.CurrentUser;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends audit entries with plain SQL, inside the transaction of the change they record.
 * Only the {@link AuditTrail} writes here: modules publish events, they never write the
 * log themselves.
 */
@Component
class JdbcAuditLog {

	static final String SYSTEM_ACTOR = "AOR Hub";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	JdbcAuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** With no actor the entry is AOR Hub's own (a reaction to another change). */
	@Transactional(propagation = Propagation.MANDATORY)
	void record(UUID workspaceId, CurrentUser actor, AuditEntry entry) {
		if (entry == null) {
			return;
		}
		this.jdbc
			.sql("""
					INSERT INTO audit_event
					    (workspace_id, id, occurred_at, actor_id, actor_name, entity_type, entity_id, action, summary, changes,
					     values_read_by)
					VALUES
					    (:workspaceId, :id, :occurredAt, :actorId, :actorName, :entityType, :entityId, :action, :summary, :changes,
					     :valuesReadBy)
					""")
			.param("workspaceId", workspaceId)
			.param("id", Ids.newId())
			.param("occurredAt", java.sql.Timestamp.from(Instant.now(this.clock)))
			.param("actorId", (actor != null) ? actor.userId() : null)
			.param("actorName", (actor != null) ? actor.name() : SYSTEM_ACTOR)
			.param("entityType", entry.entityType())
			.param("entityId", entry.entityId())
			.param("action", entry.action())
			.param("summary", abbreviate(entry.summary(), 500))
			.param("changes", entry.changes().isEmpty() ? null : this.json.writeValueAsString(entry.changes()))
			.param("valuesReadBy", AuditQueries.rolesText(entry.valuesReadBy()), java.sql.Types.VARCHAR)
			.update();
	}

	private static String abbreviate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
