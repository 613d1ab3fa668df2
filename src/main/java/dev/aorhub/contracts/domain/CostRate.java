package dev.aorhub.contracts.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.shared.Money;
import dev.aorhub.contracts.ContractRecords;
import dev.aorhub.shared.persistence.TenantAggregate;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditedChange;
import dev.aorhub.workspace.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * What an hour of one person costs the agency from a date on, until a later rate of
 * theirs takes over: the cost side of profitability.
 */
@Entity
@Table(name = "staff_cost_rate")
public class CostRate extends TenantAggregate {

	@Column(name = "user_id", updatable = false)
	private UUID userId;

	@Column(name = "hourly_cost_amount")
	private BigDecimal hourlyCostAmount;

	@Column(name = "hourly_cost_currency")
	private String hourlyCostCurrency;

	@Column(name = "effective_from")
	private LocalDate effectiveFrom;

	protected CostRate() {
	}

	/** The hourly cost of {@code userName}'s user from {@code effectiveFrom}. */
	public CostRate(UUID workspaceId, UUID userId, Money hourlyCost, LocalDate effectiveFrom, String userName) {
		super(workspaceId);
		this.userId = userId;
		apply(hourlyCost, effectiveFrom);
		record(AuditEntry.created(ContractRecords.COST_RATE, getId(),
				"Set the cost rate of " + userName + " from " + this.effectiveFrom, auditState()));
	}

	public void revise(Money hourlyCost, LocalDate effectiveFrom, String userName) {
		Map<String, Object> before = auditState();
		apply(hourlyCost, effectiveFrom);
		record(AuditEntry.updated(ContractRecords.COST_RATE, getId(), "Changed the cost rate of " + userName, before,
				auditState()));
	}

	/**
	 * Marks a rate entered by mistake as removed; the audit log learns it when the
	 * repository deletes it.
	 */
	public void remove() {
		record(AuditEntry.action(ContractRecords.COST_RATE, getId(), AuditEntry.DELETED,
				"Removed a cost rate from " + this.effectiveFrom));
	}

	/** Costs are for those who price (see {@code @CanPrice}), in the audit log too. */
	private void record(AuditEntry entry) {
		if (entry == null) {
			return;
		}
		registerEvent(new AuditedChange(getWorkspaceId(), entry.readableBy(Role.ADMIN, Role.FINANCE)));
	}

	private void apply(Money hourlyCost, LocalDate effectiveFrom) {
		this.hourlyCostAmount = hourlyCost.amount();
		this.hourlyCostCurrency = hourlyCost.currency().getCurrencyCode();
		this.effectiveFrom = effectiveFrom;
	}

	public Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("userId", this.userId);
		state.put("hourlyCost", getHourlyCost());
		state.put("effectiveFrom", this.effectiveFrom);
		return state;
	}

	public UUID getUserId() {
		return this.userId;
	}

	public Money getHourlyCost() {
		return new Money(this.hourlyCostAmount, Currency.getInstance(this.hourlyCostCurrency));
	}

	public LocalDate getEffectiveFrom() {
		return this.effectiveFrom;
	}

}
