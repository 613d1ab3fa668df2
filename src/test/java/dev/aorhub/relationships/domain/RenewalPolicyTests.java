package dev.aorhub.relationships.domain;

import java.time.LocalDate;

import dev.aorhub.relationships.DesignationKind;
import dev.aorhub.relationships.DesignationStatus;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.Money;
import dev.aorhub.shared.time.DateRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class RenewalPolicyTests {

	private final RenewalPolicy policy = new RenewalPolicy();

	/** 1 Jan 2026 to 31 Dec 2027: two whole years at USD 250,000, exclusive. */
	private static final Term TWO_YEARS = new Term(new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)),
			Money.of("250000", "USD"), DesignationKind.EXCLUSIVE);

	@Test
	void withNothingGivenTheNextTermFollowsTheCurrentOneForAsLongAtTheSameValueAndKind() {
		Term next = this.policy.next(TWO_YEARS, null, null, null, null, new InvalidInputException.Collector());

		// Starts the day after 31 Dec 2027; two years from 1 Jan 2028 end on 31 Dec 2029.
		assertThat(next.dates()).isEqualTo(new DateRange(LocalDate.of(2028, 1, 1), LocalDate.of(2029, 12, 31)));
		assertThat(next.annualValue()).isEqualTo(Money.of("250000", "USD"));
		assertThat(next.kind()).isEqualTo(DesignationKind.EXCLUSIVE);
	}

	@Test
	void theDefaultLengthCountsCalendarMonthsSoAHalfYearStaysAHalfYear() {
		// 15 Jan to 14 Jul 2026 is six months; the next starts 15 Jul and ends 14 Jan
		// 2027.
		Term sixMonths = new Term(new DateRange(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 7, 14)), null,
				DesignationKind.PROJECT);

		Term next = this.policy.next(sixMonths, null, null, null, null, new InvalidInputException.Collector());

		assertThat(next.dates()).isEqualTo(new DateRange(LocalDate.of(2026, 7, 15), LocalDate.of(2027, 1, 14)));
		assertThat(next.annualValue()).isNull();
	}

	@Test
	void aGivenStartKeepsTheDefaultLengthFromThatStart() {
		// Renewing early, from 1 Oct 2027: two years end on 30 Sep 2029.
		Term next = this.policy.next(TWO_YEARS, LocalDate.of(2027, 10, 1), null, null, null,
				new InvalidInputException.Collector());

		assertThat(next.dates()).isEqualTo(new DateRange(LocalDate.of(2027, 10, 1), LocalDate.of(2029, 9, 30)));
	}

	@Test
	void whatIsGivenReplacesTheDefaults() {
		Term next = this.policy.next(TWO_YEARS, LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31),
				Money.of("300000", "EUR"), DesignationKind.PREFERRED, new InvalidInputException.Collector());

		assertThat(next).isEqualTo(new Term(new DateRange(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31)),
				Money.of("300000", "EUR"), DesignationKind.PREFERRED));
	}

	@Test
	void theNextTermMustStartAfterTheCurrentOneStartedAndEndAfterItStarts() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.policy.next(TWO_YEARS, LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 31), null,
					null, new InvalidInputException.Collector()))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(FieldProblem::field)
				.containsExactly("startDate", "endDate"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.policy.next(TWO_YEARS, LocalDate.of(2028, 1, 1), LocalDate.of(2028, 1, 1), null,
					null, new InvalidInputException.Collector()))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("endDate"));
	}

	@Test
	void anOpenEndedTermHasNoDefaultStartAndItsNextTermStaysOpenEnded() {
		Term evergreen = new Term(new DateRange(LocalDate.of(2026, 1, 1), null), null, DesignationKind.EXCLUSIVE);

		assertThat(this.policy.proposal(evergreen)).isNull();
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(
					() -> this.policy.next(evergreen, null, null, null, null, new InvalidInputException.Collector()))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("startDate"));
		Term next = this.policy.next(evergreen, LocalDate.of(2027, 1, 1), null, null, null,
				new InvalidInputException.Collector());
		assertThat(next.dates()).isEqualTo(new DateRange(LocalDate.of(2027, 1, 1), null));
	}

	@Test
	void theProposalIsWhatAnEmptyRenewalGives() {
		assertThat(this.policy.proposal(TWO_YEARS))
			.isEqualTo(this.policy.next(TWO_YEARS, null, null, null, null, new InvalidInputException.Collector()));
	}

	@Test
	void onlyActiveAndUnderReviewDesignationsAreRenewed() {
		assertThatNoException().isThrownBy(() -> this.policy.requireRenewable(DesignationStatus.ACTIVE));
		assertThatNoException().isThrownBy(() -> this.policy.requireRenewable(DesignationStatus.UNDER_REVIEW));
		for (DesignationStatus status : new DesignationStatus[] { DesignationStatus.PITCHING, DesignationStatus.ENDED,
				DesignationStatus.LOST }) {
			assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> this.policy.requireRenewable(status))
				.satisfies((ex) -> assertThat(ex.problemType()).isEqualTo("not-renewable"))
				.withMessageContaining(status.name())
				.withMessageContaining("only an ACTIVE or UNDER_REVIEW designation");
		}
	}

}
