package dev.aorhub.shared.web;

import java.util.List;
import java.util.UUID;

/**
 * A module's part in the one search box: it finds its own records by name. Each provider
 * answers at most {@code limit} hits, from an indexed query.
 */
public interface SearchProvider {

	/** One result: what it is, its name, a line of context and where it opens. */
	record SearchHit(String type, String title, String subtitle, String href) {
	}

	List<SearchHit> search(UUID workspaceId, String query, int limit);

}
