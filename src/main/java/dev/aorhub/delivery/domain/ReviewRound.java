package dev.aorhub.delivery.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.aorhub.delivery.AssetStatus;
import dev.aorhub.shared.Ids;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One review of an asset's version: internal or client, with its reviewers and due date,
 * open until the decision that ends it.
 */
@Entity
@Table(name = "creative_review_round")
public class ReviewRound {

	@Column(name = "workspace_id", nullable = false, updatable = false)
	private UUID workspaceId;

	@Id
	private UUID id;

	@Column(updatable = false)
	private int number;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(updatable = false)
	private AssetStatus stage;

	@Column(name = "version_number", updatable = false)
	private int versionNumber;

	@Column(name = "due_date")
	private LocalDate dueDate;

	@Column(name = "started_at", updatable = false)
	private Instant startedAt;

	@Column(name = "started_by", updatable = false)
	private UUID startedBy;

	@Column(name = "closed_at")
	private Instant closedAt;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "creative_round_reviewer",
			joinColumns = @JoinColumn(name = "round_id", referencedColumnName = "id"))
	@OrderColumn(name = "position")
	@org.hibernate.annotations.BatchSize(size = 50)
	private List<RoundReviewer> reviewers = new ArrayList<>();

	protected ReviewRound() {
	}

	ReviewRound(UUID workspaceId, int number, AssetStatus stage, int versionNumber, RoundPlan plan, UUID startedBy,
			Instant now) {
		this.workspaceId = workspaceId;
		this.id = Ids.newId();
		this.number = number;
		this.stage = stage;
		this.versionNumber = versionNumber;
		this.dueDate = plan.dueDate();
		this.startedBy = startedBy;
		this.startedAt = now;
		this.reviewers.addAll(plan.reviewers());
	}

	void close(Instant now) {
		if (this.closedAt == null) {
			this.closedAt = now;
		}
	}

	public boolean isOpen() {
		return this.closedAt == null;
	}

	/** Open past its due date. */
	public boolean isOverdue(LocalDate today) {
		return isOpen() && this.dueDate != null && this.dueDate.isBefore(today);
	}

	public UUID getId() {
		return this.id;
	}

	public int getNumber() {
		return this.number;
	}

	public AssetStatus getStage() {
		return this.stage;
	}

	public int getVersionNumber() {
		return this.versionNumber;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public UUID getStartedBy() {
		return this.startedBy;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public List<RoundReviewer> getReviewers() {
		return List.copyOf(this.reviewers);
	}

}
