package dev.aorhub.delivery.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import dev.aorhub.contracts.SowStatus;
import dev.aorhub.contracts.StatementsOfWork.SowSummary;
import dev.aorhub.relationships.DesignationKind;
import dev.aorhub.relationships.DesignationStatus;
import dev.aorhub.relationships.DesignationSummary;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.Money;
import dev.aorhub.shared.MoneyInput;
import dev.aorhub.shared.time.DateRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignPlacementTests {

	private static final UUID ACME = UUID.randomUUID();

	private static final UUID BOLT = UUID.randomUUID();

	private static final UUID CREATIVE = UUID.randomUUID();

	private static final Currency USD = Currency.getInstance("USD");

	private static final LocalDate TODAY = LocalDate.of(2026, 5, 12);

	/** Acme's SOW-2026-0007 under the creative designation, 1 Mar – 31 Dec 2026. */
	private static final SowSummary SOW = sow(ACME, CREATIVE);

	private static SowSummary sow(UUID clientId, UUID designationId) {
		return new SowSummary(UUID.randomUUID(), clientId, designationId, UUID.randomUUID(), "SOW-2026-0007",
				"Brand campaign", SowStatus.ACTIVE, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31), "USD",
				BigDecimal.ZERO, List.of());
	}

	private static DesignationSummary designation(UUID id, UUID clientId, String agencyName) {
		return new DesignationSummary(id, clientId, UUID.randomUUID(), "Creative", agencyName,
				DesignationKind.EXCLUSIVE, DesignationStatus.ACTIVE, "Global", LocalDate.of(2026, 1, 1),
				LocalDate.of(2027, 12, 31), false);
	}

	@Test
	void theSowGivesTheDesignationAndTheClientWhenTheyAreLeftOut() {
		assertThat(CampaignPlacement.designationOf(null, SOW)).isEqualTo(CREATIVE);
		assertThat(CampaignPlacement.clientOf(null, SOW, null)).isEqualTo(ACME);
		UUID other = UUID.randomUUID();
		assertThat(CampaignPlacement.designationOf(other, SOW)).isEqualTo(other);
		assertThat(CampaignPlacement.designationOf(null, null)).isNull();
	}

	@Test
	void withoutASowTheDesignationGivesTheClient() {
		assertThat(CampaignPlacement.clientOf(null, null, designation(CREATIVE, BOLT, null))).isEqualTo(BOLT);
		assertThat(CampaignPlacement.clientOf(ACME, null, designation(CREATIVE, BOLT, null))).isEqualTo(ACME);
		assertThat(CampaignPlacement.clientOf(null, null, null)).isNull();
	}

	@Test
	void leftOutDatesAreTheSowsTermOrTodayOpenEnded() {
		var problems = new InvalidInputException.Collector();
		assertThat(CampaignPlacement.dates(null, null, SOW, TODAY, problems))
			.isEqualTo(new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31)));
		assertThat(CampaignPlacement.dates(LocalDate.of(2026, 6, 1), null, SOW, TODAY, problems))
			.isEqualTo(new DateRange(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 31)));
		assertThat(CampaignPlacement.dates(null, null, null, TODAY, problems)).isEqualTo(new DateRange(TODAY, null));
		assertThat(problems.isEmpty()).isTrue();
	}

	@Test
	void datesStayInsideTheSowsTermBothDaysIncluded() {
		var inside = new InvalidInputException.Collector();
		assertThat(CampaignPlacement.dates(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31), SOW, TODAY, inside))
			.isNotNull();
		assertThat(inside.isEmpty()).isTrue();

		var dayBefore = new InvalidInputException.Collector();
		assertThat(CampaignPlacement.dates(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 4, 30), SOW, TODAY, dayBefore))
			.isNull();
		assertThat(fields(dayBefore)).containsExactly("startDate");
		assertThat(dayBefore.problems().get(0).message())
			.isEqualTo("must be within the term of SOW SOW-2026-0007 (1 Mar 2026 – 31 Dec 2026)");

		var dayAfter = new InvalidInputException.Collector();
		CampaignPlacement.dates(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 1), SOW, TODAY, dayAfter);
		assertThat(fields(dayAfter)).containsExactly("endDate");
	}

	@Test
	void theEndIsNeverBeforeTheStartAndOneDayIsAFlight() {
		var reversed = new InvalidInputException.Collector();
		assertThat(CampaignPlacement.dates(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1), null, TODAY, reversed))
			.isNull();
		assertThat(reversed.problems())
			.containsExactly(new FieldProblem("endDate", "must be on or after the start date"));
		var oneDay = new InvalidInputException.Collector();
		assertThat(CampaignPlacement.dates(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1), null, TODAY, oneDay))
			.isEqualTo(new DateRange(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1)));
	}

	@Test
	void theSowAndDesignationMustBeTheClientsAndOurs() {
		var wrongClient = new InvalidInputException.Collector();
		CampaignPlacement.checkLinks(BOLT, SOW, designation(CREATIVE, ACME, null), wrongClient);
		assertThat(fields(wrongClient)).containsExactly("sowId");

		var theirs = new InvalidInputException.Collector();
		CampaignPlacement.checkLinks(ACME, null, designation(CREATIVE, ACME, "Oakline Media"), theirs);
		assertThat(fields(theirs)).containsExactly("designationId");

		var notTheSows = new InvalidInputException.Collector();
		CampaignPlacement.checkLinks(ACME, SOW, designation(UUID.randomUUID(), ACME, null), notTheSows);
		assertThat(notTheSows.problems())
			.containsExactly(new FieldProblem("designationId", "is not the designation of SOW SOW-2026-0007"));

		var fits = new InvalidInputException.Collector();
		CampaignPlacement.checkLinks(ACME, sow(ACME, null), designation(UUID.randomUUID(), ACME, null), fits);
		CampaignPlacement.checkLinks(ACME, SOW, designation(CREATIVE, ACME, null), fits);
		assertThat(fits.isEmpty()).isTrue();
	}

	@Test
	void anAmountAloneTakesTheClientsCurrencyAndAnotherCurrencyIsRefused() {
		var problems = new InvalidInputException.Collector();
		assertThat(CampaignPlacement.budget(new MoneyInput("40000", null), USD, problems))
			.isEqualTo(Money.of("40000.00", "USD"));
		assertThat(CampaignPlacement.budget(new MoneyInput("1250.5", "usd"), USD, problems))
			.isEqualTo(Money.of("1250.50", "USD"));
		assertThat(CampaignPlacement.budget(new MoneyInput("", "USD"), USD, problems)).isNull();
		assertThat(CampaignPlacement.budget(null, USD, problems)).isNull();
		assertThat(problems.isEmpty()).isTrue();

		var euros = new InvalidInputException.Collector();
		assertThat(CampaignPlacement.budget(new MoneyInput("100", "EUR"), USD, euros)).isNull();
		assertThat(euros.problems())
			.containsExactly(new FieldProblem("budget.currency", "must be the client's currency, USD"));

		var bad = new InvalidInputException.Collector();
		CampaignPlacement.budget(new MoneyInput("-1", "USD"), USD, bad);
		CampaignPlacement.budget(new MoneyInput("100", "DOLLARS"), USD, bad);
		assertThat(fields(bad)).containsExactly("budget.amount", "budget.currency");
	}

	private static List<String> fields(InvalidInputException.Collector problems) {
		return problems.problems().stream().map(FieldProblem::field).toList();
	}

}
