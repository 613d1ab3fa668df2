package dev.aorhub.workspace.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Users, always looked up inside one workspace.
 */
public interface UserAccountRepository extends Repository<UserAccount, UUID> {

	Optional<UserAccount> findByWorkspaceIdAndId(UUID workspaceId, UUID id);

	Optional<UserAccount> findByWorkspaceIdAndEmail(UUID workspaceId, String email);

	@Query(nativeQuery = true, value = """
			SELECT count(*) FROM app_user
			WHERE workspace_id = ?1 AND active = TRUE AND id <> ?2 AND (',' || roles || ',') LIKE '%,ADMIN,%'
			""")
	long countOtherActiveAdmins(UUID workspaceId, UUID userId);

	UserAccount save(UserAccount user);

	UserAccount saveAndFlush(UserAccount user);

}
