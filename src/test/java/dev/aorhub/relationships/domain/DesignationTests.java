package dev.aorhub.relationships.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.aorhub.relationships.DesignationKind;
import dev.aorhub.relationships.DesignationStatus;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.IllegalStateChangeException;
import dev.aorhub.shared.Money;
import dev.aorhub.shared.time.DateRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DesignationTests {

	private static final DesignationNames NAMES = new DesignationNames("Acme", "Creative");

	@Test
	void aWonPitchBecomesActiveAndALostPitchIsLost() {
		Designation won = designation(DesignationStatus.PITCHING);
		won.activate(NAMES);
		assertThat(won.getStatus()).isEqualTo(DesignationStatus.ACTIVE);

		Designation lost = designation(DesignationStatus.PITCHING);
		lost.lose(NAMES, null);
		assertThat(lost.getStatus()).isEqualTo(DesignationStatus.LOST);
	}

	@Test
	void aLostDesignationKeepsWhyWithoutItsSurroundingSpacesAndARefusedMoveKeepsNothing() {
		Designation lost = designation(DesignationStatus.PITCHING);
		lost.lose(NAMES, "  Went to the incumbent on price. ");
		assertThat(lost.getOutcomeReason()).isEqualTo("Went to the incumbent on price.");

		Designation pitch = designation(DesignationStatus.PITCHING);
		assertThatExceptionOfType(IllegalStateChangeException.class).isThrownBy(() -> pitch.end(NAMES, "Too early"));
		assertThat(pitch.getOutcomeReason()).isNull();

		Designation ended = designation(DesignationStatus.ACTIVE);
		ended.end(NAMES, "   ");
		assertThat(ended.getOutcomeReason()).isNull();
	}

	@Test
	void aPitchCannotEndOrGoUnderReview() {
		Designation pitch = designation(DesignationStatus.PITCHING);

		assertThatExceptionOfType(IllegalStateChangeException.class).isThrownBy(() -> pitch.end(NAMES, null));
		assertThatExceptionOfType(IllegalStateChangeException.class).isThrownBy(() -> pitch.startReview(NAMES));
		assertThat(pitch.getStatus()).isEqualTo(DesignationStatus.PITCHING);
	}

	@Test
	void anActiveDesignationGoesUnderReviewOrEndsButIsNotLostWithoutAReview() {
		Designation reviewed = designation(DesignationStatus.ACTIVE);
		reviewed.startReview(NAMES);
		assertThat(reviewed.getStatus()).isEqualTo(DesignationStatus.UNDER_REVIEW);

		Designation ended = designation(DesignationStatus.ACTIVE);
		ended.end(NAMES, null);
		assertThat(ended.getStatus()).isEqualTo(DesignationStatus.ENDED);

		Designation active = designation(DesignationStatus.ACTIVE);
		assertThatExceptionOfType(IllegalStateChangeException.class).isThrownBy(() -> active.lose(NAMES, null))
			.satisfies((ex) -> assertThat(ex.problemType()).isEqualTo("illegal-state-change"))
			.withMessageContaining("UNDER_REVIEW or ENDED");
	}

	@Test
	void aReviewKeepsEndsOrLosesTheBusiness() {
		for (DesignationStatus outcome : new DesignationStatus[] { DesignationStatus.ACTIVE, DesignationStatus.ENDED,
				DesignationStatus.LOST }) {
			Designation designation = designation(DesignationStatus.UNDER_REVIEW);
			designation.changeStatus(outcome, NAMES);
			assertThat(designation.getStatus()).isEqualTo(outcome);
		}
	}

	@Test
	void endedAndLostAreFinal() {
		for (DesignationStatus done : new DesignationStatus[] { DesignationStatus.ENDED, DesignationStatus.LOST }) {
			Designation designation = designation(done);
			assertThatExceptionOfType(IllegalStateChangeException.class).isThrownBy(() -> designation.activate(NAMES))
				.withMessageContaining("cannot change status");
			assertThatExceptionOfType(IllegalStateChangeException.class)
				.isThrownBy(() -> designation.startReview(NAMES));
			assertThat(designation.getStatus()).isEqualTo(done);
		}
	}

	@Test
	void nothingGoesBackToPitching() {
		Designation designation = designation(DesignationStatus.UNDER_REVIEW);
		assertThatExceptionOfType(IllegalStateChangeException.class)
			.isThrownBy(() -> designation.changeStatus(DesignationStatus.PITCHING, NAMES));
	}

	@Test
	void changingToTheSameStatusIsNoChangeButTheVerbIsRefused() {
		Designation designation = designation(DesignationStatus.ACTIVE);
		designation.changeStatus(DesignationStatus.ACTIVE, NAMES);
		assertThat(designation.getStatus()).isEqualTo(DesignationStatus.ACTIVE);
		assertThatExceptionOfType(IllegalStateChangeException.class).isThrownBy(() -> designation.activate(NAMES))
			.withMessage("The designation is already ACTIVE");
	}

	@Test
	void keepsTheRenewalNoticeDateAndTheMarketKeyWithTheTerms() {
		Designation designation = designation(DesignationStatus.ACTIVE);
		assertThat(designation.renewalWindow().noticeDate()).isEqualTo(LocalDate.of(2027, 10, 2));
		assertThat(designation.claim().market()).isEqualTo("Global");
		assertThat(designation.annualValue()).isEqualTo(Money.of("250000", "USD"));
		assertThat(designation.isOurs()).isTrue();
	}

	@Test
	void defaultsTheMarketToGlobalAndBlankAgencyToOurs() {
		DesignationTerms terms = new DesignationTerms(UUID.randomUUID(), UUID.randomUUID(), "  ",
				DesignationKind.PREFERRED, " ", null, new DateRange(LocalDate.of(2026, 1, 1), null), 90, false, null,
				null);
		assertThat(terms.market()).isEqualTo("Global");
		assertThat(terms.agencyName()).isNull();
	}

	@Test
	void aRenewalRunsTheNextTermAndKeepsTheCurrentOneInItsHistory() {
		Designation designation = designation(DesignationStatus.ACTIVE);
		UUID renewer = UUID.randomUUID();
		Instant at = Instant.parse("2027-10-01T09:00:00Z");
		Term next = new Term(new DateRange(LocalDate.of(2028, 1, 1), LocalDate.of(2029, 12, 31)),
				Money.of("275000", "USD"), DesignationKind.PREFERRED);

		designation.renew(next, renewer, at, NAMES);

		assertThat(designation.currentTerm()).isEqualTo(next);
		assertThat(designation.getStatus()).isEqualTo(DesignationStatus.ACTIVE);
		// 31 Dec 2029 less 90 days notice: 2 Oct 2029.
		assertThat(designation.renewalWindow().noticeDate()).isEqualTo(LocalDate.of(2029, 10, 2));
		assertThat(designation.pastTerms()).containsExactly(new Designation.PastTerm(designation.getWorkspaceId(),
				LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), new java.math.BigDecimal("250000.00"), "USD",
				"EXCLUSIVE", at, renewer));
	}

	@Test
	void aRenewalDuringAReviewKeepsTheBusiness() {
		Designation designation = designation(DesignationStatus.UNDER_REVIEW);

		designation.renew(new Term(new DateRange(LocalDate.of(2028, 1, 1), LocalDate.of(2029, 12, 31)), null,
				DesignationKind.EXCLUSIVE), null, Instant.EPOCH, NAMES);

		assertThat(designation.getStatus()).isEqualTo(DesignationStatus.ACTIVE);
	}

	@Test
	void anEndedOrLostDesignationIsNotRenewed() {
		for (DesignationStatus status : new DesignationStatus[] { DesignationStatus.ENDED, DesignationStatus.LOST,
				DesignationStatus.PITCHING }) {
			Designation designation = designation(status);
			Term before = designation.currentTerm();
			assertThatExceptionOfType(ConflictException.class)
				.isThrownBy(() -> designation
					.renew(new Term(new DateRange(LocalDate.of(2028, 1, 1), LocalDate.of(2029, 12, 31)), null,
							DesignationKind.EXCLUSIVE), null, Instant.EPOCH, NAMES))
				.satisfies((ex) -> assertThat(ex.problemType()).isEqualTo("not-renewable"));
			assertThat(designation.currentTerm()).isEqualTo(before);
			assertThat(designation.pastTerms()).isEmpty();
		}
	}

	private static Designation designation(DesignationStatus status) {
		return new Designation(UUID.randomUUID(),
				new DesignationTerms(UUID.randomUUID(), UUID.randomUUID(), null, DesignationKind.EXCLUSIVE, "Global",
						"Brand creative", new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)), 90, true,
						Money.of("250000", "USD"), null),
				status, NAMES);
	}

}
