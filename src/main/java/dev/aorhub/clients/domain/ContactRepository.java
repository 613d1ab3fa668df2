package dev.aorhub.clients.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * Contacts, always looked up inside one workspace and client.
 */
public interface ContactRepository extends Repository<Contact, UUID> {

	Optional<Contact> findByWorkspaceIdAndClientIdAndId(UUID workspaceId, UUID clientId, UUID id);

	List<Contact> findByWorkspaceIdAndClientIdAndPrimaryTrueAndIdNot(UUID workspaceId, UUID clientId, UUID id);

	Contact saveAndFlush(Contact contact);

}
