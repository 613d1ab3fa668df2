package dev.aorhub.contracts.domain;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import dev.aorhub.contracts.domain.FeeInput.MilestoneInput;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.Money;
import dev.aorhub.shared.MoneyInput;
import dev.aorhub.shared.time.DateRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeeRulesTests {

	private static final Currency USD = Currency.getInstance("USD");

	private static final DateRange TERM = new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

	private final FeeRules rules = new FeeRules(USD, TERM);

	@Test
	void aRetainerNeedsAMonthlyFeeAndIncludedHours() {
		assertThat(problems(
				new FeeInput("RETAINER", null, null, null, null, null, null, null, null, null, null, null, null)))
			.containsExactly("fees[0].monthlyFee", "fees[0].includedHours");
	}

	@Test
	void aRetainerRollsNothingOverUnlessTold() {
		Fee fee = parse(
				new FeeInput("RETAINER", usd("1000"), 10, null, null, null, null, null, null, null, null, null, null));
		assertThat(fee).isEqualTo(new Fee.Retainer(Money.of("1000", "USD"), 10, Rollover.NONE, null));
	}

	@Test
	void aRetainerRefusesNegativeHoursAndAnUnknownRollover() {
		assertThat(problems(new FeeInput("RETAINER", usd("1000"), -1, "QUARTERLY", null, null, null, null, null, null,
				null, null, null)))
			.containsExactly("fees[0].includedHours", "fees[0].rollover");
	}

	@Test
	void noAmountMayBeNegative() {
		assertThat(problems(new FeeInput("RETAINER", usd("-0.01"), 1, "NONE", usd("-5"), null, null, null, null, null,
				null, null, null)))
			.containsExactly("fees[0].monthlyFee.amount", "fees[0].overageRate.amount");
		assertThat(problems(new FeeInput("TIME_AND_MATERIALS", null, null, null, null, null, usd("-1"), null, null,
				null, null, null, null)))
			.containsExactly("fees[0].capAmount.amount");
	}

	@Test
	void everyAmountIsInTheClientsCurrency() {
		assertThat(problems(new FeeInput("PERFORMANCE", null, null, null, null, null, null, null, null, "LEAD",
				new MoneyInput("10", "EUR"), null, new MoneyInput("100", "GBP"))))
			.containsExactly("fees[0].unitFee.currency", "fees[0].cap.currency");
	}

	@Test
	void timeAndMaterialsNeedsNothingButMayBeCapped() {
		UUID card = UUID.randomUUID();
		assertThat(parse(new FeeInput("TIME_AND_MATERIALS", null, null, null, null, card, usd("5000"), null, null, null,
				null, null, null)))
			.isEqualTo(new Fee.TimeAndMaterials(card, Money.of("5000", "USD")));
		assertThat(parse(new FeeInput("TIME_AND_MATERIALS", null, null, null, null, null, null, null, null, null, null,
				null, null)))
			.isEqualTo(new Fee.TimeAndMaterials(null, null));
	}

	@Test
	void aFixedFeeNeedsNamedMilestonesWithAmountsInsideTheTerm() {
		assertThat(problems(
				new FeeInput("FIXED", null, null, null, null, null, null, List.of(), null, null, null, null, null)))
			.containsExactly("fees[0].milestones");
		assertThat(problems(new FeeInput("FIXED", null, null, null, null, null, null,
				List.of(new MilestoneInput(" ", usd("10"), null), new MilestoneInput("Launch", null, null),
						new MilestoneInput("Late", usd("1"), LocalDate.of(2027, 1, 1))),
				null, null, null, null, null)))
			.containsExactly("fees[0].milestones[0].name", "fees[0].milestones[1].amount",
					"fees[0].milestones[2].dueDate");
	}

	@Test
	void aFixedFeeTotalsItsMilestones() {
		Fee.Fixed fee = (Fee.Fixed) parse(new FeeInput("FIXED", null, null, null, null, null, null,
				List.of(new MilestoneInput("One", usd("1000.10"), LocalDate.of(2026, 2, 1)),
						new MilestoneInput("Two", usd("999.90"), null)),
				null, null, null, null, null));
		assertThat(fee.total()).isEqualTo(Money.of("2000.00", "USD"));
	}

	@Test
	void aCommissionIsAPercentFromZeroToAHundred() {
		assertThat(problems(commission("100.01"))).containsExactly("fees[0].percent");
		assertThat(problems(commission("-1"))).containsExactly("fees[0].percent");
		assertThat(problems(commission("fifteen"))).containsExactly("fees[0].percent");
		assertThat(problems(commission(null))).containsExactly("fees[0].percent");
		assertThat(problems(commission("1.00001"))).containsExactly("fees[0].percent");
		assertThat(parse(commission("100"))).isEqualTo(new Fee.Commission(Percent.of("100.0")));
		assertThat(parse(commission("0"))).isEqualTo(new Fee.Commission(Percent.ZERO));
	}

	@Test
	void leadAndAcquisitionFeesPayPerUnit() {
		assertThat(problems(performance("LEAD", null, null))).containsExactly("fees[0].unitFee");
		assertThat(problems(performance("ACQUISITION", usd("50"), "5.0")))
			.containsExactly("fees[0].revenueSharePercent");
		assertThat(parse(performance("ACQUISITION", usd("50"), null)))
			.isEqualTo(new Fee.Performance(PerformanceMetric.ACQUISITION, Money.of("50", "USD"), null, null));
	}

	@Test
	void aRevenueShareNeedsAPercentAndNoUnitFee() {
		assertThat(problems(performance("REVENUE", null, null))).containsExactly("fees[0].revenueSharePercent");
		assertThat(problems(performance("REVENUE", usd("1"), "150"))).containsExactlyInAnyOrder("fees[0].unitFee",
				"fees[0].revenueSharePercent");
		assertThat(parse(performance("REVENUE", null, "7.5")))
			.isEqualTo(new Fee.Performance(PerformanceMetric.REVENUE, null, Percent.of("7.5"), null));
	}

	@Test
	void aPerformanceFeeNeedsAKnownMetric() {
		assertThat(problems(performance(null, null, null))).containsExactly("fees[0].metric");
		assertThat(problems(performance("CLICK", usd("1"), null))).containsExactly("fees[0].metric");
	}

	@Test
	void parametersOfOtherFeeModelsAreRefused() {
		assertThat(problems(
				new FeeInput("COMMISSION", usd("10"), 5, null, null, null, null, null, "10", "LEAD", null, null, null)))
			.containsExactly("fees[0].monthlyFee", "fees[0].includedHours", "fees[0].metric");
	}

	@Test
	void theTypeIsRequiredAndKnown() {
		assertThat(problems(new FeeInput(null, null, null, null, null, null, null, null, null, null, null, null, null)))
			.containsExactly("fees[0].type");
		assertThat(problems(
				new FeeInput("BARTER", null, null, null, null, null, null, null, null, null, null, null, null)))
			.containsExactly("fees[0].type");
	}

	@Test
	void aSowHasAtLeastOneFeeAndEachIsNamedByItsIndex() {
		var problems = new InvalidInputException.Collector();
		assertThat(this.rules.parse(List.of(), problems)).isEmpty();
		assertThat(fields(problems)).containsExactly("fees");
		var second = new InvalidInputException.Collector();
		List<Fee> fees = this.rules.parse(List.of(commission("10"), commission("200")), second);
		assertThat(fees).as("nothing is kept when any fee is invalid").isEmpty();
		assertThat(fields(second)).containsExactly("fees[1].percent");
	}

	@Test
	void feesCheckTheirOwnInvariants() {
		assertThatThrownBy(() -> new Fee.Performance(PerformanceMetric.LEAD, null, Percent.of("5"), null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Fee.Retainer(Money.of("10", "USD"), 1, Rollover.NONE, Money.of("10", "EUR")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Fee.Fixed(List.of())).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aFeeBecomesTheInputThatStatesIt() {
		Fee fee = new Fee.Performance(PerformanceMetric.REVENUE, null, Percent.of("12.5"), Money.of("1000", "USD"));
		assertThat(parse(FeeInput.of(fee))).isEqualTo(fee);
		Fee retainer = new Fee.Retainer(Money.of("10", "USD"), 4, Rollover.NEXT_MONTH, Money.of("2", "USD"));
		assertThat(parse(FeeInput.of(retainer))).isEqualTo(retainer);
	}

	private static MoneyInput usd(String amount) {
		return new MoneyInput(amount, "USD");
	}

	private static FeeInput commission(String percent) {
		return new FeeInput("COMMISSION", null, null, null, null, null, null, null, percent, null, null, null, null);
	}

	private static FeeInput performance(String metric, MoneyInput unitFee, String share) {
		return new FeeInput("PERFORMANCE", null, null, null, null, null, null, null, null, metric, unitFee, share,
				null);
	}

	private Fee parse(FeeInput input) {
		var problems = new InvalidInputException.Collector();
		List<Fee> fees = this.rules.parse(List.of(input), problems);
		assertThat(problems.isEmpty()).isTrue();
		return fees.get(0);
	}

	private List<String> problems(FeeInput input) {
		var problems = new InvalidInputException.Collector();
		this.rules.parse(List.of(input), problems);
		return fields(problems);
	}

	private static List<String> fields(InvalidInputException.Collector problems) {
		try {
			problems.throwIfAny();
			return List.of();
		}
		catch (InvalidInputException ex) {
			return ex.problems().stream().map(FieldProblem::field).toList();
		}
	}

}
