package dev.aorhub.contracts.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.aorhub.contracts.FeeType;
import dev.aorhub.shared.Money;

/**
 * One fee arrangement of a statement of work. The permitted records are the fee models
 * agencies are paid by; each checks its own invariants, so a fee that exists is valid.
 */
public sealed interface Fee {

	FeeType type();

	/**
	 * What to do with each fee model: a new model cannot compile until every use handles
	 * it (Java 17 has no switch over the permitted records).
	 */
	interface Visitor<R> {

		R retainer(Retainer fee);

		R timeAndMaterials(TimeAndMaterials fee);

		R fixed(Fixed fee);

		R commission(Commission fee);

		R performance(Performance fee);

	}

	<R> R accept(Visitor<R> visitor);

	/** A monthly retainer covering a number of hours; overage optional. */
	record Retainer(Money monthlyFee, int includedHours, Rollover rollover, Money overageRate) implements Fee {

		public Retainer {
			requireNonNegative(monthlyFee, "monthly fee");
			if (includedHours < 0) {
				throw new IllegalArgumentException("included hours are not negative");
			}
			if (rollover == null) {
				throw new IllegalArgumentException("a retainer states its rollover");
			}
			if (overageRate != null) {
				requireNonNegative(overageRate, "overage rate");
				requireSameCurrency(monthlyFee, overageRate);
			}
		}

		@Override
		public FeeType type() {
			return FeeType.RETAINER;
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.retainer(this);
		}

	}

	/**
	 * Hours billed at a rate card's rates (null: the MSA's card, else the workspace
	 * default), optionally capped.
	 */
	record TimeAndMaterials(UUID rateCardId, Money capAmount) implements Fee {

		public TimeAndMaterials {
			if (capAmount != null) {
				requireNonNegative(capAmount, "cap");
			}
		}

		@Override
		public FeeType type() {
			return FeeType.TIME_AND_MATERIALS;
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.timeAndMaterials(this);
		}

	}

	/** A fixed price paid in milestones. */
	record Fixed(List<Milestone> milestones) implements Fee {

		public Fixed {
			if (milestones == null || milestones.isEmpty()) {
				throw new IllegalArgumentException("a fixed fee has at least one milestone");
			}
			milestones = List.copyOf(milestones);
			Money first = milestones.get(0).amount();
			milestones.forEach((milestone) -> requireSameCurrency(first, milestone.amount()));
		}

		public Money total() {
			return this.milestones.stream().map(Milestone::amount).reduce(Money::plus).orElseThrow();
		}

		@Override
		public FeeType type() {
			return FeeType.FIXED;
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.fixed(this);
		}

	}

	/** One payment of a fixed fee; the due date is optional. */
	record Milestone(String name, Money amount, LocalDate dueDate) {

		public Milestone {
			if (name == null || name.isBlank()) {
				throw new IllegalArgumentException("a milestone has a name");
			}
			requireNonNegative(amount, "milestone amount");
		}

	}

	/** A percentage of the media spend the agency places. */
	record Commission(Percent percent) implements Fee {

		public Commission {
			if (percent == null) {
				throw new IllegalArgumentException("a commission states its percent");
			}
		}

		@Override
		public FeeType type() {
			return FeeType.COMMISSION;
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.commission(this);
		}

	}

	/**
	 * Pay for results: a unit fee per lead or acquisition, or a revenue share; optionally
	 * capped.
	 */
	record Performance(PerformanceMetric metric, Money unitFee, Percent revenueSharePercent, Money cap) implements Fee {

		public Performance {
			if (metric == null) {
				throw new IllegalArgumentException("a performance fee states its metric");
			}
			if (metric.paysPerUnit() && (unitFee == null || revenueSharePercent != null)) {
				throw new IllegalArgumentException(
						"a per-" + metric.noun() + " fee has a unit fee and no revenue share");
			}
			if (!metric.paysPerUnit() && (revenueSharePercent == null || unitFee != null)) {
				throw new IllegalArgumentException("a revenue share has a percent and no unit fee");
			}
			if (unitFee != null) {
				requireNonNegative(unitFee, "unit fee");
			}
			if (cap != null) {
				requireNonNegative(cap, "cap");
				if (unitFee != null) {
					requireSameCurrency(unitFee, cap);
				}
			}
		}

		@Override
		public FeeType type() {
			return FeeType.PERFORMANCE;
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.performance(this);
		}

	}

	private static void requireNonNegative(Money money, String what) {
		if (money == null || money.isNegative()) {
			throw new IllegalArgumentException("the " + what + " is required and not negative");
		}
	}

	private static void requireSameCurrency(Money one, Money other) {
		if (!one.currency().equals(other.currency())) {
			throw new IllegalArgumentException("a fee's amounts share one currency");
		}
	}

}
