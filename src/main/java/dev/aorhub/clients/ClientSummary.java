package dev.aorhub.clients;

import java.util.Currency;
import java.util.UUID;

/**
 * What other modules may know of a client.
 */
public record ClientSummary(UUID id, String name, Currency currency, ClientStatus status, boolean archived) {

}
