package dev.aorhub.relationships.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.shared.persistence.TenantAggregate;
import dev.aorhub.shared.time.DateRange;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditedChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A staff member committed to a designation: their role, the share of their time and
 * whether they are dedicated to the client. The commitment is what the client was
 * promised; resourcing later compares it with the hours actually worked.
 */
@Entity
@Table(name = "team_assignment")
public class TeamAssignment extends TenantAggregate {

	/** How the audit log names a team assignment. */
	public static final String ENTITY_TYPE = "TeamAssignment";

	@Column(name = "designation_id", updatable = false)
	private UUID designationId;

	@Column(name = "user_id")
	private UUID userId;

	private String role;

	@Column(name = "allocation_percent")
	private int allocationPercent;

	private boolean dedicated;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "end_date")
	private LocalDate endDate;

	protected TeamAssignment() {
	}

	/** {@code member} is the person's name, for the audit log. */
	public TeamAssignment(UUID workspaceId, UUID designationId, Commitment commitment, String member) {
		super(workspaceId);
		this.designationId = designationId;
		apply(commitment);
		registerEvent(new AuditedChange(workspaceId,
				AuditEntry.created(ENTITY_TYPE, getId(),
						"Added " + member + " to the team as " + this.role + " (" + this.allocationPercent + "%)",
						auditState())));
	}

	/** What is committed; validated before it gets here. */
	public record Commitment(UUID userId, String role, int allocationPercent, boolean dedicated, DateRange term) {

		public Commitment {
			if (userId == null || role == null || role.isBlank() || term == null) {
				throw new IllegalArgumentException("user, role and term are required");
			}
			if (term.end() != null && !term.end().isAfter(term.start())) {
				throw new IllegalArgumentException("a term must end after it starts");
			}
			if (allocationPercent < 1 || allocationPercent > 100) {
				throw new IllegalArgumentException("allocation must be 1 to 100 percent");
			}
			role = role.strip();
		}

	}

	public void change(Commitment commitment, String member) {
		Map<String, Object> before = auditState();
		apply(commitment);
		registerEvent(new AuditedChange(getWorkspaceId(), AuditEntry.updated(ENTITY_TYPE, getId(),
				"Changed the team assignment of " + member, before, auditState())));
	}

	/**
	 * Takes the person off the team, to be deleted next; the assignment's history stays
	 * in the audit log.
	 */
	public void remove(String member) {
		registerEvent(new AuditedChange(getWorkspaceId(), AuditEntry.action(ENTITY_TYPE, getId(), AuditEntry.DELETED,
				"Took " + member + " off the team (" + this.role + ")")));
	}

	private void apply(Commitment commitment) {
		this.userId = commitment.userId();
		this.role = commitment.role();
		this.allocationPercent = commitment.allocationPercent();
		this.dedicated = commitment.dedicated();
		this.startDate = commitment.term().start();
		this.endDate = commitment.term().end();
	}

	public DateRange term() {
		return new DateRange(this.startDate, this.endDate);
	}

	public AllocationCalculator.Allocation allocation() {
		return new AllocationCalculator.Allocation(this.allocationPercent, term());
	}

	public Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("designationId", this.designationId);
		state.put("userId", this.userId);
		state.put("role", this.role);
		state.put("allocationPercent", this.allocationPercent);
		state.put("dedicated", this.dedicated);
		state.put("startDate", this.startDate);
		state.put("endDate", this.endDate);
		return state;
	}

	public UUID getDesignationId() {
		return this.designationId;
	}

	public UUID getUserId() {
		return this.userId;
	}

	public String getRole() {
		return this.role;
	}

	public int getAllocationPercent() {
		return this.allocationPercent;
	}

	public boolean isDedicated() {
		return this.dedicated;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

}
