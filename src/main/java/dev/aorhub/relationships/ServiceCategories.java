package dev.aorhub.relationships;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The relationships module's API for the workspace's service categories, for other
 * modules that name them (an MSA's non-compete clause, a pitch's scope). Always inside
 * one workspace; each method is one query.
 */
public interface ServiceCategories {

	/** Every category of the workspace, archived ones included, by name. */
	List<ServiceCategorySummary> all(UUID workspaceId);

	/** The categories with these ids; unknown ids are simply absent. */
	Map<UUID, ServiceCategorySummary> findAll(UUID workspaceId, Collection<UUID> categoryIds);

}
