package dev.aorhub.delivery.importing;

/**
 * A time import over the size or row limit: answers 413 with what the limit is.
 */
public class TimeImportTooLargeException extends RuntimeException {

	public TimeImportTooLargeException(String message) {
		super(message);
	}

}
