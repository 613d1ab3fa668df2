package dev.aorhub.contracts.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.aorhub.shared.Money;
import dev.aorhub.contracts.ContractRecords;
import dev.aorhub.shared.persistence.TenantAggregate;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditedChange;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * What the agency charges per hour for each role, in one currency, from a date. One card
 * of a workspace is its default, which governs MSAs that name none.
 */
@Entity
@Table(name = "rate_card")
public class RateCard extends TenantAggregate {

	static final String DEFAULT_KEY = "DEFAULT";

	private String name;

	private String currency;

	@Column(name = "effective_from")
	private LocalDate effectiveFrom;

	@Column(name = "effective_to")
	private LocalDate effectiveTo;

	/** 'DEFAULT' on the default card, null on the others (see the migration). */
	@Column(name = "default_key")
	private String defaultKey;

	private boolean archived;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "rate_card_rate",
			joinColumns = @JoinColumn(name = "rate_card_id", referencedColumnName = "id"))
	@OrderColumn(name = "position")
	private List<Rate> rates = new ArrayList<>();

	/** One role's hourly rate; carries the workspace like every tenant row. */
	@Embeddable
	public record Rate(@Column(name = "workspace_id") UUID workspaceId, String role,
			@Column(name = "role_key") String roleKey, @Column(name = "hourly_rate_amount") BigDecimal amount,
			@Column(name = "hourly_rate_currency") String currency) {

		public Money hourlyRate() {
			return new Money(this.amount, Currency.getInstance(this.currency));
		}

	}

	/** A role and its rate as the card's terms state them. */
	public record RoleRate(String role, Money hourlyRate) {
	}

	protected RateCard() {
	}

	/**
	 * A new card, the workspace's default when {@code isDefault} (the previous default
	 * must have stopped being one).
	 */
	public RateCard(UUID workspaceId, RateCardTerms terms, boolean isDefault) {
		super(workspaceId);
		apply(terms);
		if (isDefault) {
			makeDefault();
		}
		record(AuditEntry.created(ContractRecords.RATE_CARD, getId(), "Created rate card " + this.name, auditState()));
	}

	/**
	 * Changes the terms (validated: roles unique, rates in the card's currency) and makes
	 * the card the default when {@code makeDefault}; the audit log keeps what changed.
	 */
	public void revise(RateCardTerms terms, boolean makeDefault) {
		Map<String, Object> before = auditState();
		apply(terms);
		if (makeDefault) {
			makeDefault();
		}
		record(AuditEntry.updated(ContractRecords.RATE_CARD, getId(), "Changed rate card " + this.name, before,
				auditState()));
	}

	private void apply(RateCardTerms terms) {
		this.name = terms.name();
		this.currency = terms.currency().getCurrencyCode();
		this.effectiveFrom = terms.effectiveFrom();
		this.effectiveTo = terms.effectiveTo();
		// A new list makes Hibernate rewrite the rows (delete, then insert), so reordered
		// roles never collide with the unique role constraint row by row.
		List<Rate> replaced = new ArrayList<>();
		for (RoleRate rate : terms.rates()) {
			replaced.add(new Rate(getWorkspaceId(), rate.role(), roleKey(rate.role()), rate.hourlyRate().amount(),
					rate.hourlyRate().currency().getCurrencyCode()));
		}
		this.rates = replaced;
	}

	public static String roleKey(String role) {
		return role.strip().toLowerCase(Locale.ROOT);
	}

	/** Makes the card the default; the previous default must have stopped being one. */
	public void makeDefault() {
		if (!isDefault()) {
			this.defaultKey = DEFAULT_KEY;
			record(AuditEntry.action(ContractRecords.RATE_CARD, getId(), "MADE_DEFAULT",
					this.name + " is now the default rate card"));
		}
	}

	public void clearDefault() {
		if (isDefault()) {
			this.defaultKey = null;
			record(AuditEntry.action(ContractRecords.RATE_CARD, getId(), AuditEntry.UPDATED,
					this.name + " is no longer the default rate card"));
		}
	}

	/** Archiving twice changes nothing and tells no one. */
	public void archive() {
		if (!this.archived) {
			this.archived = true;
			this.defaultKey = null;
			record(AuditEntry.action(ContractRecords.RATE_CARD, getId(), "ARCHIVED",
					"Archived rate card " + this.name));
		}
	}

	private void record(AuditEntry entry) {
		registerEvent(new AuditedChange(getWorkspaceId(), entry));
	}

	public void restore() {
		this.archived = false;
	}

	public Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("name", this.name);
		state.put("currency", this.currency);
		state.put("effectiveFrom", this.effectiveFrom);
		state.put("effectiveTo", this.effectiveTo);
		state.put("default", isDefault());
		state.put("rates",
				this.rates.stream()
					.map((rate) -> rate.role() + " " + rate.hourlyRate().amount().toPlainString())
					.collect(Collectors.joining(", ")));
		state.put("archived", this.archived);
		return state;
	}

	public String getName() {
		return this.name;
	}

	public Currency getCurrency() {
		return Currency.getInstance(this.currency);
	}

	public LocalDate getEffectiveFrom() {
		return this.effectiveFrom;
	}

	public LocalDate getEffectiveTo() {
		return this.effectiveTo;
	}

	public boolean isDefault() {
		return this.defaultKey != null;
	}

	public boolean isArchived() {
		return this.archived;
	}

	public List<RoleRate> getRates() {
		return this.rates.stream().map((rate) -> new RoleRate(rate.role(), rate.hourlyRate())).toList();
	}

}
