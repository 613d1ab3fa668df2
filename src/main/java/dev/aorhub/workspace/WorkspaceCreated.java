package dev.aorhub.workspace;

import java.util.UUID;

/**
 * Published in the transaction that makes a new workspace, so modules can give it their
 * defaults (the service categories, for instance) atomically with it.
 */
public record WorkspaceCreated(UUID workspaceId, CurrentUser admin) {

}
