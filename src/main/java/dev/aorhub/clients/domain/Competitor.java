package dev.aorhub.clients.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A company a client competes with: another of our clients, or a name only. Carries the
 * workspace so the row keeps the tenant key like every other.
 */
@Embeddable
public record Competitor(@Column(name = "workspace_id") UUID workspaceId, @Column(name = "competitor_name") String name,
		@Column(name = "competitor_client_id") UUID clientId) {

}
