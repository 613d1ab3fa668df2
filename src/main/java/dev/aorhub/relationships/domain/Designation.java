package dev.aorhub.relationships.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.relationships.DesignationKind;
import dev.aorhub.relationships.DesignationStatus;
import dev.aorhub.shared.Money;
import dev.aorhub.shared.persistence.TenantAggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

	@Column(name = "client_id")
	private UUID clientId;

	@Column(name = "category_id")
	private UUID categoryId;

	@Column(name = "agency_name")
	private String agencyName;

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

	protected Designation() {
	}

	/**
	 * A new designation may start in any status: agencies bring running and past
	 * relationships with them.
	 */
	public Designation(UUID workspaceId, DesignationTerms terms, DesignationStatus status) {
		super(workspaceId);
		this.status = status;
		revise(terms);
	}

	/** Changes everything but the status. */
	public final void revise(DesignationTerms terms) {
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
	public void activate() {
		moveTo(DesignationStatus.ACTIVE);
	}

	/** The client puts the business under review (a re-pitch, a consultant's audit). */
	public void startReview() {
		moveTo(DesignationStatus.UNDER_REVIEW);
	}

	/** The term is over without a review lost. */
	public void end() {
		moveTo(DesignationStatus.ENDED);
	}

	/** The pitch or the review went to another agency. */
	public void lose() {
		moveTo(DesignationStatus.LOST);
	}

	/** The same moves by target status, for an update that names the new status. */
	public void changeStatus(DesignationStatus target) {
		if (target == this.status) {
			return;
		}
		switch (target) {
			case ACTIVE -> activate();
			case UNDER_REVIEW -> startReview();
			case ENDED -> end();
			case LOST -> lose();
			case PITCHING -> throw new IllegalStatusChangeException(this.status, target);
		}
	}

	private void moveTo(DesignationStatus target) {
		if (!this.status.canBecome(target)) {
			throw new IllegalStatusChangeException(this.status, target);
		}
		this.status = target;
	}

	public void archive() {
		this.archived = true;
	}

	public boolean isOurs() {
		return this.agencyName == null;
	}

	public Term term() {
		return new Term(this.startDate, this.endDate);
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
