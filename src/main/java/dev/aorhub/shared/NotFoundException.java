package dev.aorhub.shared;

import java.util.UUID;

/**
 * Something that does not exist, or that belongs to another workspace: both answer 404 so
 * an id never tells whether it exists elsewhere.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, UUID id) {
		super(what + " " + id + " was not found");
	}

	public NotFoundException(String message) {
		super(message);
	}

}
