package dev.aorhub.contracts.domain;

import java.time.Instant;
import java.util.UUID;

import dev.aorhub.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One step of a SOW's or change order's approval, kept for good: who approved it inside
 * the agency, when it went to the client, and who decided on the client's side, when and
 * with what comment.
 */
@Entity
@Table(name = "contract_approval")
public class ApprovalStep {

	/** The kinds of step, in the order they usually happen. */
	public enum Kind {

		INTERNAL_APPROVED("Approved internally"), SENT_TO_CLIENT("Sent to the client"),
		CLIENT_APPROVED("Approved by the client"), CLIENT_DECLINED("Declined by the client");

		private final String label;

		Kind(String label) {
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

	@Version
	private Long version;

	@Column(name = "change_order_id", updatable = false)
	private UUID changeOrderId;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private Kind step;

	@Column(name = "approver_name")
	private String approverName;

	@Column(name = "approver_user_id")
	private UUID approverUserId;

	@Column(name = "client_user_id")
	private UUID clientUserId;

	private String comment;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	protected ApprovalStep() {
	}

	ApprovalStep(UUID workspaceId, UUID changeOrderId, Kind step, Approver approver, String comment,
			Instant occurredAt) {
		this.workspaceId = workspaceId;
		this.id = Ids.newId();
		this.changeOrderId = changeOrderId;
		this.step = step;
		this.approverName = approver.name();
		this.approverUserId = approver.staffUserId();
		this.clientUserId = approver.clientUserId();
		this.comment = comment;
		this.occurredAt = occurredAt;
	}

	public UUID getId() {
		return this.id;
	}

	public UUID getChangeOrderId() {
		return this.changeOrderId;
	}

	public Kind getStep() {
		return this.step;
	}

	public String getApproverName() {
		return this.approverName;
	}

	public UUID getApproverUserId() {
		return this.approverUserId;
	}

	public UUID getClientUserId() {
		return this.clientUserId;
	}

	public String getComment() {
		return this.comment;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

}
