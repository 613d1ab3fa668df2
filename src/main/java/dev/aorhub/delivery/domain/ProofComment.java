package dev.aorhub.delivery.domain;

import java.math.BigDecimal;
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
 * A proofing comment on one version of an asset, pinned to a point or a page (see
 * {@link ProofPin}), open until someone resolves it (and reopened if it was not).
 */
@Entity
@Table(name = "creative_comment")
public class ProofComment extends TenantAggregate {

	public static final String ENTITY_TYPE = DeliveryRecords.PROOF_COMMENT;

	@Column(name = "asset_id", updatable = false)
	private UUID assetId;

	@Column(name = "version_number", updatable = false)
	private int versionNumber;

	private String body;

	@Column(name = "pin_x")
	private BigDecimal x;

	@Column(name = "pin_y")
	private BigDecimal y;

	private Integer page;

	private boolean resolved;

	@Column(name = "author_id", updatable = false)
	private UUID authorId;

	@Column(name = "author_name", updatable = false)
	private String authorName;

	@Column(name = "resolved_at")
	private Instant resolvedAt;

	protected ProofComment() {
	}

	public ProofComment(CreativeAsset asset, int versionNumber, String body, ProofPin pin, Reviewer author) {
		super(asset.getWorkspaceId());
		this.assetId = asset.getId();
		this.versionNumber = versionNumber;
		this.body = body;
		this.x = pin.x();
		this.y = pin.y();
		this.page = pin.page();
		this.authorId = author.userId();
		this.authorName = author.name();
		String where = pin.isPoint() ? " (pinned)" : (pin.page() != null) ? " (page " + pin.page() + ")" : "";
		registerEvent(new AuditedChange(getWorkspaceId(), AuditEntry.action(ENTITY_TYPE, getId(), AuditEntry.CREATED,
				"Commented on version " + versionNumber + " of " + asset.getName() + where + ": " + body)));
	}

	public void resolve(Instant now) {
		if (!this.resolved) {
			this.resolved = true;
			this.resolvedAt = now;
			registerEvent(new AuditedChange(getWorkspaceId(),
					AuditEntry.action(ENTITY_TYPE, getId(), "RESOLVED", "Resolved the comment: " + this.body)));
		}
	}

	public void reopen() {
		if (this.resolved) {
			this.resolved = false;
			this.resolvedAt = null;
			registerEvent(new AuditedChange(getWorkspaceId(),
					AuditEntry.action(ENTITY_TYPE, getId(), "REOPENED", "Reopened the comment: " + this.body)));
		}
	}

	public UUID getAssetId() {
		return this.assetId;
	}

	public int getVersionNumber() {
		return this.versionNumber;
	}

	public String getBody() {
		return this.body;
	}

	public ProofPin pin() {
		return new ProofPin(this.x, this.y, this.page);
	}

	public boolean isResolved() {
		return this.resolved;
	}

	public UUID getAuthorId() {
		return this.authorId;
	}

	public String getAuthorName() {
		return this.authorName;
	}

	public Instant getResolvedAt() {
		return this.resolvedAt;
	}

}
