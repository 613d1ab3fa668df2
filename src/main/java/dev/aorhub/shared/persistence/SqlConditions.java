package dev.aorhub.shared.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the WHERE clause of a list query from optional filters, always starting with the
 * workspace, and adding a condition only for a filter that was given (PostgreSQL cannot
 * type a bare {@code :param IS NULL}).
 */
public final class SqlConditions {

	private final List<String> conditions = new ArrayList<>();

	private final Map<String, Object> params = new LinkedHashMap<>();

	private SqlConditions() {
	}

	public static SqlConditions forWorkspace(String column, UUID workspaceId) {
		SqlConditions where = new SqlConditions();
		where.conditions.add(column + " = :workspaceId");
		where.params.put("workspaceId", workspaceId);
		return where;
	}

	/** Adds the condition when the value is present; the condition names it as :param. */
	public SqlConditions andIf(Object value, String condition, String param) {
		if (value != null) {
			this.conditions.add(condition);
			this.params.put(param, value);
		}
		return this;
	}

	public SqlConditions and(String condition) {
		this.conditions.add(condition);
		return this;
	}

	public SqlConditions param(String name, Object value) {
		this.params.put(name, value);
		return this;
	}

	public String sql() {
		return " WHERE " + String.join(" AND ", this.conditions) + " ";
	}

	public Map<String, Object> params() {
		return this.params;
	}

}
