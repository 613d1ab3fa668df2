package dev.aorhub.contracts.application;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives SOWs their numbers, SOW-2026-001 and up, per workspace and year. The counter row
 * is created if missing (ON CONFLICT DO NOTHING, so two first SOWs of a year never fail)
 * and then incremented under its row lock, so concurrent SOWs take distinct numbers.
 */
@Component
class SowNumbers {

	static final String KIND = "SOW";

	private final JdbcClient jdbc;

	SowNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String next(UUID workspaceId, int year) {
		this.jdbc.sql("""
				INSERT INTO contract_number (workspace_id, kind, number_year, last_value)
				VALUES (:workspaceId, :kind, :year, 0) ON CONFLICT DO NOTHING
				""").param("workspaceId", workspaceId).param("kind", KIND).param("year", year).update();
		this.jdbc.sql("""
				UPDATE contract_number SET last_value = last_value + 1
				WHERE workspace_id = :workspaceId AND kind = :kind AND number_year = :year
				""").param("workspaceId", workspaceId).param("kind", KIND).param("year", year).update();
		int value = this.jdbc.sql("""
				SELECT last_value FROM contract_number
				WHERE workspace_id = :workspaceId AND kind = :kind AND number_year = :year
				""")
			.param("workspaceId", workspaceId)
			.param("kind", KIND)
			.param("year", year)
			.query(Integer.class)
			.single();
		return format(year, value);
	}

	static String format(int year, int value) {
		return String.format("SOW-%d-%03d", year, value);
	}

}
