package dev.aorhub.workspace;

import java.time.ZoneId;
import java.util.Currency;
import java.util.UUID;

/**
 * A workspace's settings other modules need: its base currency and time zone.
 */
public record WorkspaceSettings(UUID workspaceId, String name, Currency baseCurrency, ZoneId timeZone) {

}
