package dev.aorhub.workspace.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The directory from a sign-in e-mail to its workspace and user: e-mails are unique
 * across all workspaces so that signing in needs nothing but the address.
 * <p>
 * That uniqueness must not tell one workspace about another's people. An address that is
 * taken (in this workspace or any other) is refused with the one message
 * {@link #UNUSABLE_EMAIL} (at sign-up with a hint to sign in), which does not say why nor
 * where; sign-up is throttled per e-mail and per client address so that it cannot test
 * many addresses. Per-workspace identities would hide even that, but sign-in (form,
 * {@code POST /api/v1/auth/tokens}) takes only e-mail and password and could no longer
 * tell the workspace.
 */
@Repository
public class LoginIdentities {

	/** Why a taken address cannot be used, without saying that it is taken nor where. */
	public static final String UNUSABLE_EMAIL = "cannot be used; choose another address";

	public record Identity(UUID workspaceId, UUID userId) {
	}

	private final JdbcClient jdbc;

	public LoginIdentities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Identity> find(String email) {
		return this.jdbc.sql("SELECT workspace_id, user_id FROM login_identity WHERE email = :email")
			.param("email", email)
			.query(Identity.class)
			.optional();
	}

	public boolean isTaken(String email) {
		return find(email).isPresent();
	}

	public void register(String email, UUID workspaceId, UUID userId) {
		this.jdbc
			.sql("INSERT INTO login_identity (email, workspace_id, user_id) VALUES (:email, :workspaceId, :userId)")
			.param("email", email)
			.param("workspaceId", workspaceId)
			.param("userId", userId)
			.update();
	}

	/** Moves the sign-in, and the user's passkeys, which find their user by e-mail. */
	public void changeEmail(String oldEmail, String newEmail) {
		this.jdbc.sql("UPDATE login_identity SET email = :newEmail WHERE email = :oldEmail")
			.param("newEmail", newEmail)
			.param("oldEmail", oldEmail)
			.update();
		this.jdbc.sql("UPDATE user_entities SET name = :newEmail WHERE name = :oldEmail")
			.param("newEmail", newEmail)
			.param("oldEmail", oldEmail)
			.update();
	}

}
