package dev.aorhub.workspace.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.aorhub.shared.web.SearchProvider;
import dev.aorhub.shared.web.SearchProvider.SearchHit;
import dev.aorhub.shared.web.SearchQuery;
import dev.aorhub.workspace.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one search box: asks every module's {@link SearchProvider} for a few hits each, in
 * their order, with one {@link SearchQuery} they share.
 */
@Controller
class SearchController {

	static final int MAX_QUERY_LENGTH = 100;

	private final List<SearchProvider> providers;

	SearchController(List<SearchProvider> providers) {
		this.providers = providers;
	}

	record SearchResults(String q, List<SearchHit> items) {
	}

	@GetMapping("/search")
	String page(CurrentUser user, @RequestParam(required = false) String q, Model model) {
		model.addAttribute("results", search(user, q, 10));
		return "workspace/search";
	}

	/** The same search for the API: {@code GET /api/v1/search?q=&limit=}. */
	@io.swagger.v3.oas.annotations.tags.Tag(name = "Search")
	@org.springframework.web.bind.annotation.RestController
	static class SearchApiController {

		private final SearchController search;

		SearchApiController(SearchController search) {
			this.search = search;
		}

		@io.swagger.v3.oas.annotations.Operation(summary = "Search the workspace")
		@GetMapping("/api/v1/search")
		Map<String, Object> search(CurrentUser user, @RequestParam(required = false) String q,
				@RequestParam(defaultValue = "10") int limit) {
			SearchResults results = this.search.search(user, q, Math.max(1, Math.min(limit, 50)));
			return Map.of("q", results.q(), "items", results.items());
		}

	}

	SearchResults search(CurrentUser user, String q, int limitPerKind) {
		String text = (q == null) ? "" : q.strip();
		if (text.length() > MAX_QUERY_LENGTH) {
			text = text.substring(0, MAX_QUERY_LENGTH);
		}
		SearchQuery query = new SearchQuery(user.workspaceId(), text, limitPerKind);
		List<SearchHit> hits = new ArrayList<>();
		if (query.searchable()) {
			for (SearchProvider provider : this.providers) {
				hits.addAll(provider.search(query));
			}
		}
		return new SearchResults(query.text(), hits);
	}

}
