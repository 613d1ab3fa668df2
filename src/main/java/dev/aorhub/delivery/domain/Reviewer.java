package dev.aorhub.delivery.domain;

import java.util.UUID;

/**
 * Who takes a decision: a signed-in user (id and name), or a person of the client through
 * a review link (the name they typed, no user).
 */
public record Reviewer(UUID userId, String name, boolean viaLink) {

	/** How the audit log and the history name a reviewer who came through a link. */
	public static final String VIA_LINK = "client via review link";

	public static Reviewer user(UUID userId, String name) {
		return new Reviewer(userId, name, false);
	}

	public static Reviewer throughLink(String typedName) {
		return new Reviewer(null, typedName, true);
	}

}
