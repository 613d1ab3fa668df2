package dev.aorhub.contracts.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.aorhub.shared.MoneyInput;

/**
 * A fee as a request states it: every parameter of every fee model, of which the type
 * names the ones that apply. {@link FeeRules} turns it into a {@link Fee}.
 */
public record FeeInput(String type, MoneyInput monthlyFee, Integer includedHours, String rollover,
		MoneyInput overageRate, UUID rateCardId, MoneyInput capAmount, List<MilestoneInput> milestones, String percent,
		String metric, MoneyInput unitFee, String revenueSharePercent, MoneyInput cap) {

	/** One milestone of a fixed fee as a request states it. */
	public record MilestoneInput(String name, MoneyInput amount, LocalDate dueDate) {
	}

	/**
	 * The input that states exactly this fee: what a form or a round trip starts from.
	 */
	public static FeeInput of(Fee fee) {
		return fee.accept(new Fee.Visitor<>() {

			@Override
			public FeeInput retainer(Fee.Retainer r) {
				return new FeeInput(r.type().name(), MoneyInput.of(r.monthlyFee()), r.includedHours(),
						r.rollover().name(), MoneyInput.of(r.overageRate()), null, null, null, null, null, null, null,
						null);
			}

			@Override
			public FeeInput timeAndMaterials(Fee.TimeAndMaterials t) {
				return new FeeInput(t.type().name(), null, null, null, null, t.rateCardId(),
						MoneyInput.of(t.capAmount()), null, null, null, null, null, null);
			}

			@Override
			public FeeInput fixed(Fee.Fixed f) {
				return new FeeInput(f.type().name(), null, null, null, null, null, null,
						f.milestones()
							.stream()
							.map((m) -> new MilestoneInput(m.name(), MoneyInput.of(m.amount()), m.dueDate()))
							.toList(),
						null, null, null, null, null);
			}

			@Override
			public FeeInput commission(Fee.Commission c) {
				return new FeeInput(c.type().name(), null, null, null, null, null, null, null, c.percent().text(), null,
						null, null, null);
			}

			@Override
			public FeeInput performance(Fee.Performance p) {
				return new FeeInput(p.type().name(), null, null, null, null, null, null, null, null, p.metric().name(),
						MoneyInput.of(p.unitFee()),
						(p.revenueSharePercent() != null) ? p.revenueSharePercent().text() : null,
						MoneyInput.of(p.cap()));
			}

		});
	}

}
