package dev.aorhub.shared.web;

import java.util.List;

/**
 * A module's part in the one search box: it finds its own records by name. Each provider
 * answers at most {@link SearchQuery#limit()} hits, from an indexed query; providers run
 * in their {@link org.springframework.core.annotation.Order order} with one
 * {@link SearchQuery}, so one may reuse what an earlier one matched.
 */
public interface SearchProvider {

	/** One result: what it is, its name, a line of context and where it opens. */
	record SearchHit(String type, String title, String subtitle, String href) {
	}

	List<SearchHit> search(SearchQuery query);

}
