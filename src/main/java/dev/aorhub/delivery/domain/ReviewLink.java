package dev.aorhub.delivery.domain;

import java.time.Instant;
import java.util.UUID;

import dev.aorhub.delivery.DeliveryRecords;
import dev.aorhub.shared.persistence.TenantAggregate;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditedChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A link through which a person of the client reviews one asset without an account, until
 * it expires or is revoked. The URL is signed (see the application's signer); this row
 * says which asset and until when.
 */
@Entity
@Table(name = "creative_review_link")
public class ReviewLink extends TenantAggregate {

	public static final String ENTITY_TYPE = DeliveryRecords.REVIEW_LINK;

	@Column(name = "asset_id", updatable = false)
	private UUID assetId;

	@Column(name = "expires_at", updatable = false)
	private Instant expiresAt;

	@Column(name = "created_by", updatable = false)
	private UUID createdBy;

	private boolean revoked;

	protected ReviewLink() {
	}

	public ReviewLink(CreativeAsset asset, Instant expiresAt, UUID createdBy) {
		super(asset.getWorkspaceId());
		this.assetId = asset.getId();
		this.expiresAt = expiresAt;
		this.createdBy = createdBy;
		registerEvent(new AuditedChange(getWorkspaceId(), AuditEntry.action(ENTITY_TYPE, getId(), AuditEntry.CREATED,
				"Created a client review link for " + asset.getName() + ", valid until " + expiresAt)));
	}

	public void revoke() {
		if (!this.revoked) {
			this.revoked = true;
			registerEvent(new AuditedChange(getWorkspaceId(),
					AuditEntry.action(ENTITY_TYPE, getId(), "REVOKED", "Revoked a client review link")));
		}
	}

	/** Usable at {@code now}: not revoked, not expired (the expiry instant is past). */
	public boolean isLive(Instant now) {
		return !this.revoked && now.isBefore(this.expiresAt);
	}

	public UUID getAssetId() {
		return this.assetId;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public UUID getCreatedBy() {
		return this.createdBy;
	}

	public boolean isRevoked() {
		return this.revoked;
	}

}
