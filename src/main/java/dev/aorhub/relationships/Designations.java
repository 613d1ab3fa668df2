package dev.aorhub.relationships;

import java.util.Optional;
import java.util.UUID;

/**
 * The relationships module's API for other modules: look a designation up inside one
 * workspace (a SOW or a campaign points at one).
 */
public interface Designations {

	Optional<DesignationSummary> find(UUID workspaceId, UUID designationId);

}
