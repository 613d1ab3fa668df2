package dev.aorhub.clients;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The clients module's API for other modules: look clients up by id (always inside one
 * workspace) and know who competes with whom.
 */
public interface Clients {

	/** How the audit log names a client record. */
	String ENTITY_TYPE = "Client";

	Optional<ClientSummary> find(UUID workspaceId, UUID clientId);

	/** The workspace's clients that are not archived, by name, at most {@code limit}. */
	List<ClientSummary> list(UUID workspaceId, int limit);

	/** The clients with these ids, in one query; unknown ids are simply absent. */
	Map<UUID, ClientSummary> findAll(UUID workspaceId, Collection<UUID> clientIds);

	/**
	 * The clients that compete with this one: those it lists as competitors and those
	 * that list it (a conflict cuts both ways).
	 */
	Set<UUID> competitorsOf(UUID workspaceId, UUID clientId);

	/**
	 * The client's contacts that are not archived, most senior first; empty for an
	 * unknown client.
	 */
	List<ContactSummary> contacts(UUID workspaceId, UUID clientId);

	/**
	 * The client's brands that are not archived, by name; empty for an unknown client.
	 */
	List<BrandSummary> brands(UUID workspaceId, UUID clientId);

	/** A brand of the workspace, archived or not. */
	Optional<BrandSummary> findBrand(UUID workspaceId, UUID brandId);

	/**
	 * The brands of the workspace with these ids, archived or not, in one query (a list
	 * of creative assets names their brands); unknown ids are simply absent.
	 */
	Map<UUID, BrandSummary> findBrands(UUID workspaceId, Collection<UUID> brandIds);

	/**
	 * The names of the companies the client lists as competitors (other clients of ours
	 * or names only), by name: a strategic plan analyses them.
	 */
	List<String> competitorNames(UUID workspaceId, UUID clientId);

}
