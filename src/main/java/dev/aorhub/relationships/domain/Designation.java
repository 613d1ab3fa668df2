package dev.aorhub.relationships.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.relationships.DesignationActivated;
import dev.aorhub.relationships.DesignationEnded;
import dev.aorhub.relationships.DesignationKind;
import dev.aorhub.relationships.DesignationLost;
import dev.aorhub.relationships.DesignationRenewed;
import dev.aorhub.relationships.DesignationReviewStarted;
import dev.aorhub.relationships.DesignationStatus;
import dev.aorhub.shared.IllegalStateChangeException;
import dev.aorhub.shared.Money;
import dev.aorhub.shared.StatedReason;
import dev.aorhub.shared.persistence.TenantAggregate;
import dev.aorhub.shared.time.DateRange;
import dev.aorhub.shared.time.DateText;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditedChange;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An agency of record designation: a client gives a service category in a market to an
 * agency (us, or another agency whose designation the account team records) for a term.
 * Its status changes only through the state machine of {@link DesignationStatus}.
 */
@Entity
@Table(name = "designation")
public class Designation extends TenantAggregate {

	/** How the audit log names a designation. */
	public static final String ENTITY_TYPE = "Designation";

	@Column(name = "client_id")
	private UUID clientId;

	@Column(name = "category_id")
	private UUID categoryId;

	@Column(name = "agency_name")
	private String agencyName;

	/** Why it ended or was lost, when someone said. */
	@Column(name = "outcome_reason")
	private String outcomeReason;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private DesignationKind kind;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private DesignationStatus status;

	private String market;

	/** The market in lower case, so markets compare and group without case in SQL. */
	@Column(name = "market_key")
	private String marketKey;

	private String scope;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "end_date")
	private LocalDate endDate;

	@Column(name = "renewal_notice_days")
	private int renewalNoticeDays;

	/**
	 * The end date less the notice days, kept here so the renewal pipeline is one indexed
	 * range query on any database.
	 */
	@Column(name = "renewal_notice_date")
	private LocalDate renewalNoticeDate;

	@Column(name = "auto_renew")
	private boolean autoRenew;

	@Column(name = "annual_value_amount")
	private BigDecimal annualValueAmount;

	@Column(name = "annual_value_currency")
	private String annualValueCurrency;

	@Column(name = "account_lead_id")
	private UUID accountLeadId;

	private boolean archived;

	/** The terms renewals replaced, oldest first; loaded only when a renewal adds one. */
	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "designation_term",
			joinColumns = @JoinColumn(name = "designation_id", referencedColumnName = "id"))
	@OrderBy("startDate")
	private List<PastTerm> pastTerms = new ArrayList<>();

	/**
	 * A term a renewal replaced, as it was, with who renewed it when ({@code renewedBy}
	 * null when AOR Hub itself did).
	 */
	@Embeddable
	public record PastTerm(@Column(name = "workspace_id") UUID workspaceId,
			@Column(name = "start_date") LocalDate startDate, @Column(name = "end_date") LocalDate endDate,
			@Column(name = "annual_value_amount") BigDecimal annualValueAmount,
			@Column(name = "annual_value_currency") String annualValueCurrency, @Column(name = "kind") String kind,
			@Column(name = "renewed_at") Instant renewedAt, @Column(name = "renewed_by") UUID renewedBy) {
	}

	protected Designation() {
	}

	/**
	 * A new designation may start in any status: agencies bring running and past
	 * relationships with them.
	 */
	public Designation(UUID workspaceId, DesignationTerms terms, DesignationStatus status, DesignationNames names) {
		super(workspaceId);
		this.status = status;
		apply(terms);
		registerEvent(new AuditedChange(workspaceId,
				AuditEntry.created(ENTITY_TYPE, getId(), "Created designation " + label(names), auditState())));
	}

	/**
	 * Changes the terms and, through the state machine, the status; the audit log keeps
	 * what changed, in one entry.
	 */
	public void revise(DesignationTerms terms, DesignationStatus status, DesignationNames names) {
		Map<String, Object> before = auditState();
		apply(terms);
		DesignationStatus from = this.status;
		changeStatus(status, null);
		registerEvent(new AuditedChange(getWorkspaceId(),
				AuditEntry.updated(ENTITY_TYPE, getId(), "Changed designation " + label(names), before, auditState())));
		if (from != this.status) {
			moved(from, null);
		}
	}

	/** Changes everything but the status. */
	private void apply(DesignationTerms terms) {
		this.clientId = terms.clientId();
		this.categoryId = terms.categoryId();
		this.agencyName = terms.agencyName();
		this.kind = terms.kind();
		this.market = terms.market();
		this.marketKey = ExclusivityPolicy.marketKey(terms.market());
		this.scope = terms.scope();
		this.startDate = terms.term().start();
		this.endDate = terms.term().end();
		this.renewalNoticeDays = terms.renewalNoticeDays();
		RenewalWindow window = RenewalWindow.of(this.endDate, this.renewalNoticeDays);
		this.renewalNoticeDate = (window != null) ? window.noticeDate() : null;
		this.autoRenew = terms.autoRenew();
		this.annualValueAmount = (terms.annualValue() != null) ? terms.annualValue().amount() : null;
		this.annualValueCurrency = (terms.annualValue() != null) ? terms.annualValue().currency().getCurrencyCode()
				: null;
		this.accountLeadId = terms.accountLeadId();
	}

	/** The pitch is won, or a review kept the business. */
	public void activate(DesignationNames names) {
		moveTo(DesignationStatus.ACTIVE, names);
	}

	/** The client puts the business under review (a re-pitch, a consultant's audit). */
	public void startReview(DesignationNames names) {
		moveTo(DesignationStatus.UNDER_REVIEW, names);
	}

	/** The term is over without a review lost; {@code reason} may say why. */
	public void end(DesignationNames names, String reason) {
		String why = StatedReason.clean(reason);
		this.status.requireCanBecome(DesignationStatus.ENDED);
		this.outcomeReason = why;
		moveTo(DesignationStatus.ENDED, names);
	}

	/** The pitch or the review went to another agency; {@code reason} may say why. */
	public void lose(DesignationNames names, String reason) {
		String why = StatedReason.clean(reason);
		this.status.requireCanBecome(DesignationStatus.LOST);
		this.outcomeReason = why;
		moveTo(DesignationStatus.LOST, names);
	}

	/**
	 * The same moves by target status; the status it already has changes nothing and
	 * tells no one.
	 */
	public void changeStatus(DesignationStatus target, DesignationNames names) {
		if (target == this.status) {
			return;
		}
		switch (target) {
			case ACTIVE -> activate(names);
			case UNDER_REVIEW -> startReview(names);
			case ENDED -> end(names, null);
			case LOST -> lose(names, null);
			case PITCHING -> throw new IllegalStateChangeException(this.status, target);
		}
	}

	/** Without names the move is part of an edit, whose entry the audit log keeps. */
	private void moveTo(DesignationStatus target, DesignationNames names) {
		DesignationStatus from = this.status;
		this.status = this.status.requireCanBecome(target);
		if (names != null) {
			moved(from, names);
		}
	}

	private void moved(DesignationStatus from, DesignationNames names) {
		AuditEntry entry = (names != null) ? AuditEntry
			.action(ENTITY_TYPE, getId(), action(this.status),
					verb(this.status) + " designation " + label(names) + " (was "
							+ from.label().toLowerCase(Locale.ROOT) + ")" + StatedReason.sentence(this.outcomeReason))
				: null;
		UUID workspaceId = getWorkspaceId();
		registerEvent(switch (this.status) {
			case ACTIVE -> new DesignationActivated(workspaceId, getId(), this.clientId, this.categoryId, from, entry);
			case UNDER_REVIEW ->
				new DesignationReviewStarted(workspaceId, getId(), this.clientId, this.categoryId, from, entry);
			case ENDED -> new DesignationEnded(workspaceId, getId(), this.clientId, this.categoryId, from, entry,
					this.outcomeReason);
			case LOST -> new DesignationLost(workspaceId, getId(), this.clientId, this.categoryId, from, entry,
					this.outcomeReason);
			case PITCHING -> throw new IllegalStateException("Nothing moves back to pitching");
		});
	}

	/**
	 * Runs the designation for the {@code next} term (see {@link RenewalPolicy}), keeping
	 * the current one in its history; a renewal during a review keeps the business, so
	 * the designation is active again.
	 */
	public void renew(Term next, UUID renewedBy, Instant renewedAt, DesignationNames names) {
		RenewalPolicy policy = new RenewalPolicy();
		policy.requireRenewable(this.status);
		if (!next.dates().start().isAfter(this.startDate)) {
			throw new IllegalArgumentException("a renewed term starts after the current one");
		}
		Map<String, Object> before = auditState();
		Term current = currentTerm();
		this.pastTerms.add(new PastTerm(getWorkspaceId(), this.startDate, this.endDate, this.annualValueAmount,
				this.annualValueCurrency, this.kind.name(), renewedAt, renewedBy));
		this.startDate = next.dates().start();
		this.endDate = next.dates().end();
		this.kind = next.kind();
		this.annualValueAmount = (next.annualValue() != null) ? next.annualValue().amount() : null;
		this.annualValueCurrency = (next.annualValue() != null) ? next.annualValue().currency().getCurrencyCode()
				: null;
		RenewalWindow window = RenewalWindow.of(this.endDate, this.renewalNoticeDays);
		this.renewalNoticeDate = (window != null) ? window.noticeDate() : null;
		DesignationStatus from = this.status;
		if (from != DesignationStatus.ACTIVE) {
			this.status = from.requireCanBecome(DesignationStatus.ACTIVE);
		}
		AuditEntry changed = AuditEntry.updated(ENTITY_TYPE, getId(), "", before, auditState());
		AuditEntry entry = new AuditEntry(
				ENTITY_TYPE, getId(), "RENEWED", "Renewed designation " + label(names) + " for "
						+ describe(next.dates()) + " (was " + describe(current.dates()) + ")",
				(changed != null) ? changed.changes() : Map.of());
		registerEvent(new DesignationRenewed(getWorkspaceId(), getId(), this.clientId, this.categoryId,
				current.dates().start(), current.dates().end(), this.startDate, this.endDate, from, entry));
		if (from != this.status) {
			// Other modules hear that the review kept the business; the renewal's entry
			// says it.
			moved(from, null);
		}
	}

	private static String describe(DateRange dates) {
		return DateText.of(dates.start())
				+ ((dates.end() != null) ? " to " + DateText.of(dates.end()) : ", open-ended");
	}

	/** The terms renewals replaced, oldest first. */
	public List<PastTerm> pastTerms() {
		return List.copyOf(this.pastTerms);
	}

	/** The current term: dates, annual value and kind. */
	public Term currentTerm() {
		return new Term(term(), annualValue(), this.kind);
	}

	/** Archiving twice changes nothing and tells no one. */
	public void archive(DesignationNames names) {
		if (!this.archived) {
			this.archived = true;
			registerEvent(new AuditedChange(getWorkspaceId(),
					AuditEntry.action(ENTITY_TYPE, getId(), "ARCHIVED", "Archived designation " + label(names))));
		}
	}

	/** "Creative at Acme (Global, ours)" or "... (US, Oakline Media)". */
	private String label(DesignationNames names) {
		return names.category() + " at " + names.client() + " (" + this.market + ", "
				+ (isOurs() ? "ours" : this.agencyName) + ")";
	}

	private static String action(DesignationStatus target) {
		return switch (target) {
			case ACTIVE -> "ACTIVATED";
			case UNDER_REVIEW -> "REVIEW_STARTED";
			case ENDED -> "ENDED";
			case LOST -> "LOST";
			case PITCHING -> "PITCHING";
		};
	}

	private static String verb(DesignationStatus target) {
		return switch (target) {
			case ACTIVE -> "Activated";
			case UNDER_REVIEW -> "Started a review of";
			case ENDED -> "Ended";
			case LOST -> "Lost";
			case PITCHING -> "Reopened the pitch of";
		};
	}

	public String getOutcomeReason() {
		return this.outcomeReason;
	}

	public boolean isOurs() {
		return this.agencyName == null;
	}

	public DateRange term() {
		return new DateRange(this.startDate, this.endDate);
	}

	public RenewalWindow renewalWindow() {
		return RenewalWindow.of(this.endDate, this.renewalNoticeDays);
	}

	public Money annualValue() {
		return (this.annualValueAmount != null)
				? new Money(this.annualValueAmount, Currency.getInstance(this.annualValueCurrency)) : null;
	}

	public DesignationTerms terms() {
		return new DesignationTerms(this.clientId, this.categoryId, this.agencyName, this.kind, this.market, this.scope,
				term(), this.renewalNoticeDays, this.autoRenew, annualValue(), this.accountLeadId);
	}

	public ExclusivityPolicy.Claim claim() {
		return new ExclusivityPolicy.Claim(getId(), this.clientId, this.categoryId, this.market, this.kind, this.status,
				term());
	}

	public Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("clientId", this.clientId);
		state.put("categoryId", this.categoryId);
		state.put("agencyName", this.agencyName);
		state.put("kind", this.kind);
		state.put("status", this.status);
		state.put("market", this.market);
		state.put("scope", this.scope);
		state.put("startDate", this.startDate);
		state.put("endDate", this.endDate);
		state.put("renewalNoticeDays", this.renewalNoticeDays);
		state.put("autoRenew", this.autoRenew);
		state.put("annualValue", annualValue());
		state.put("accountLeadId", this.accountLeadId);
		state.put("archived", this.archived);
		return state;
	}

	public UUID getClientId() {
		return this.clientId;
	}

	public UUID getCategoryId() {
		return this.categoryId;
	}

	public String getAgencyName() {
		return this.agencyName;
	}

	public DesignationKind getKind() {
		return this.kind;
	}

	public DesignationStatus getStatus() {
		return this.status;
	}

	public String getMarket() {
		return this.market;
	}

	public String getScope() {
		return this.scope;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public int getRenewalNoticeDays() {
		return this.renewalNoticeDays;
	}

	public boolean isAutoRenew() {
		return this.autoRenew;
	}

	public UUID getAccountLeadId() {
		return this.accountLeadId;
	}

	public boolean isArchived() {
		return this.archived;
	}

}
