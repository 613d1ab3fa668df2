package dev.aorhub.workspace;

import java.util.UUID;

/**
 * Read access to workspaces for other modules.
 */
public interface Workspaces {

	WorkspaceSettings settings(UUID workspaceId);

}
