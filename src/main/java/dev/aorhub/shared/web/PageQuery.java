package dev.aorhub.shared.web;

import java.util.Locale;

import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.export.TableExport;

/**
 * A validated request for one page of a list: page number, size (at most
 * {@value #MAX_SIZE}), free-text search and a whitelisted sort.
 */
public record PageQuery(int page, int size, String q, String sortField, boolean ascending, String sortExpression) {

	public static final int DEFAULT_SIZE = 50;

	public static final int MAX_SIZE = 500;

	public static PageQuery of(Integer page, Integer size, String q, String sort, Sorting sorting) {
		var problems = new InvalidInputException.Collector();
		int pageNumber = (page != null) ? page : 0;
		int pageSize = (size != null) ? size : DEFAULT_SIZE;
		problems.check(pageNumber >= 0, "page", "must be 0 or more");
		problems.check(pageSize >= 1 && pageSize <= MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE);
		String field = sorting.defaultField();
		boolean ascending = sorting.defaultAscending();
		if (sort != null && !sort.isBlank()) {
			String[] parts = sort.split(",", -1);
			field = parts[0].trim();
			String direction = (parts.length > 1) ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
			problems.check(sorting.columns().containsKey(field), "sort",
					"cannot sort by '" + field + "'; use one of " + String.join(", ", sorting.columns().keySet()));
			problems.check(parts.length <= 2 && (direction.equals("asc") || direction.equals("desc")), "sort",
					"must look like field,asc or field,desc");
			ascending = direction.equals("asc");
		}
		problems.throwIfAny();
		String search = (q == null || q.isBlank()) ? null : q.trim();
		return new PageQuery(pageNumber, pageSize, search, field, ascending, sorting.columns().get(field));
	}

	/** Every row an export may hold, with the list's search and sort. */
	public static PageQuery forExport(String q, String sort, Sorting sorting) {
		PageQuery checked = of(0, DEFAULT_SIZE, q, sort, sorting);
		return new PageQuery(0, TableExport.MAX_ROWS, checked.q(), checked.sortField(), checked.ascending(),
				checked.sortExpression());
	}

	/** First page of the default size and sort: for pages that show a short list. */
	public static PageQuery first(Sorting sorting) {
		return of(0, DEFAULT_SIZE, null, null, sorting);
	}

	public long offset() {
		return (long) this.page * this.size;
	}

	/**
	 * The ORDER BY body, with the row id as a tie-breaker so pages never overlap.
	 */
	public String orderBy(String idColumn) {
		String direction = this.ascending ? "ASC" : "DESC";
		return this.sortExpression + " " + direction + ", " + idColumn + " " + direction;
	}

	/** A case-insensitive LIKE pattern for the search text, or null without one. */
	public String likePattern() {
		if (this.q == null) {
			return null;
		}
		String escaped = this.q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

	/** The sort as a request parameter, e.g. {@code name,asc}. */
	public String sortParam() {
		return this.sortField + "," + (this.ascending ? "asc" : "desc");
	}

}
