package dev.aorhub.clients;

import java.util.UUID;

/**
 * What other modules may know of a brand: creative assets and brand guidelines belong to
 * one.
 */
public record BrandSummary(UUID id, UUID clientId, String name, boolean archived) {

}
