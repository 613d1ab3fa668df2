package dev.aorhub.relationships.application;

import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serialises the designation writes of one client. Exclusivity is a rule across rows (no
 * two overlapping exclusive designations), which no unique constraint can express: two
 * requests that each check "no conflict yet" and then insert would both succeed. So every
 * create, update and status change of a client's designations first locks that client's
 * row of {@code designation_lock} with {@code SELECT ... FOR UPDATE} (PostgreSQL and H2
 * alike) until its transaction ends; the second request waits, then sees the first one's
 * designation and is refused. The row is this module's own (the client table belongs to
 * the clients module) and is made on first use: {@code ON CONFLICT DO NOTHING} lets two
 * first writers both go on to the lock. Writes for different clients never wait for each
 * other. Several clients are locked in id order so two requests cannot deadlock.
 */
@Component
class ClientLock {

	private final JdbcClient jdbc;

	ClientLock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void lock(UUID workspaceId, UUID... clientIds) {
		Arrays.stream(clientIds).filter(Objects::nonNull).distinct().sorted().forEach((clientId) -> {
			this.jdbc.sql("""
					INSERT INTO designation_lock (workspace_id, client_id) VALUES (:workspaceId, :clientId)
					ON CONFLICT DO NOTHING
					""").param("workspaceId", workspaceId).param("clientId", clientId).update();
			this.jdbc.sql("""
					SELECT client_id FROM designation_lock
					WHERE workspace_id = :workspaceId AND client_id = :clientId FOR UPDATE
					""").param("workspaceId", workspaceId).param("clientId", clientId).query(UUID.class).single();
		});
	}

}
