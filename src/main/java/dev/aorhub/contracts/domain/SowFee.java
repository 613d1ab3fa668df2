package dev.aorhub.contracts.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import dev.aorhub.contracts.FeeType;
import dev.aorhub.shared.Ids;
import dev.aorhub.shared.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * How a {@link Fee} is stored: one row with the type and the parameter columns that type
 * uses (the others stay null), and a fixed fee's milestones as rows of their own. Part of
 * the SOW aggregate; only the SOW makes and reads these.
 */
@Entity
@Table(name = "sow_fee")
class SowFee {

	@Column(name = "workspace_id", nullable = false, updatable = false)
	private UUID workspaceId;

	@Id
	private UUID id;

	@Version
	private Long version;

	private int position;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "fee_type")
	private FeeType type;

	private String currency;

	@Column(name = "monthly_fee_amount")
	private BigDecimal monthlyFeeAmount;

	@Column(name = "included_hours")
	private Integer includedHours;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private Rollover rollover;

	@Column(name = "overage_rate_amount")
	private BigDecimal overageRateAmount;

	@Column(name = "rate_card_id")
	private UUID rateCardId;

	@Column(name = "cap_amount")
	private BigDecimal capAmount;

	@Column(name = "commission_percent")
	private BigDecimal commissionPercent;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private PerformanceMetric metric;

	@Column(name = "unit_fee_amount")
	private BigDecimal unitFeeAmount;

	@Column(name = "revenue_share_percent")
	private BigDecimal revenueSharePercent;

	// Part of the fee's value (a fixed fee is its milestones), so loaded with the fees:
	// the milestones of all the fees at hand in one query, not a query per fee.
	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@BatchSize(size = FeeRules.MAX_FEES)
	@CollectionTable(name = "sow_fee_milestone",
			joinColumns = @JoinColumn(name = "fee_id", referencedColumnName = "id"))
	@OrderColumn(name = "position")
	private List<MilestoneRow> milestones = new ArrayList<>();

	@Embeddable
	record MilestoneRow(@Column(name = "workspace_id") UUID workspaceId, String name, BigDecimal amount,
			String currency, @Column(name = "due_date") LocalDate dueDate) {
	}

	protected SowFee() {
	}

	SowFee(UUID workspaceId, int position, Fee fee) {
		this.workspaceId = workspaceId;
		this.id = Ids.newId();
		this.position = position;
		replace(fee);
	}

	/**
	 * Makes this row state another fee. A SOW's fees change in place, row by row, so no
	 * two rows ever hold one position, not even between statements.
	 */
	final void replace(Fee fee) {
		this.type = fee.type();
		this.currency = null;
		this.monthlyFeeAmount = null;
		this.includedHours = null;
		this.rollover = null;
		this.overageRateAmount = null;
		this.rateCardId = null;
		this.capAmount = null;
		this.commissionPercent = null;
		this.metric = null;
		this.unitFeeAmount = null;
		this.revenueSharePercent = null;
		List<MilestoneRow> rows = new ArrayList<>();
		fee.accept(new Fee.Visitor<Void>() {

			@Override
			public Void retainer(Fee.Retainer retainer) {
				SowFee.this.currency = code(retainer.monthlyFee());
				SowFee.this.monthlyFeeAmount = retainer.monthlyFee().amount();
				SowFee.this.includedHours = retainer.includedHours();
				SowFee.this.rollover = retainer.rollover();
				SowFee.this.overageRateAmount = amount(retainer.overageRate());
				return null;
			}

			@Override
			public Void timeAndMaterials(Fee.TimeAndMaterials tm) {
				SowFee.this.currency = code(tm.capAmount());
				SowFee.this.rateCardId = tm.rateCardId();
				SowFee.this.capAmount = amount(tm.capAmount());
				return null;
			}

			@Override
			public Void fixed(Fee.Fixed fixed) {
				SowFee.this.currency = code(fixed.milestones().get(0).amount());
				for (Fee.Milestone milestone : fixed.milestones()) {
					rows.add(new MilestoneRow(SowFee.this.workspaceId, milestone.name(), milestone.amount().amount(),
							code(milestone.amount()), milestone.dueDate()));
				}
				return null;
			}

			@Override
			public Void commission(Fee.Commission commission) {
				SowFee.this.commissionPercent = commission.percent().value();
				return null;
			}

			@Override
			public Void performance(Fee.Performance performance) {
				Money some = (performance.unitFee() != null) ? performance.unitFee() : performance.cap();
				SowFee.this.currency = code(some);
				SowFee.this.metric = performance.metric();
				SowFee.this.unitFeeAmount = amount(performance.unitFee());
				SowFee.this.revenueSharePercent = (performance.revenueSharePercent() != null)
						? performance.revenueSharePercent().value() : null;
				SowFee.this.capAmount = amount(performance.cap());
				return null;
			}

		});
		this.milestones = rows;
	}

	Fee fee() {
		return switch (this.type) {
			case RETAINER -> new Fee.Retainer(money(this.monthlyFeeAmount), this.includedHours, this.rollover,
					money(this.overageRateAmount));
			case TIME_AND_MATERIALS -> new Fee.TimeAndMaterials(this.rateCardId, money(this.capAmount));
			case FIXED -> new Fee.Fixed(this.milestones.stream()
				.map((row) -> new Fee.Milestone(row.name(),
						new Money(row.amount(), Currency.getInstance(row.currency())), row.dueDate()))
				.toList());
			case COMMISSION -> new Fee.Commission(new Percent(this.commissionPercent));
			case PERFORMANCE -> new Fee.Performance(this.metric, money(this.unitFeeAmount),
					(this.revenueSharePercent != null) ? new Percent(this.revenueSharePercent) : null,
					money(this.capAmount));
		};
	}

	int position() {
		return this.position;
	}

	private Money money(BigDecimal amount) {
		return (amount != null) ? new Money(amount, Currency.getInstance(this.currency)) : null;
	}

	private static BigDecimal amount(Money money) {
		return (money != null) ? money.amount() : null;
	}

	private static String code(Money money) {
		return (money != null) ? money.currency().getCurrencyCode() : null;
	}

}
