package dev.aorhub.delivery.application;

import java.util.List;

/**
 * What a time import did: the rows read, imported and rejected, and each rejected row's
 * problems by its line in the file (the header is line 1). Without {@code partial} an
 * import with any rejected row imports nothing.
 */
public record TimeImportResult(int rowsRead, int rowsImported, int rowsRejected, List<LineError> errors) {

	/** A problem of one row. */
	public record LineError(int line, String message) {
	}

	public TimeImportResult {
		errors = List.copyOf(errors);
	}

}
