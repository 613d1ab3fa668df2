package dev.aorhub.workspace;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Read access to a workspace's people for other modules: who may lead an account or join
 * a team, and their names.
 */
public interface WorkspaceUsers {

	/** A person of the workspace as other modules may know them. */
	record UserSummary(UUID id, String name, String email, boolean active) {
	}

	/** The users with these ids, in one query; unknown ids are simply absent. */
	Map<UUID, UserSummary> find(UUID workspaceId, Collection<UUID> userIds);

	/** The active staff (everyone but client portal users), by name. */
	List<UserSummary> staff(UUID workspaceId);

}
