package dev.aorhub.clients.importing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import dev.aorhub.shared.persistence.AfterCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Refreshes PostgreSQL's planner statistics of the tables an import filled, once it has
 * committed. Until autovacuum gets round to it, a table that grew from a few rows to
 * thousands in one transaction is planned as if it were still small, and the lists turn
 * from milliseconds to seconds. ANALYZE samples a bounded number of rows, so it is cheap
 * per table; H2 keeps no such statistics and is left alone.
 */
@Component
class ImportedTables {

	private static final Logger logger = LoggerFactory.getLogger(ImportedTables.class);

	private final DataSource dataSource;

	ImportedTables(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Analyses {@code tables} after the current transaction commits. */
	void analyseAfterCommit(List<String> tables) {
		AfterCommit.run(() -> analyse(tables));
	}

	// A connection of its own: the import's is still bound to its finished transaction,
	// whose rollback on release would discard the statistics.
	private void analyse(List<String> tables) {
		try (Connection connection = this.dataSource.getConnection()) {
			if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
				return;
			}
			connection.setAutoCommit(true);
			try (Statement statement = connection.createStatement()) {
				statement.execute("ANALYZE " + String.join(", ", tables));
			}
		}
		catch (SQLException ex) {
			// The import has committed; stale statistics only slow reads until
			// autovacuum.
			logger.warn("Could not analyse {} after an import", tables, ex);
		}
	}

}
