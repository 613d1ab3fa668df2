package dev.aorhub.shared.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Builds the links of list pages from the current request, keeping its filters: used by
 * the pagination and sortable-header fragments as {@code @listLinks}.
 */
@Component("listLinks")
public class ListLinks {

	public String page(int page) {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page", page)
			.build()
			.encode()
			.toUriString();
	}

	/** Sorting by a column: ascending first, flipping when it is already the sort. */
	public String sort(PageQuery current, String field) {
		boolean ascending = !(field.equals(current.sortField()) && current.ascending());
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("sort", field + "," + (ascending ? "asc" : "desc"))
			.replaceQueryParam("page", 0)
			.build()
			.encode()
			.toUriString();
	}

	public String export(String path, String format) {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replacePath(path)
			.replaceQueryParam("format", format)
			.replaceQueryParam("page")
			.replaceQueryParam("size")
			.build()
			.encode()
			.toUriString();
	}

}
