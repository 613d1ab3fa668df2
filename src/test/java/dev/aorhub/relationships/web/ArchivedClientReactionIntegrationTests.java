package dev.aorhub.relationships.web;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.clients.ClientArchived;
import dev.aorhub.shared.Ids;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The roster's reaction to an archived client runs through the event publication
 * registry: after the client's transaction commits, in a transaction of its own; and a
 * reaction a crash left undone is done when the publications are resubmitted, which is
 * what the application does at start-up
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
class ArchivedClientReactionIntegrationTests extends RelationshipsApiTestSupport {

	private static final String LISTENER = "dev.aorhub.relationships.application.ArchivedClientDesignations";

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private IncompleteEventPublications incomplete;

	@Test
	void archivingAClientTakesItsDesignationsOutOfTheLiveRosterAndRestoringBringsThemBack() {
		Account admin = signUp();
		UUID client = createClient(admin, "Harbor Foods");
		String designation = createDesignation(admin, designation(client, category(admin, "Creative"))).get("id")
			.asString();

		assertThat(delete("/api/v1/clients/" + client, admin)).hasStatus(204);
		await().atMost(Duration.ofSeconds(10)).until(() -> clientArchived(UUID.fromString(designation)));
		assertThat(completedPublications(ClientArchived.class, client)).isEqualTo(1);

		assertThat(postJson("/api/v1/clients/" + client + "/restore", admin, Map.of())).hasStatus(200);
		await().atMost(Duration.ofSeconds(10)).until(() -> !clientArchived(UUID.fromString(designation)));
	}

	@Test
	void aReactionThatACrashLeftUndoneIsCompletedWhenPublicationsAreResubmitted() {
		Account admin = signUp();
		UUID client = createClient(admin, "Pier Nine");
		UUID designation = UUID.fromString(
				createDesignation(admin, designation(client, category(admin, "Media Buying"))).get("id").asString());
		// What a crash between the client's commit and the reaction leaves behind: the
		// client archived, the publication stored but not completed, the roster unaware.
		this.jdbc.sql("UPDATE client SET archived = TRUE WHERE workspace_id = :workspaceId AND id = :id")
			.param("workspaceId", admin.workspaceId())
			.param("id", client)
			.update();
		UUID publication = Ids.newId();
		this.jdbc.sql("""
				INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
				                               completion_attempts)
				VALUES (:id, :listener, :type, :event, :published, 'PUBLISHED', 1)
				""")
			.param("id", publication)
			.param("listener", LISTENER + ".on(" + ClientArchived.class.getName() + ")")
			.param("type", ClientArchived.class.getName())
			.param("event", this.json.writeValueAsString(new ClientArchived(admin.workspaceId(), client, "Pier Nine")))
			.param("published", Timestamp.from(Instant.now().minusSeconds(60)))
			.update();
		assertThat(clientArchived(designation)).isFalse();

		this.incomplete.resubmitIncompletePublications((candidate) -> candidate.getIdentifier().equals(publication));

		await().atMost(Duration.ofSeconds(10)).until(() -> clientArchived(designation));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.sql("SELECT completion_date FROM event_publication WHERE id = :id")
				.param("id", publication)
				.query(Timestamp.class)
				.optional()
				.isPresent());
	}

	private boolean clientArchived(UUID designation) {
		return this.jdbc.sql("SELECT client_archived FROM designation WHERE id = :id")
			.param("id", designation)
			.query(Boolean.class)
			.single();
	}

	private long completedPublications(Class<?> type, UUID clientId) {
		return this.jdbc.sql("""
				SELECT count(*) FROM event_publication
				WHERE event_type = :type AND serialized_event LIKE :client AND completion_date IS NOT NULL
				  AND listener_id LIKE :listener
				""")
			.param("type", type.getName())
			.param("client", "%" + clientId + "%")
			.param("listener", LISTENER + "%")
			.query(Long.class)
			.single();
	}

}
