package dev.aorhub.workspace;

import java.util.Optional;
import java.util.UUID;

/**
 * Lets the workspace module check the client a portal user is bound to without depending
 * on the clients module, which implements it.
 */
public interface ClientDirectory {

	/** The client's name, if the client exists in that workspace. */
	Optional<String> clientName(UUID workspaceId, UUID clientId);

}
