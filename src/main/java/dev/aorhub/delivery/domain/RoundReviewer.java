package dev.aorhub.delivery.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A reviewer of a round: a user of the workspace ({@code userId}), or a person of the
 * client known by name and e-mail (client review).
 */
@Embeddable
public record RoundReviewer(@Column(name = "workspace_id") UUID workspaceId, @Column(name = "user_id") UUID userId,
		String name, String email) {

}
