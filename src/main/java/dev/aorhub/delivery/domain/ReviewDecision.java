package dev.aorhub.delivery.domain;

import java.time.Instant;
import java.util.UUID;

import dev.aorhub.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What a reviewer decided on which version of an asset, when, with what comment: kept for
 * good, so "who approved what version when" always has its answer.
 */
@Entity
@Table(name = "creative_decision")
public class ReviewDecision {

	/** The decisions that end a round. */
	public enum Outcome {

		SENT_TO_CLIENT("Sent to the client"), APPROVED("Approved"), CHANGES_REQUESTED("Asked for changes");

		private final String label;

		Outcome(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	@Column(name = "workspace_id", nullable = false, updatable = false)
	private UUID workspaceId;

	@Id
	private UUID id;

	@Column(name = "round_id", updatable = false)
	private UUID roundId;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(updatable = false)
	private Outcome decision;

	@Column(name = "version_number", updatable = false)
	private int versionNumber;

	@Column(name = "user_id", updatable = false)
	private UUID userId;

	@Column(name = "reviewer_name", updatable = false)
	private String reviewerName;

	@Column(name = "via_link", updatable = false)
	private boolean viaLink;

	@Column(updatable = false)
	private String comment;

	@Column(name = "decided_at", updatable = false)
	private Instant decidedAt;

	protected ReviewDecision() {
	}

	ReviewDecision(UUID workspaceId, UUID roundId, Outcome decision, int versionNumber, Reviewer reviewer,
			String comment, Instant now) {
		this.workspaceId = workspaceId;
		this.id = Ids.newId();
		this.roundId = roundId;
		this.decision = decision;
		this.versionNumber = versionNumber;
		this.userId = reviewer.userId();
		this.reviewerName = reviewer.name();
		this.viaLink = reviewer.viaLink();
		this.comment = comment;
		this.decidedAt = now;
	}

	public UUID getId() {
		return this.id;
	}

	public UUID getRoundId() {
		return this.roundId;
	}

	public Outcome getDecision() {
		return this.decision;
	}

	public int getVersionNumber() {
		return this.versionNumber;
	}

	public UUID getUserId() {
		return this.userId;
	}

	public String getReviewerName() {
		return this.reviewerName;
	}

	public boolean isViaLink() {
		return this.viaLink;
	}

	public String getComment() {
		return this.comment;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	/** Who decided, as the history says it. */
	public String byLabel() {
		return this.viaLink ? this.reviewerName + " (client, via review link)" : this.reviewerName;
	}

}
