package dev.aorhub.delivery.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.delivery.CampaignStatus;
import dev.aorhub.delivery.DeliveryRecords;
import dev.aorhub.shared.Money;
import dev.aorhub.shared.persistence.TenantAggregate;
import dev.aorhub.shared.time.DateRange;
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
 * A campaign: a client's piece of work with a flight and a budget, under one of our
 * designations and, usually, one of the client's SOWs. Its status changes only along
 * {@link CampaignStatus}; every change is in the audit log.
 */
@Entity
@Table(name = "campaign")
public class Campaign extends TenantAggregate {

	/** How the audit log names a campaign. */
	public static final String ENTITY_TYPE = DeliveryRecords.CAMPAIGN;

	@Column(name = "client_id")
	private UUID clientId;

	@Column(name = "designation_id")
	private UUID designationId;

	@Column(name = "sow_id")
	private UUID sowId;

	private String name;

	private String objective;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "end_date")
	private LocalDate endDate;

	@Column(name = "budget_amount")
	private BigDecimal budgetAmount;

	@Column(name = "budget_currency")
	private String budgetCurrency;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private CampaignStatus status;

	@Column(name = "owner_id")
	private UUID ownerId;

	private boolean archived;

	protected Campaign() {
	}

	/**
	 * A new campaign may start in any status: agencies bring live and finished campaigns
	 * with them.
	 */
	public Campaign(UUID workspaceId, CampaignTerms terms, CampaignStatus status) {
		super(workspaceId);
		this.status = status;
		apply(terms);
		registerEvent(new AuditedChange(workspaceId,
				AuditEntry.created(ENTITY_TYPE, getId(), "Created campaign " + this.name, auditState())));
	}

	/**
	 * Changes the terms and, along the state machine, the status, in one audit entry.
	 */
	public void revise(CampaignTerms terms, CampaignStatus target) {
		Map<String, Object> before = auditState();
		if (target != null && target != this.status) {
			this.status = this.status.requireCanBecome(target);
		}
		apply(terms);
		AuditEntry entry = AuditEntry.updated(ENTITY_TYPE, getId(), "Changed campaign " + this.name, before,
				auditState());
		if (entry != null) {
			registerEvent(new AuditedChange(getWorkspaceId(), entry));
		}
	}

	/**
	 * Launches, pauses, resumes or completes the campaign; its status already is none.
	 */
	public void moveTo(CampaignStatus target) {
		if (target == this.status) {
			return;
		}
		CampaignStatus from = this.status;
		this.status = this.status.requireCanBecome(target);
		registerEvent(new AuditedChange(getWorkspaceId(),
				new AuditEntry(ENTITY_TYPE, getId(), target.name(),
						"Moved campaign " + this.name + " to " + target.label().toLowerCase(Locale.ROOT) + " (was "
								+ from.label().toLowerCase(Locale.ROOT) + ")",
						Map.of("status", new AuditEntry.FieldChange(from.name(), target.name())))));
	}

	/** Archiving twice changes nothing and tells no one. */
	public void archive() {
		if (!this.archived) {
			this.archived = true;
			registerEvent(new AuditedChange(getWorkspaceId(),
					AuditEntry.action(ENTITY_TYPE, getId(), "ARCHIVED", "Archived campaign " + this.name)));
		}
	}

	private void apply(CampaignTerms terms) {
		this.clientId = terms.clientId();
		this.designationId = terms.designationId();
		this.sowId = terms.sowId();
		this.name = terms.name();
		this.objective = terms.objective();
		this.startDate = terms.dates().start();
		this.endDate = terms.dates().end();
		this.budgetAmount = (terms.budget() != null) ? terms.budget().amount() : null;
		this.budgetCurrency = (terms.budget() != null) ? terms.budget().currency().getCurrencyCode() : null;
		this.ownerId = terms.ownerId();
	}

	public Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("clientId", this.clientId);
		state.put("designationId", this.designationId);
		state.put("sowId", this.sowId);
		state.put("name", this.name);
		state.put("objective", this.objective);
		state.put("startDate", this.startDate);
		state.put("endDate", this.endDate);
		state.put("budget", budget());
		state.put("status", this.status);
		state.put("ownerId", this.ownerId);
		state.put("archived", this.archived);
		return state;
	}

	public DateRange dates() {
		return new DateRange(this.startDate, this.endDate);
	}

	public Money budget() {
		return (this.budgetAmount != null) ? new Money(this.budgetAmount, Currency.getInstance(this.budgetCurrency))
				: null;
	}

	public UUID getClientId() {
		return this.clientId;
	}

	public UUID getDesignationId() {
		return this.designationId;
	}

	public UUID getSowId() {
		return this.sowId;
	}

	public String getName() {
		return this.name;
	}

	public String getObjective() {
		return this.objective;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public CampaignStatus getStatus() {
		return this.status;
	}

	public UUID getOwnerId() {
		return this.ownerId;
	}

	public boolean isArchived() {
		return this.archived;
	}

}
