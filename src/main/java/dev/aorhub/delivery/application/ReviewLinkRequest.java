package dev.aorhub.delivery.application;

import java.time.OffsetDateTime;

/**
 * When a new review link expires; without it, {@link ReviewLinkService#DEFAULT_VALIDITY}
 * from now.
 */
public record ReviewLinkRequest(OffsetDateTime expiresAt) {

	public static final ReviewLinkRequest DEFAULTS = new ReviewLinkRequest(null);

}
