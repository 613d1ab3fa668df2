package dev.aorhub.relationships.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.shared.persistence.TenantAggregate;
import dev.aorhub.shared.time.DateRange;
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

	public TeamAssignment(UUID workspaceId, UUID designationId, Commitment commitment) {
		super(workspaceId);
		this.designationId = designationId;
		change(commitment);
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

	public final void change(Commitment commitment) {
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
