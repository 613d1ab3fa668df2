package dev.aorhub.delivery.application;

/**
 * A time import with at least one invalid row and no {@code partial=true}: nothing was
 * saved. Answers 422 with the result, so every row's problems are seen at once.
 */
public class TimeImportRejectedException extends RuntimeException {

	private final TimeImportResult result;

	public TimeImportRejectedException(TimeImportResult result) {
		super(result.rowsRejected() + " of " + result.rowsRead() + " rows were rejected; nothing was imported");
		this.result = result;
	}

	public TimeImportResult result() {
		return this.result;
	}

}
