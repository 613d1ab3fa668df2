package dev.aorhub.contracts.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.aorhub.contracts.ChangeOrderApproved;
import dev.aorhub.contracts.ChangeOrderStatus;
import dev.aorhub.contracts.ContractRecords;
import dev.aorhub.contracts.SowActivated;
import dev.aorhub.contracts.SowApproved;
import dev.aorhub.contracts.SowCancelled;
import dev.aorhub.contracts.SowStatus;
import dev.aorhub.contracts.domain.SowTerms.DeliverableTerms;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.Money;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.StatedReason;
import dev.aorhub.shared.persistence.TenantAggregate;
import dev.aorhub.shared.time.DateRange;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditedChange;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A statement of work under an MSA: scope, term, budget and fees, deliverables, and the
 * change orders and approval steps of its life. The aggregate guards its rules: internal
 * approval before it goes to the client, commercial terms frozen once the client approved
 * (then only change orders move the budget), and the current budget always equal to the
 * original plus the approved change orders.
 */
@Entity
@Table(name = "sow")
public class Sow extends TenantAggregate {

	@Column(name = "msa_id")
	private UUID msaId;

	@Column(name = "client_id", updatable = false)
	private UUID clientId;

	@Column(name = "designation_id")
	private UUID designationId;

	@Column(updatable = false)
	private String number;

	private String title;

	private String scope;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private SowStatus status;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "end_date")
	private LocalDate endDate;

	@Column(name = "budget_amount")
	private BigDecimal budgetAmount;

	@Column(name = "budget_currency")
	private String budgetCurrency;

	@Column(name = "budget_hours")
	private Integer budgetHours;

	@Column(name = "budget_derived")
	private boolean budgetDerived;

	@Column(name = "current_budget_amount")
	private BigDecimal currentBudgetAmount;

	@Column(name = "current_budget_hours")
	private Integer currentBudgetHours;

	@Column(name = "internal_approved_by")
	private UUID internalApprovedBy;

	@Column(name = "internal_approved_at")
	private Instant internalApprovedAt;

	/**
	 * How often the terms changed. Fees and deliverables live in child rows that do not
	 * move the version themselves (see the collections), so a change of terms counts
	 * here.
	 */
	private int revision;

	private boolean archived;

	/** Why it was cancelled, when someone said. */
	@Column(name = "cancellation_reason")
	private String cancellationReason;

	/** The client's signature of its approval; null until approved (or when imported). */
	@Embedded
	private Signature signature;

	// The child collections do not move the version by themselves (Hibernate would bump
	// it
	// again at commit after the rows are first written); revision and the scalar fields
	// do.
	// All are lazy: SowRepository fetches the terms (fees and deliverables) in the query
	// that finds the SOW; the history (change orders, approvals) loads where it is used.
	@ElementCollection(fetch = FetchType.LAZY)
	@org.hibernate.annotations.OptimisticLock(excluded = true)
	@CollectionTable(name = "sow_deliverable", joinColumns = @JoinColumn(name = "sow_id", referencedColumnName = "id"))
	@OrderColumn(name = "position")
	private List<Deliverable> deliverables = new ArrayList<>();

	// A set, not a list: fetched in one query with the deliverables, a list (a bag to
	// Hibernate) would hold each fee once per deliverable row. The order is the position.
	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@org.hibernate.annotations.OptimisticLock(excluded = true)
	@JoinColumn(name = "sow_id", nullable = false, updatable = false)
	@OrderBy("position")
	private Set<SowFee> fees = new LinkedHashSet<>();

	@OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
	@JoinColumn(name = "sow_id", nullable = false, updatable = false)
	@org.hibernate.annotations.OptimisticLock(excluded = true)
	@OrderBy("number")
	private List<ChangeOrder> changeOrders = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
	@JoinColumn(name = "sow_id", nullable = false, updatable = false)
	@org.hibernate.annotations.OptimisticLock(excluded = true)
	@OrderBy("occurredAt")
	private List<ApprovalStep> approvals = new ArrayList<>();

	protected Sow() {
	}

	/** A new SOW in DRAFT with its number. */
	public Sow(UUID workspaceId, String number, SowTerms terms) {
		this(workspaceId, number, terms, SowStatus.DRAFT, null, null);
	}

	/**
	 * A new SOW with its number, in {@code status}: an agency that brings a SOW in a
	 * later status records the steps it skipped as done by {@code recordedBy} (see
	 * {@link #importAs}); the audit log keeps it all as the SOW's creation.
	 */
	public Sow(UUID workspaceId, String number, SowTerms terms, SowStatus status, Approver recordedBy, Instant at) {
		super(workspaceId);
		this.number = number;
		this.clientId = terms.clientId();
		this.status = SowStatus.DRAFT;
		this.budgetAmount = terms.budget().amount();
		this.budgetCurrency = terms.budget().currency().getCurrencyCode();
		this.budgetDerived = terms.budgetDerived();
		apply(terms);
		importAs(status, recordedBy, at);
		registerEvent(new AuditedChange(workspaceId, AuditEntry.created(ContractRecords.SOW, getId(),
				"Created SOW " + this.number + " " + this.title, auditState())));
	}

	/**
	 * Changes the terms. A draft changes freely, and any change withdraws its internal
	 * approval (what was approved is no longer what would be sent); once sent, the
	 * commercial terms (MSA, term, budget, fees) are frozen: a sent SOW is declined back
	 * to draft first, a client-approved one changes by change order. Answers whether an
	 * internal approval was withdrawn.
	 */
	public boolean revise(SowTerms terms) {
		if (this.status.isFinal()) {
			throw new ConflictException("sow-closed",
					"SOW " + this.number + " is " + this.status.name() + " and can no longer change");
		}
		Map<String, Object> before = auditState();
		SowTerms current = terms();
		if (this.status != SowStatus.DRAFT && !current.sameCommercialTerms(terms)) {
			throw new ConflictException("terms-locked", (this.status == SowStatus.SENT) ? "SOW " + this.number
					+ " was sent to the client: its MSA, term, budget and fees are frozen until the client decides"
					: "SOW " + this.number + " was approved by the client: change its budget, hours or fees by a "
							+ "change order; its MSA and term stay");
		}
		boolean changed = !current.equals(terms);
		if (changed) {
			this.revision++;
		}
		boolean withdrawn = this.status == SowStatus.DRAFT && isInternallyApproved() && changed;
		if (withdrawn) {
			clearInternalApproval();
		}
		if (this.status == SowStatus.DRAFT) {
			this.budgetAmount = terms.budget().amount();
			this.budgetCurrency = terms.budget().currency().getCurrencyCode();
			this.budgetDerived = terms.budgetDerived();
		}
		apply(terms);
		if (withdrawn) {
			record(AuditEntry.action(ContractRecords.SOW, getId(), "APPROVAL_WITHDRAWN",
					"The internal approval of SOW " + this.number + " was withdrawn: its terms changed"));
		}
		record(AuditEntry.updated(ContractRecords.SOW, getId(), "Changed SOW " + this.number + " " + this.title, before,
				auditState()));
		return withdrawn;
	}

	private void apply(SowTerms terms) {
		this.msaId = terms.msaId();
		this.designationId = terms.designationId();
		this.title = terms.title();
		this.scope = terms.scope();
		this.startDate = terms.startDate();
		this.endDate = terms.endDate();
		this.budgetHours = terms.budgetHours();
		List<Deliverable> rows = new ArrayList<>();
		for (DeliverableTerms deliverable : terms.deliverables()) {
			rows.add(new Deliverable(getWorkspaceId(), deliverable.name(), deliverable.dueDate(), deliverable.done()));
		}
		this.deliverables = rows;
		List<Fee> wanted = terms.fees();
		if (!getFees().equals(wanted)) {
			// Row by row in place: Hibernate inserts new rows before it deletes orphans,
			// so
			// clearing and re-adding would collide on the unique position.
			List<SowFee> existing = this.fees.stream().sorted(Comparator.comparingInt(SowFee::position)).toList();
			for (int i = 0; i < wanted.size(); i++) {
				if (i < existing.size()) {
					existing.get(i).replace(wanted.get(i));
				}
				else {
					this.fees.add(new SowFee(getWorkspaceId(), i, wanted.get(i)));
				}
			}
			this.fees.removeIf((row) -> row.position() >= wanted.size());
		}
		recalculate();
	}

	/** The terms as they stand, in the shape a revision states them. */
	public SowTerms terms() {
		return new SowTerms(this.msaId, this.clientId, this.designationId, this.title, this.scope, this.startDate,
				this.endDate, getBudget(), this.budgetHours, getFees(),
				this.deliverables.stream().map((d) -> new DeliverableTerms(d.name(), d.dueDate(), d.done())).toList(),
				this.budgetDerived);
	}

	// Approvals and status

	public void approveInternally(Approver approver, String comment, Instant at) {
		markInternallyApproved(approver, comment, at);
		record(AuditEntry.action(ContractRecords.SOW, getId(), "INTERNALLY_APPROVED",
				"Approved SOW " + this.number + " internally" + suffix(comment)));
	}

	private void markInternallyApproved(Approver approver, String comment, Instant at) {
		requireStatus(SowStatus.DRAFT, "be approved internally", SowStatus.DRAFT);
		this.internalApprovedBy = approver.staffUserId();
		this.internalApprovedAt = at;
		this.approvals
			.add(new ApprovalStep(getWorkspaceId(), null, ApprovalStep.Kind.INTERNAL_APPROVED, approver, comment, at));
	}

	/** Sends the SOW for the client's approval: only after internal approval. */
	public void send(Approver sender, String comment, Instant at) {
		SowStatus from = this.status;
		markSent(sender, comment, at);
		recordMove("Sent SOW " + this.number + " to the client for approval", from, comment);
	}

	private void markSent(Approver sender, String comment, Instant at) {
		if (this.status.canBecome(SowStatus.SENT) && !isInternallyApproved()) {
			throw new ConflictException("approval-required", "SOW " + this.number
					+ " needs internal approval by an admin, account or finance user before it is sent");
		}
		moveTo(SowStatus.SENT);
		this.approvals
			.add(new ApprovalStep(getWorkspaceId(), null, ApprovalStep.Kind.SENT_TO_CLIENT, sender, comment, at));
	}

	/**
	 * Records the client's approval: who approved, with what comment, recorded at
	 * {@code at}; the signature says on what date the client signed, and which contact.
	 */
	public void approveByClient(Approver approver, String comment, Signature signature, Instant at) {
		SowStatus from = this.status;
		markApprovedByClient(approver, comment, at);
		this.signature = signature;
		registerEvent(new SowApproved(getWorkspaceId(), getId(), this.msaId, this.clientId, approver.name(), at,
				signature.signedOn(), signature.contactId(),
				moveSummary(
						"Recorded the client's approval of SOW " + this.number + " " + approvedBy(approver, signature),
						from, comment)));
	}

	private void markApprovedByClient(Approver approver, String comment, Instant at) {
		moveTo(SowStatus.APPROVED);
		this.approvals
			.add(new ApprovalStep(getWorkspaceId(), null, ApprovalStep.Kind.CLIENT_APPROVED, approver, comment, at));
	}

	/** The client declined: back to draft to revise, and to approve internally again. */
	public void declineByClient(Approver approver, String comment, Instant at) {
		SowStatus from = this.status;
		moveTo(SowStatus.DRAFT);
		clearInternalApproval();
		this.approvals
			.add(new ApprovalStep(getWorkspaceId(), null, ApprovalStep.Kind.CLIENT_DECLINED, approver, comment, at));
		recordMove("Recorded that " + approver.name() + " declined SOW " + this.number + "; it is a draft again", from,
				comment);
	}

	public void activate() {
		activate(null);
	}

	/** Work starts: other modules learn the term and currency to log and bill against. */
	public void activate(String comment) {
		SowStatus from = this.status;
		moveTo(SowStatus.ACTIVE);
		registerEvent(activated(moveSummary("Activated SOW " + this.number, from, comment)));
	}

	private SowActivated activated(String summary) {
		return new SowActivated(getWorkspaceId(), getId(), this.msaId, this.clientId, this.designationId,
				this.startDate, this.endDate, getCurrency(), summary);
	}

	public void complete() {
		complete(null);
	}

	public void complete(String comment) {
		SowStatus from = this.status;
		moveTo(SowStatus.COMPLETED);
		recordMove("Completed SOW " + this.number, from, comment);
	}

	public void cancel() {
		cancel(null);
	}

	/**
	 * Stops the work before it is complete; {@code reason} may say why. The move is
	 * checked before the reason is kept, so a refused one keeps nothing.
	 */
	public void cancel(String reason) {
		String why = StatedReason.clean(reason);
		SowStatus from = this.status;
		moveTo(SowStatus.CANCELLED);
		this.cancellationReason = why;
		registerEvent(new SowCancelled(getWorkspaceId(), getId(), this.msaId, this.clientId, from, why,
				moveSummary("Cancelled SOW " + this.number, from, why)));
	}

	/**
	 * Records a SOW the agency brings in a later status (imported, signed elsewhere): the
	 * steps it skipped are recorded as done by {@code approver}, who must be allowed to
	 * approve internally. The audit log keeps them as part of the SOW's creation; other
	 * modules still learn that it is approved or active.
	 */
	public void importAs(SowStatus target, Approver approver, Instant at) {
		if (target == SowStatus.DRAFT) {
			return;
		}
		markInternallyApproved(approver, "Recorded in status " + target.name(), at);
		if (target == SowStatus.CANCELLED) {
			moveTo(SowStatus.CANCELLED);
			return;
		}
		markSent(approver, null, at);
		if (target == SowStatus.SENT) {
			return;
		}
		markApprovedByClient(approver, "Approved before it was recorded here", at);
		registerEvent(new SowApproved(getWorkspaceId(), getId(), this.msaId, this.clientId, approver.name(), at, null,
				null, null));
		if (target == SowStatus.APPROVED) {
			return;
		}
		moveTo(SowStatus.ACTIVE);
		registerEvent(activated(null));
		if (target == SowStatus.COMPLETED) {
			moveTo(SowStatus.COMPLETED);
		}
	}

	/** The audit entry of a move to the status the SOW is now in. */
	private void recordMove(String summary, SowStatus from, String comment) {
		record(AuditEntry.action(ContractRecords.SOW, getId(), this.status.name(),
				moveSummary(summary, from, comment)));
	}

	private static String moveSummary(String summary, SowStatus from, String comment) {
		return summary + " (was " + from.label().toLowerCase(Locale.ROOT) + ")" + suffix(comment);
	}

	/** "by Carla Client on 2 Dec 2026"; unnamed, "by Ada Admin, signed on 2 Dec 2026". */
	private static String approvedBy(Approver approver, Signature signature) {
		return signature.hasSignatory() ? signature.describe()
				: "by " + approver.name() + ", signed " + signature.describe();
	}

	private static String suffix(String comment) {
		return (comment != null) ? ": " + comment : "";
	}

	private void record(AuditEntry entry) {
		registerEvent(new AuditedChange(getWorkspaceId(), entry));
	}

	/** Throws the 409 of the state machine when the SOW cannot become {@code target}. */
	public void checkCanBecome(SowStatus target) {
		this.status.requireCanBecome(target);
	}

	/** Throws a 409 unless the change order is still proposed. */
	public void checkProposed(UUID changeOrderId, ChangeOrderStatus decision) {
		ChangeOrder order = changeOrder(changeOrderId);
		order.getStatus().requireCanBecome(decision);
	}

	private void moveTo(SowStatus target) {
		this.status = this.status.requireCanBecome(target);
	}

	private void requireStatus(SowStatus required, String action, SowStatus target) {
		if (this.status != required) {
			throw new ConflictException(
					"illegal-state-change", "SOW " + this.number + " is " + this.status.name() + "; only a "
							+ required.name() + " SOW can " + action,
					Map.of("currentStatus", this.status.name(), "requestedStatus", target.name()));
		}
	}

	private void clearInternalApproval() {
		this.internalApprovedBy = null;
		this.internalApprovedAt = null;
	}

	/** Archiving twice changes nothing and tells no one. */
	public void archive() {
		if (!this.archived) {
			this.archived = true;
			record(AuditEntry.action(ContractRecords.SOW, getId(), "ARCHIVED", "Archived SOW " + this.number));
		}
	}

	// Change orders

	/** A change order on a client-approved SOW: more or less budget and hours. */
	public ChangeOrder proposeChangeOrder(String description, Money budgetChange, Integer hoursChange) {
		if (!takesChangeOrders()) {
			throw new ConflictException("illegal-state-change", "SOW " + this.number + " is " + this.status.name()
					+ ": change orders are for approved or active SOWs (a draft is simply edited)");
		}
		int next = this.changeOrders.stream().mapToInt(ChangeOrder::getNumber).max().orElse(0) + 1;
		ChangeOrder order = new ChangeOrder(getWorkspaceId(), next, description, budgetChange, hoursChange);
		this.changeOrders.add(order);
		record(AuditEntry.created(ContractRecords.CHANGE_ORDER, order.getId(),
				"Proposed " + order.label() + " on SOW " + this.number, order.auditState()));
		return order;
	}

	public ChangeOrder reviseChangeOrder(UUID id, String description, Money budgetChange, Integer hoursChange) {
		ChangeOrder order = changeOrder(id);
		Map<String, Object> before = order.auditState();
		order.revise(description, budgetChange, hoursChange);
		record(AuditEntry.updated(ContractRecords.CHANGE_ORDER, id,
				"Changed " + order.label() + " on SOW " + this.number, before, order.auditState()));
		return order;
	}

	public ChangeOrder sendChangeOrder(UUID id, Approver sender, String comment, Instant at) {
		ChangeOrder order = changeOrder(id);
		order.markSent(at);
		this.approvals
			.add(new ApprovalStep(getWorkspaceId(), id, ApprovalStep.Kind.SENT_TO_CLIENT, sender, comment, at));
		record(AuditEntry.action(ContractRecords.CHANGE_ORDER, id, "SENT",
				"Sent " + order.label() + " of SOW " + this.number + " to the client" + suffix(comment)));
		return order;
	}

	/**
	 * Approves a proposed change order on the client's word: the current budget and hours
	 * take the change. Refused when the SOW is no longer approved or active, or when the
	 * change would take the budget below zero.
	 */
	public ChangeOrder approveChangeOrder(UUID id, Approver approver, String comment, Signature signature, Instant at) {
		ChangeOrder order = changeOrder(id);
		if (order.getStatus() == ChangeOrderStatus.PROPOSED && !takesChangeOrders()) {
			throw new ConflictException("illegal-state-change", "SOW " + this.number + " is " + this.status.name()
					+ "; its change orders can no longer be approved");
		}
		Money before = getCurrentBudget();
		order.approve(signature, at);
		BudgetLedger.Budget after = ledger();
		if (after.isNegative()) {
			throw new ConflictException("budget-below-zero", order.label() + " would take the budget of SOW "
					+ this.number + " below zero (" + after.money() + ", " + after.hours() + " hours)");
		}
		recalculate();
		this.approvals
			.add(new ApprovalStep(getWorkspaceId(), id, ApprovalStep.Kind.CLIENT_APPROVED, approver, comment, at));
		registerEvent(new ChangeOrderApproved(getWorkspaceId(), getId(), id, order.getBudgetChange(),
				order.getHoursChange(), getCurrentBudget(), at, signature.signedOn(), signature.contactId(),
				signature.name(), "Recorded the approval of " + order.label() + " of SOW " + this.number + " "
						+ approvedBy(approver, signature) + suffix(comment)));
		record(AuditEntry.updated(ContractRecords.SOW, getId(),
				order.label() + " changed the budget of SOW " + this.number, Map.of("currentBudget", before),
				Map.of("currentBudget", getCurrentBudget())));
		return order;
	}

	/** Rejects a proposed change order; refused like approval once the SOW is over. */
	public ChangeOrder rejectChangeOrder(UUID id, Approver approver, String comment, Instant at) {
		ChangeOrder order = changeOrder(id);
		if (order.getStatus() == ChangeOrderStatus.PROPOSED && !takesChangeOrders()) {
			throw new ConflictException("illegal-state-change", "SOW " + this.number + " is " + this.status.name()
					+ "; its change orders can no longer be decided");
		}
		order.decide(ChangeOrderStatus.REJECTED, at);
		this.approvals
			.add(new ApprovalStep(getWorkspaceId(), id, ApprovalStep.Kind.CLIENT_DECLINED, approver, comment, at));
		record(AuditEntry.action(ContractRecords.CHANGE_ORDER, id, "REJECTED", "Recorded that " + approver.name()
				+ " rejected " + order.label() + " of SOW " + this.number + suffix(comment)));
		return order;
	}

	public ChangeOrder changeOrder(UUID id) {
		return findChangeOrder(id).orElseThrow(() -> new NotFoundException("Change order", id));
	}

	public Optional<ChangeOrder> findChangeOrder(UUID id) {
		return this.changeOrders.stream().filter((order) -> order.getId().equals(id)).findFirst();
	}

	private BudgetLedger.Budget ledger() {
		return BudgetLedger.current(getBudget(), this.budgetHours,
				this.changeOrders.stream()
					.filter((order) -> order.getStatus() == ChangeOrderStatus.APPROVED)
					.map((order) -> new BudgetLedger.Change(order.getBudgetChange(), order.getHoursChange()))
					.toList());
	}

	private void recalculate() {
		BudgetLedger.Budget current = ledger();
		this.currentBudgetAmount = current.money().amount();
		this.currentBudgetHours = current.hours();
	}

	public Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("msaId", this.msaId);
		state.put("designationId", this.designationId);
		state.put("title", this.title);
		state.put("scope", this.scope);
		state.put("status", this.status);
		state.put("startDate", this.startDate);
		state.put("endDate", this.endDate);
		state.put("budget", getBudget());
		state.put("budgetHours", this.budgetHours);
		state.put("fees", getFees().stream().map(Object::toString).collect(Collectors.joining("; ")));
		state.put("deliverables", this.deliverables.stream()
			.map((d) -> d.name() + ((d.dueDate() != null) ? " (" + d.dueDate() + ")" : "") + (d.done() ? " done" : ""))
			.collect(Collectors.joining("; ")));
		state.put("archived", this.archived);
		return state;
	}

	public UUID getMsaId() {
		return this.msaId;
	}

	public UUID getClientId() {
		return this.clientId;
	}

	public UUID getDesignationId() {
		return this.designationId;
	}

	public String getNumber() {
		return this.number;
	}

	public String getTitle() {
		return this.title;
	}

	public String getScope() {
		return this.scope;
	}

	public SowStatus getStatus() {
		return this.status;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public DateRange term() {
		return new DateRange(this.startDate, this.endDate);
	}

	public Currency getCurrency() {
		return Currency.getInstance(this.budgetCurrency);
	}

	/** The original budget, as the client approved it. */
	public Money getBudget() {
		return new Money(this.budgetAmount, getCurrency());
	}

	public Integer getBudgetHours() {
		return this.budgetHours;
	}

	/** Whether the budget was implied by the fees rather than stated. */
	public boolean isBudgetDerived() {
		return this.budgetDerived;
	}

	public Money getCurrentBudget() {
		return new Money(this.currentBudgetAmount, getCurrency());
	}

	public Integer getCurrentBudgetHours() {
		return this.currentBudgetHours;
	}

	public boolean isInternallyApproved() {
		return this.internalApprovedAt != null;
	}

	public UUID getInternalApprovedBy() {
		return this.internalApprovedBy;
	}

	public Instant getInternalApprovedAt() {
		return this.internalApprovedAt;
	}

	public boolean isArchived() {
		return this.archived;
	}

	/** Why it was cancelled; null when nobody said (or it was not cancelled). */
	public String getCancellationReason() {
		return this.cancellationReason;
	}

	/**
	 * Whether change orders can be proposed and decided: the client approved the SOW, and
	 * it is not over.
	 */
	public boolean takesChangeOrders() {
		return this.status == SowStatus.APPROVED || this.status == SowStatus.ACTIVE;
	}

	/** The client's signature of its approval; null before (or when it was imported). */
	public Signature getSignature() {
		return this.signature;
	}

	public int getRevision() {
		return this.revision;
	}

	public List<Fee> getFees() {
		return this.fees.stream().sorted(Comparator.comparingInt(SowFee::position)).map(SowFee::fee).toList();
	}

	public List<Deliverable> getDeliverables() {
		return List.copyOf(this.deliverables);
	}

	public List<ChangeOrder> getChangeOrders() {
		return List.copyOf(this.changeOrders);
	}

	public List<ApprovalStep> getApprovals() {
		return List.copyOf(this.approvals);
	}

}
