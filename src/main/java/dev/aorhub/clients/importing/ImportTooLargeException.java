package dev.aorhub.clients.importing;

/**
 * An import file over the size or row limit: answers 413 with what the limit is.
 */
public class ImportTooLargeException extends RuntimeException {

	public ImportTooLargeException(String message) {
		super(message);
	}

}
