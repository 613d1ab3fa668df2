package dev.aorhub.clients.importing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.aorhub.shared.Ids;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files uploaded on the import pages, kept in the database between the steps so any node
 * can serve the next one. An upload belongs to the person who made it and lasts a day.
 */
@Component
public class ImportUploads {

	static final Duration KEPT_FOR = Duration.ofDays(1);

	/** A stored upload. */
	public record Upload(UUID id, ImportKind kind, String fileName, byte[] content) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	ImportUploads(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Stores a file and forgets this workspace's uploads older than a day. */
	@CanEdit
	@Transactional
	public UUID store(CurrentUser user, ImportKind kind, String fileName, byte[] content) {
		Instant now = this.clock.instant();
		this.jdbc.sql("DELETE FROM import_upload WHERE workspace_id = :workspaceId AND created_at < :cutoff")
			.param("workspaceId", user.workspaceId())
			.param("cutoff", Timestamp.from(now.minus(KEPT_FOR)))
			.update();
		UUID id = Ids.newId();
		String name = (fileName == null || fileName.isBlank()) ? "upload" : fileName.strip();
		this.jdbc.sql("""
				INSERT INTO import_upload (workspace_id, id, user_id, kind, file_name, content, created_at)
				VALUES (:workspaceId, :id, :userId, :kind, :fileName, :content, :createdAt)
				""")
			.param("workspaceId", user.workspaceId())
			.param("id", id)
			.param("userId", user.userId())
			.param("kind", kind.name())
			.param("fileName", (name.length() > 255) ? name.substring(name.length() - 255) : name)
			.param("content", content)
			.param("createdAt", Timestamp.from(now))
			.update();
		return id;
	}

	/** The user's own upload of that kind, if it is still kept. */
	@Transactional(readOnly = true)
	public Optional<Upload> find(CurrentUser user, ImportKind kind, UUID id) {
		return this.jdbc.sql("""
				SELECT id, kind, file_name, content FROM import_upload
				WHERE workspace_id = :workspaceId AND id = :id AND user_id = :userId AND kind = :kind
				  AND created_at >= :cutoff
				""")
			.param("workspaceId", user.workspaceId())
			.param("id", id)
			.param("userId", user.userId())
			.param("kind", kind.name())
			.param("cutoff", Timestamp.from(this.clock.instant().minus(KEPT_FOR)))
			.query((rs, n) -> new Upload(rs.getObject("id", UUID.class), ImportKind.valueOf(rs.getString("kind")),
					rs.getString("file_name"), rs.getBytes("content")))
			.optional();
	}

	@Transactional
	public void delete(CurrentUser user, UUID id) {
		this.jdbc.sql("DELETE FROM import_upload WHERE workspace_id = :workspaceId AND id = :id AND user_id = :userId")
			.param("workspaceId", user.workspaceId())
			.param("id", id)
			.param("userId", user.userId())
			.update();
	}

}
