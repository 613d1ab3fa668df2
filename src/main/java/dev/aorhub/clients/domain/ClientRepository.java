package dev.aorhub.clients.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * Clients, always looked up inside one workspace.
 */
public interface ClientRepository extends Repository<Client, UUID> {

	Optional<Client> findByWorkspaceIdAndId(UUID workspaceId, UUID id);

	boolean existsByWorkspaceIdAndNameKeyAndIdNot(UUID workspaceId, String nameKey, UUID id);

	Client saveAndFlush(Client client);

}
