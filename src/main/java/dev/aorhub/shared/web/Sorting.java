package dev.aorhub.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The columns a list may be sorted by: API field name to SQL expression. Only these ever
 * reach an ORDER BY, so a sort parameter cannot inject SQL.
 */
public record Sorting(Map<String, String> columns, String defaultField, boolean defaultAscending) {

	public Sorting {
		columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
		if (!columns.containsKey(defaultField)) {
			throw new IllegalArgumentException("default sort field " + defaultField + " is not sortable");
		}
	}

	public static Builder by(String field, String sqlExpression) {
		return new Builder().and(field, sqlExpression);
	}

	public static final class Builder {

		private final Map<String, String> columns = new LinkedHashMap<>();

		public Builder and(String field, String sqlExpression) {
			this.columns.put(field, sqlExpression);
			return this;
		}

		public Sorting defaultAscending(String field) {
			return new Sorting(this.columns, field, true);
		}

		public Sorting defaultDescending(String field) {
			return new Sorting(this.columns, field, false);
		}

	}

}
