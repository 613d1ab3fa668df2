package dev.aorhub.contracts.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.shared.Money;
import dev.aorhub.shared.persistence.TenantAggregate;
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

	public CostRate(UUID workspaceId, UUID userId, Money hourlyCost, LocalDate effectiveFrom) {
		super(workspaceId);
		this.userId = userId;
		change(hourlyCost, effectiveFrom);
	}

	public final void change(Money hourlyCost, LocalDate effectiveFrom) {
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
