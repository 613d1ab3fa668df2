package dev.aorhub.clients.domain;

import java.util.UUID;

import dev.aorhub.clients.ContactLevel;

/**
 * What the account team records about a person at a client, once checked (see
 * {@code ContactRequest}); a null {@code active} leaves the contact as it is.
 */
public record ContactDetails(String name, String email, String phone, String title, ContactLevel level, Boolean primary,
		UUID reportsToId, Boolean active, String notes) {

}
