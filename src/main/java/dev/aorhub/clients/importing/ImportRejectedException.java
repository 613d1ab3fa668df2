package dev.aorhub.clients.importing;

/**
 * An import with at least one invalid row: nothing was saved. Answers 422 with the
 * result, so the caller sees every row's problems at once.
 */
public class ImportRejectedException extends RuntimeException {

	private final ImportResult result;

	public ImportRejectedException(ImportResult result) {
		super(result.rowsRejected() + " of " + result.rowsRead() + " rows were rejected; nothing was imported");
		this.result = result;
	}

	public ImportResult result() {
		return this.result;
	}

}
