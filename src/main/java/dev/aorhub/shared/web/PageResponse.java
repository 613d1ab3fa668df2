package dev.aorhub.shared.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, in the envelope every list of the API answers with.
 */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

	public static <T> PageResponse<T> of(List<T> items, PageQuery query, long total) {
		return new PageResponse<>(List.copyOf(items), query.page(), query.size(), total);
	}

	public <R> PageResponse<R> map(Function<T, R> mapper) {
		return new PageResponse<>(this.items.stream().map(mapper).toList(), this.page, this.size, this.total);
	}

	public int totalPages() {
		return (int) ((this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return this.page + 1 < totalPages();
	}

	public long firstItemNumber() {
		return this.items.isEmpty() ? 0 : (long) this.page * this.size + 1;
	}

	public long lastItemNumber() {
		return (long) this.page * this.size + this.items.size();
	}

}
