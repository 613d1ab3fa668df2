package dev.aorhub.clients.importing;

import java.util.List;

/**
 * What an import did: rows read, imported and rejected, and each rejected row's problems
 * by line. {@code rowsImported} is 0 whenever a row was rejected (nothing is saved then)
 * and on a dry run; {@code rowsUpdated} are the rows that change a record already there
 * (counted among the imported ones, or on a dry run among those that would be).
 */
public record ImportResult(int rowsRead, int rowsImported, int rowsRejected, List<LineError> errors, boolean dryRun,
		int rowsUpdated) {

	/** A problem of one row, by the line (CSV) or row number (XLSX) in the file. */
	public record LineError(int line, String message) {
	}

	public ImportResult {
		errors = List.copyOf(errors);
	}

	/** An import that updated nothing. */
	public ImportResult(int rowsRead, int rowsImported, int rowsRejected, List<LineError> errors, boolean dryRun) {
		this(rowsRead, rowsImported, rowsRejected, errors, dryRun, 0);
	}

	/** The rows that add a record. */
	public int rowsAdded() {
		return this.rowsValid() - this.rowsUpdated;
	}

	public boolean rejected() {
		return this.rowsRejected > 0;
	}

	/** Rows that passed every check. */
	public int rowsValid() {
		return this.rowsRead - this.rowsRejected;
	}

}
