package dev.aorhub.workspace;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Lets the workspace module check the client a portal user is bound to, offer the clients
 * to bind one to and name the clients its audit log mentions, without depending on the
 * clients module, which implements it.
 */
public interface ClientDirectory {

	/** The client's name, if the client exists in that workspace. */
	Optional<String> clientName(UUID workspaceId, UUID clientId);

	/** The names of those of the clients that exist in that workspace, in one query. */
	Map<UUID, String> clientNames(UUID workspaceId, Collection<UUID> clientIds);

	/** The workspace's clients that are not archived, by name. */
	List<ClientChoice> activeClients(UUID workspaceId);

	/** A client as a picker offers it. */
	record ClientChoice(UUID id, String name) {

	}

}
