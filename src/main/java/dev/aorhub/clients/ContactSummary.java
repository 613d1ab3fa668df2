package dev.aorhub.clients;

import java.util.UUID;

/**
 * What other modules may know of a client contact, e.g. to name who attended a
 * touchpoint.
 */
public record ContactSummary(UUID id, UUID clientId, String name, String title, ContactLevel level, boolean primary,
		boolean active) {

}
