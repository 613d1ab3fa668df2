package dev.aorhub.delivery.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.delivery.DeliveryRecords;
import dev.aorhub.delivery.Discipline;
import dev.aorhub.delivery.TaskStatus;
import dev.aorhub.shared.persistence.TenantAggregate;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditedChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A piece of work on a campaign's board: a card in one of the columns of
 * {@link TaskStatus}, ordered in its column by {@code position} (smallest first).
 */
@Entity
@Table(name = "task")
public class Task extends TenantAggregate {

	/** How the audit log names a task. */
	public static final String ENTITY_TYPE = DeliveryRecords.TASK;

	@Column(name = "campaign_id")
	private UUID campaignId;

	private String title;

	private String description;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private Discipline discipline;

	@Column(name = "assignee_id")
	private UUID assigneeId;

	@Column(name = "estimate_hours")
	private BigDecimal estimateHours;

	@Column(name = "due_date")
	private LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private TaskStatus status;

	private int position;

	private boolean archived;

	protected Task() {
	}

	public Task(UUID workspaceId, TaskDetails details, TaskStatus status, int position) {
		super(workspaceId);
		this.status = status;
		this.position = position;
		apply(details);
		registerEvent(new AuditedChange(workspaceId,
				AuditEntry.created(ENTITY_TYPE, getId(), "Created task " + this.title, auditState())));
	}

	/**
	 * Changes the details, the column (any column may follow any other) and the place.
	 */
	public void revise(TaskDetails details, TaskStatus target, int position) {
		Map<String, Object> before = auditState();
		if (target != this.status) {
			this.status = this.status.requireCanBecome(target);
		}
		this.position = position;
		apply(details);
		AuditEntry entry = AuditEntry.updated(ENTITY_TYPE, getId(), "Changed task " + this.title, before, auditState());
		if (entry != null) {
			registerEvent(new AuditedChange(getWorkspaceId(), entry));
		}
	}

	/** Moves the card to a column, at {@code position}; where it is already, nothing. */
	public void moveTo(TaskStatus target, int position) {
		if (target == this.status && position == this.position) {
			return;
		}
		TaskStatus from = this.status;
		if (target != from) {
			this.status = from.requireCanBecome(target);
		}
		Map<String, AuditEntry.FieldChange> changes = new LinkedHashMap<>();
		if (target != from) {
			changes.put("status", new AuditEntry.FieldChange(from.name(), target.name()));
		}
		changes.put("position", new AuditEntry.FieldChange(String.valueOf(this.position), String.valueOf(position)));
		this.position = position;
		String summary = (target != from)
				? "Moved task " + this.title + " to " + target.label().toLowerCase(Locale.ROOT) + " (was "
						+ from.label().toLowerCase(Locale.ROOT) + ")"
				: "Reordered task " + this.title + " in " + target.label().toLowerCase(Locale.ROOT);
		registerEvent(
				new AuditedChange(getWorkspaceId(), new AuditEntry(ENTITY_TYPE, getId(), "MOVED", summary, changes)));
	}

	/** Archiving twice changes nothing and tells no one. */
	public void archive() {
		if (!this.archived) {
			this.archived = true;
			registerEvent(new AuditedChange(getWorkspaceId(),
					AuditEntry.action(ENTITY_TYPE, getId(), "ARCHIVED", "Archived task " + this.title)));
		}
	}

	/** Open work past its due date. */
	public boolean isOverdue(LocalDate today) {
		return this.status != TaskStatus.DONE && this.dueDate != null && this.dueDate.isBefore(today);
	}

	private void apply(TaskDetails details) {
		this.campaignId = details.campaignId();
		this.title = details.title();
		this.description = details.description();
		this.discipline = details.discipline();
		this.assigneeId = details.assigneeId();
		this.estimateHours = details.estimateHours();
		this.dueDate = details.dueDate();
	}

	public TaskDetails details() {
		return new TaskDetails(this.campaignId, this.title, this.description, this.discipline, this.assigneeId,
				this.estimateHours, this.dueDate);
	}

	public Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("campaignId", this.campaignId);
		state.put("title", this.title);
		state.put("description", this.description);
		state.put("discipline", this.discipline);
		state.put("assigneeId", this.assigneeId);
		state.put("estimateHours", (this.estimateHours != null) ? this.estimateHours.toPlainString() : null);
		state.put("dueDate", this.dueDate);
		state.put("status", this.status);
		state.put("position", this.position);
		state.put("archived", this.archived);
		return state;
	}

	public UUID getCampaignId() {
		return this.campaignId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public Discipline getDiscipline() {
		return this.discipline;
	}

	public UUID getAssigneeId() {
		return this.assigneeId;
	}

	public BigDecimal getEstimateHours() {
		return this.estimateHours;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public TaskStatus getStatus() {
		return this.status;
	}

	public int getPosition() {
		return this.position;
	}

	public boolean isArchived() {
		return this.archived;
	}

}
