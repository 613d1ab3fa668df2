package dev.aorhub.relationships;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The relationships module's API for other modules: look designations up inside one
 * workspace (a SOW or a campaign points at one, an MSA governs several). Each method is
 * one query, so a caller with many ids asks once instead of once per id.
 */
public interface Designations {

	Optional<DesignationSummary> find(UUID workspaceId, UUID designationId);

	/** The designations with these ids; unknown ids are simply absent. */
	Map<UUID, DesignationSummary> findAll(UUID workspaceId, Collection<UUID> designationIds);

	/**
	 * Our agency's designations at one client that are not archived, by category, market
	 * and start: what a form offers to link (see {@link DesignationSummary#label()}).
	 */
	List<DesignationSummary> oursAt(UUID workspaceId, UUID clientId);

}
