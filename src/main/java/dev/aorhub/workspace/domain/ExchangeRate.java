package dev.aorhub.workspace.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.shared.persistence.TenantAggregate;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditedChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * How many units of a currency one unit of the workspace's base currency buys, from a
 * date on, until a later rate of the same currency takes over. Money roll-ups in several
 * currencies convert with it.
 */
@Entity
@Table(name = "exchange_rate")
public class ExchangeRate extends TenantAggregate {

	/** How the audit log names these records. */
	public static final String ENTITY = "ExchangeRate";

	@Column(name = "currency", updatable = false)
	private String currency;

	@Column(name = "rate")
	private BigDecimal rate;

	@Column(name = "valid_from")
	private LocalDate validFrom;

	protected ExchangeRate() {
	}

	public ExchangeRate(UUID workspaceId, Currency currency, BigDecimal rate, LocalDate validFrom) {
		super(workspaceId);
		this.currency = currency.getCurrencyCode();
		apply(rate, validFrom);
		record(AuditEntry.created(ENTITY, getId(), "Set the " + this.currency + " exchange rate from " + this.validFrom,
				auditState()));
	}

	public void revise(BigDecimal rate, LocalDate validFrom) {
		Map<String, Object> before = auditState();
		apply(rate, validFrom);
		record(AuditEntry.updated(ENTITY, getId(), "Changed the " + this.currency + " exchange rate", before,
				auditState()));
	}

	/**
	 * Marks a rate entered by mistake as removed; the audit log learns it when the
	 * repository deletes it.
	 */
	public void remove() {
		record(AuditEntry.action(ENTITY, getId(), AuditEntry.DELETED,
				"Removed the " + this.currency + " exchange rate from " + this.validFrom));
	}

	private void record(AuditEntry entry) {
		registerEvent(new AuditedChange(getWorkspaceId(), entry));
	}

	private void apply(BigDecimal rate, LocalDate validFrom) {
		if (rate == null || rate.signum() <= 0 || validFrom == null) {
			throw new IllegalArgumentException("a rate above zero and its first day are required");
		}
		this.rate = plain(rate);
		this.validFrom = validFrom;
	}

	Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("currency", this.currency);
		state.put("rate", this.rate.toPlainString());
		state.put("validFrom", this.validFrom);
		return state;
	}

	public Currency getCurrency() {
		return Currency.getInstance(this.currency);
	}

	/** The rate without the trailing zeros of its column: {@code 0.9215}, {@code 150}. */
	public BigDecimal getRate() {
		return plain(this.rate);
	}

	private static BigDecimal plain(BigDecimal rate) {
		BigDecimal plain = rate.stripTrailingZeros();
		return (plain.scale() < 0) ? plain.setScale(0) : plain;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

}
