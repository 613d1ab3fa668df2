package dev.aorhub.workspace;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import dev.aorhub.ApiTestSupport;
import dev.aorhub.shared.Ids;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The schema itself keeps tenants apart: composite keys make a row of one workspace
 * unable to point at another workspace's row, even through a bug in the code. Runs on
 * whatever database the context has (H2 locally, PostgreSQL in CI).
 */
class TenantKeysIntegrationTests extends ApiTestSupport {

	@Autowired
	private JdbcClient jdbc;

	@Test
	void anApiTokenCannotPointAtAUserOfAnotherWorkspace() {
		Account mine = signUp();
		Account theirs = signUp();

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> insertToken(mine.workspaceId(), theirs.userId()));
		assertThat(tokensOf(mine.workspaceId(), theirs.userId())).isZero();
	}

	@Test
	void anApiTokenOfTheSameWorkspacesUserIsAccepted() {
		Account mine = signUp();

		insertToken(mine.workspaceId(), mine.userId());

		assertThat(tokensOf(mine.workspaceId(), mine.userId())).isEqualTo(2);
	}

	@Test
	void aLoginIdentityCannotPointAtAUserOfAnotherWorkspace() {
		Account mine = signUp();
		Account theirs = signUp();

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc
			.sql("INSERT INTO login_identity (email, workspace_id, user_id) VALUES (:email, :workspaceId, :userId)")
			.param("email", uniqueEmail("crossed"))
			.param("workspaceId", mine.workspaceId())
			.param("userId", theirs.userId())
			.update());
	}

	@Test
	void twoUsersWithTheSameEmailInOneWorkspaceViolateTheUniqueConstraint() {
		Account mine = signUp();

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> insertUser(mine.workspaceId(), mine.email()));
		assertThat(this.jdbc.sql("SELECT count(*) FROM app_user WHERE workspace_id = :workspaceId AND email = :email")
			.param("workspaceId", mine.workspaceId())
			.param("email", mine.email())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theSameEmailInAnotherWorkspaceDoesNotCollideInTheUserTable() {
		Account mine = signUp();
		Account theirs = signUp();

		insertUser(theirs.workspaceId(), mine.email());

		assertThat(this.jdbc.sql("SELECT count(*) FROM app_user WHERE email = :email")
			.param("email", mine.email())
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	private void insertToken(UUID workspaceId, UUID userId) {
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.sql("""
				INSERT INTO api_token (workspace_id, id, user_id, name, token_hash, created_at, expires_at)
				VALUES (:workspaceId, :id, :userId, 'sql test', :hash, :now, :now)
				""")
			.param("workspaceId", workspaceId)
			.param("id", Ids.newId())
			.param("userId", userId)
			.param("hash", "0".repeat(32) + UUID.randomUUID().toString().replace("-", ""))
			.param("now", now)
			.update();
	}

	private long tokensOf(UUID workspaceId, UUID userId) {
		return this.jdbc.sql("SELECT count(*) FROM api_token WHERE workspace_id = :workspaceId AND user_id = :userId")
			.param("workspaceId", workspaceId)
			.param("userId", userId)
			.query(Long.class)
			.single();
	}

	private void insertUser(UUID workspaceId, String email) {
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.sql("""
				INSERT INTO app_user (workspace_id, id, email, name, password_hash, roles, active, created_at,
				                      updated_at, version)
				VALUES (:workspaceId, :id, :email, 'Twin', 'x', 'ACCOUNT', TRUE, :now, :now, 0)
				""")
			.param("workspaceId", workspaceId)
			.param("id", Ids.newId())
			.param("email", email)
			.param("now", now)
			.update();
	}

}
