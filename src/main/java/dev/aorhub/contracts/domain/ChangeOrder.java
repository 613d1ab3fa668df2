package dev.aorhub.contracts.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.contracts.ChangeOrderStatus;
import dev.aorhub.shared.IllegalStateChangeException;
import dev.aorhub.shared.Money;
import dev.aorhub.shared.persistence.TenantAggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A change of a committed SOW's scope: more or less budget and hours. Part of the SOW
 * aggregate, which decides it (see {@link Sow#approveChangeOrder}); once approved or
 * rejected it stays so, and the history is the list of them.
 */
@Entity
@Table(name = "change_order")
public class ChangeOrder extends TenantAggregate {

	private int number;

	private String description;

	@Column(name = "budget_change_amount")
	private BigDecimal budgetChangeAmount;

	@Column(name = "budget_change_currency")
	private String budgetChangeCurrency;

	@Column(name = "hours_change")
	private Integer hoursChange;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private ChangeOrderStatus status;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	/** The client's signature of its approval; null unless approved. */
	@Embedded
	private Signature signature;

	protected ChangeOrder() {
	}

	ChangeOrder(UUID workspaceId, int number, String description, Money budgetChange, Integer hoursChange) {
		super(workspaceId);
		this.number = number;
		this.status = ChangeOrderStatus.PROPOSED;
		revise(description, budgetChange, hoursChange);
	}

	final void revise(String description, Money budgetChange, Integer hoursChange) {
		requireProposed(ChangeOrderStatus.PROPOSED);
		this.description = description;
		this.budgetChangeAmount = budgetChange.amount();
		this.budgetChangeCurrency = budgetChange.currency().getCurrencyCode();
		this.hoursChange = hoursChange;
	}

	void markSent(Instant at) {
		requireProposed(ChangeOrderStatus.PROPOSED);
		this.sentAt = at;
	}

	void approve(Signature signature, Instant at) {
		decide(ChangeOrderStatus.APPROVED, at);
		this.signature = signature;
	}

	void decide(ChangeOrderStatus decision, Instant at) {
		requireProposed(decision);
		this.status = decision;
		this.decidedAt = at;
	}

	private void requireProposed(ChangeOrderStatus target) {
		if (this.status != null && this.status.isFinal()) {
			throw new IllegalStateChangeException(this.status, target);
		}
	}

	public Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("description", this.description);
		state.put("budgetChange", getBudgetChange());
		state.put("hoursChange", this.hoursChange);
		state.put("status", this.status);
		return state;
	}

	/** "CO-2" */
	public String label() {
		return "CO-" + this.number;
	}

	public int getNumber() {
		return this.number;
	}

	public String getDescription() {
		return this.description;
	}

	public Money getBudgetChange() {
		return new Money(this.budgetChangeAmount, Currency.getInstance(this.budgetChangeCurrency));
	}

	public Integer getHoursChange() {
		return this.hoursChange;
	}

	public ChangeOrderStatus getStatus() {
		return this.status;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	/** Who signed the approval for the client and when; null unless approved. */
	public Signature getSignature() {
		return this.signature;
	}

}
