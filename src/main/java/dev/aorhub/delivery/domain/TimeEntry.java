package dev.aorhub.delivery.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.delivery.DeliveryRecords;
import dev.aorhub.delivery.TimeEntriesApproved;
import dev.aorhub.delivery.TimeEntryStatus;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.Money;
import dev.aorhub.shared.persistence.TenantAggregate;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditedChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * One person's time on one date against a SOW and/or a campaign and task. The minutes are
 * what was worked; the rounded minutes follow the SOW's rule and are what billing counts.
 * The role and rate are those in force on the date, fixed while the entry is a draft and
 * kept afterwards, so a later rate card never rewrites history. Only a draft changes.
 */
@Entity
@Table(name = "time_entry")
public class TimeEntry extends TenantAggregate {

	public static final String ENTITY_TYPE = DeliveryRecords.TIME_ENTRY;

	@Column(name = "user_id")
	private UUID userId;

	@Column(name = "entry_date")
	private LocalDate entryDate;

	private int minutes;

	@Column(name = "rounded_minutes")
	private int roundedMinutes;

	@Column(name = "client_id")
	private UUID clientId;

	@Column(name = "sow_id")
	private UUID sowId;

	@Column(name = "campaign_id")
	private UUID campaignId;

	@Column(name = "task_id")
	private UUID taskId;

	private boolean billable;

	private String note;

	@Enumerated(EnumType.STRING)
	private TimeEntryStatus status;

	private String role;

	@Column(name = "rate_amount")
	private BigDecimal rateAmount;

	@Column(name = "rate_currency")
	private String rateCurrency;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "approved_by")
	private UUID approvedBy;

	@Column(name = "approved_at")
	private Instant approvedAt;

	protected TimeEntry() {
	}

	/**
	 * A new entry, a draft unless history is recorded as submitted or approved (by
	 * {@code actorId} at {@code now}); the service checks who may do that.
	 */
	public TimeEntry(UUID workspaceId, TimeEntryDetails details, TimeRounding rounding, RateInForce rate,
			TimeEntryStatus status, UUID actorId, Instant now) {
		super(workspaceId);
		apply(details, rounding);
		applyRate(rate);
		this.status = TimeEntryStatus.DRAFT;
		if (status == TimeEntryStatus.SUBMITTED || status == TimeEntryStatus.APPROVED) {
			this.status = TimeEntryStatus.SUBMITTED;
			this.submittedAt = now;
		}
		if (status == TimeEntryStatus.APPROVED) {
			this.status = TimeEntryStatus.APPROVED;
			this.approvedBy = actorId;
			this.approvedAt = now;
		}
		registerEvent(new AuditedChange(workspaceId,
				AuditEntry.created(ENTITY_TYPE, getId(), "Logged " + describe(), auditState())));
		if (this.status == TimeEntryStatus.APPROVED) {
			registerEvent(new TimeEntriesApproved(workspaceId, List.of(getId()),
					(this.sowId != null) ? List.of(this.sowId) : List.of()));
		}
	}

	/**
	 * Changes a draft; {@code rate} is the rate in force for the new date, SOW and
	 * person, or null to keep the current one (none of those changed).
	 */
	public void revise(TimeEntryDetails details, TimeRounding rounding, RateInForce rate) {
		requireEditable("changed");
		Map<String, Object> before = auditState();
		apply(details, rounding);
		if (rate != null) {
			applyRate(rate);
		}
		registerEvent(new AuditedChange(getWorkspaceId(),
				AuditEntry.updated(ENTITY_TYPE, getId(), "Changed " + describe(), before, auditState())));
	}

	/** The audit entry of deleting this draft; the service deletes it. */
	public AuditedChange deletion() {
		requireEditable("deleted");
		return new AuditedChange(getWorkspaceId(), new AuditEntry(ENTITY_TYPE, getId(), AuditEntry.DELETED,
				"Deleted " + describe(), AuditEntry.created(ENTITY_TYPE, getId(), "", auditState()).changes()));
	}

	/** Only a draft may be changed or deleted: submitted time is someone's to approve. */
	public void requireEditable(String verb) {
		if (!this.status.isEditable()) {
			throw new ConflictException("not-editable",
					"A " + this.status.name() + " time entry cannot be " + verb + "; only DRAFT entries can"
							+ ((this.status == TimeEntryStatus.INVOICED) ? "" : " (an admin can reopen it)"));
		}
	}

	private void apply(TimeEntryDetails details, TimeRounding rounding) {
		this.userId = details.userId();
		this.entryDate = details.date();
		this.minutes = details.minutes();
		this.roundedMinutes = rounding.apply(details.minutes());
		this.clientId = details.clientId();
		this.sowId = details.sowId();
		this.campaignId = details.campaignId();
		this.taskId = details.taskId();
		this.billable = details.billable();
		this.note = details.note();
	}

	private void applyRate(RateInForce rate) {
		this.role = rate.role();
		this.rateAmount = (rate.hourlyRate() != null) ? rate.hourlyRate().amount() : null;
		this.rateCurrency = (rate.hourlyRate() != null) ? rate.hourlyRate().currency().getCurrencyCode() : null;
	}

	/** "1:30 h on 2 Dec 2026". */
	private String describe() {
		return HoursText.clock(this.minutes) + " h on " + dev.aorhub.shared.time.DateText.of(this.entryDate);
	}

	public Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("userId", this.userId);
		state.put("date", this.entryDate);
		state.put("minutes", this.minutes);
		state.put("roundedMinutes", this.roundedMinutes);
		state.put("clientId", this.clientId);
		state.put("sowId", this.sowId);
		state.put("campaignId", this.campaignId);
		state.put("taskId", this.taskId);
		state.put("billable", this.billable);
		state.put("note", this.note);
		state.put("status", this.status);
		state.put("role", this.role);
		state.put("rate", (rate() != null) ? rate().toString() : null);
		return state;
	}

	public TimeEntryDetails getDetails() {
		return new TimeEntryDetails(this.userId, this.entryDate, this.minutes, this.clientId, this.sowId,
				this.campaignId, this.taskId, this.billable, this.note);
	}

	public Money rate() {
		return (this.rateAmount != null) ? new Money(this.rateAmount, Currency.getInstance(this.rateCurrency)) : null;
	}

	public UUID getUserId() {
		return this.userId;
	}

	public LocalDate getEntryDate() {
		return this.entryDate;
	}

	public int getMinutes() {
		return this.minutes;
	}

	public int getRoundedMinutes() {
		return this.roundedMinutes;
	}

	public UUID getClientId() {
		return this.clientId;
	}

	public UUID getSowId() {
		return this.sowId;
	}

	public UUID getCampaignId() {
		return this.campaignId;
	}

	public UUID getTaskId() {
		return this.taskId;
	}

	public boolean isBillable() {
		return this.billable;
	}

	public String getNote() {
		return this.note;
	}

	public TimeEntryStatus getStatus() {
		return this.status;
	}

	public String getRole() {
		return this.role;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public UUID getApprovedBy() {
		return this.approvedBy;
	}

	public Instant getApprovedAt() {
		return this.approvedAt;
	}

}
