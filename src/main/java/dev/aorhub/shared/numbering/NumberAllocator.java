package dev.aorhub.shared.numbering;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the next number of a series (SOW, invoice...) per workspace and year: 1, 2, 3...
 * with no gap and no duplicate, even under concurrent requests. Gapless numbering is a
 * legal requirement for invoices in many tax jurisdictions, so a number is taken inside
 * the caller's transaction: the counter row stays locked until that transaction ends, and
 * a rolled-back transaction gives its number back. The caller formats the number
 * ({@code SOW-2026-001}, {@code 2026-0001}). Concurrent allocations in one series wait
 * for each other, so the caller keeps the rest of its transaction short.
 */
@Component
public class NumberAllocator {

	/** The longest series name the table holds. */
	public static final int MAX_SERIES = 40;

	private final JdbcClient jdbc;

	NumberAllocator(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The next number of {@code series} in {@code year} for the workspace, starting at 1.
	 * Must run inside the caller's transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int next(UUID workspaceId, String series, int year) {
		if (workspaceId == null || series == null || series.isBlank() || series.length() > MAX_SERIES) {
			throw new IllegalArgumentException("a workspace and a series of 1 to " + MAX_SERIES + " characters");
		}
		// The first number of a year creates the counter; ON CONFLICT DO NOTHING lets two
		// first numbers meet without failing (the second waits for the first's row).
		this.jdbc.sql("""
				INSERT INTO number_series (workspace_id, series, number_year, last_value)
				VALUES (:workspaceId, :series, :year, 0) ON CONFLICT DO NOTHING
				""").param("workspaceId", workspaceId).param("series", series).param("year", year).update();
		// The increment locks the counter row until the caller's transaction ends.
		this.jdbc.sql("""
				UPDATE number_series SET last_value = last_value + 1
				WHERE workspace_id = :workspaceId AND series = :series AND number_year = :year
				""").param("workspaceId", workspaceId).param("series", series).param("year", year).update();
		return this.jdbc.sql("""
				SELECT last_value FROM number_series
				WHERE workspace_id = :workspaceId AND series = :series AND number_year = :year
				""")
			.param("workspaceId", workspaceId)
			.param("series", series)
			.param("year", year)
			.query(Integer.class)
			.single();
	}

}
