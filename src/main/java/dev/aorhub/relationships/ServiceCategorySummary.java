package dev.aorhub.relationships;

import java.util.UUID;

/**
 * What other modules may know of a service category. An archived category keeps its name
 * on the records that use it but takes no new ones.
 */
public record ServiceCategorySummary(UUID id, String name, boolean archived) {

}
