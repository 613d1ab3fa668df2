package dev.aorhub.contracts.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.aorhub.contracts.ChangeOrderStatus;
import dev.aorhub.contracts.MsaStatus;
import dev.aorhub.contracts.SowStatus;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.IllegalStateChangeException;
import dev.aorhub.shared.Money;
import dev.aorhub.shared.time.DateRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContractStateMachinesTests {

	private static final UUID WORKSPACE = UUID.randomUUID();

	private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	private static final Approver STAFF = new Approver("Ada Admin", UUID.randomUUID(), null);

	private static final Approver CLIENT = new Approver("Carla Client", UUID.randomUUID(), null);

	private static final Signature SIGNED = new Signature(TODAY, UUID.randomUUID(), "Carla Client");

	@Test
	void anMsaIsSentSignedAndThenExpiresOrIsTerminated() {
		assertThat(MsaStatus.DRAFT.next()).containsExactlyInAnyOrder(MsaStatus.SENT, MsaStatus.SIGNED);
		assertThat(MsaStatus.SENT.next()).containsExactly(MsaStatus.SIGNED);
		assertThat(MsaStatus.SIGNED.next()).containsExactlyInAnyOrder(MsaStatus.EXPIRED, MsaStatus.TERMINATED);
		assertThat(MsaStatus.EXPIRED.next()).isEmpty();
		assertThat(MsaStatus.TERMINATED.next()).isEmpty();
	}

	@Test
	void anMsaRefusesAMoveItsMachineForbids() {
		Msa msa = new Msa(WORKSPACE, msaTerms(), MsaStatus.DRAFT, "Acme", TODAY);
		assertThatThrownBy(() -> msa.terminate(TODAY)).isInstanceOf(IllegalStateChangeException.class)
			.hasMessageContaining("from DRAFT it can become SENT or SIGNED");
		msa.sign(TODAY);
		msa.expire(LocalDate.of(2028, 1, 1));
		assertThat(msa.getStatus()).isEqualTo(MsaStatus.EXPIRED);
		assertThatThrownBy(() -> msa.sign(TODAY)).isInstanceOf(IllegalStateChangeException.class);
	}

	@Test
	void anMsaExpiresAfterItsExpiryDateAndIsTerminatedOnlyBefore() {
		Msa msa = new Msa(WORKSPACE, msaTerms(), MsaStatus.SIGNED, "Acme", TODAY);
		assertThat(msa.allowedMoves(TODAY)).containsExactly(MsaStatus.TERMINATED);
		assertThat(msa.allowedMoves(LocalDate.of(2027, 12, 31))).containsExactly(MsaStatus.TERMINATED);
		assertThat(msa.allowedMoves(LocalDate.of(2028, 1, 1))).containsExactly(MsaStatus.EXPIRED);
		assertThatThrownBy(() -> msa.expire(LocalDate.of(2027, 12, 31))).isInstanceOf(ConflictException.class)
			.hasMessageContaining("runs until 2027-12-31");
		assertThatThrownBy(() -> msa.terminate(LocalDate.of(2028, 1, 1), "Too late"))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("mark it expired instead");
		assertThat(msa.getTerminationReason()).isNull();
		assertThat(msa.getStatus()).isEqualTo(MsaStatus.SIGNED);
	}

	@Test
	void aTerminatedMsaKeepsWhyAndARefusedTerminationKeepsNothing() {
		Msa draft = new Msa(WORKSPACE, msaTerms(), MsaStatus.DRAFT, "Acme", TODAY);
		assertThatThrownBy(() -> draft.terminate(TODAY, "Never signed"))
			.isInstanceOf(IllegalStateChangeException.class);
		assertThat(draft.getTerminationReason()).isNull();

		Msa msa = new Msa(WORKSPACE, msaTerms(), MsaStatus.SIGNED, "Acme", TODAY);
		msa.terminate(TODAY, "  The client merged with a competitor. ");
		assertThat(msa.getTerminationReason()).isEqualTo("The client merged with a competitor.");
		assertThat(msa.getStatus()).isEqualTo(MsaStatus.TERMINATED);
	}

	@Test
	void aCancelledSowKeepsWhy() {
		Sow sow = sow();
		sow.cancel(" Budget cut ");
		assertThat(sow.getCancellationReason()).isEqualTo("Budget cut");
		assertThat(sow.getStatus()).isEqualTo(SowStatus.CANCELLED);
		assertThatThrownBy(() -> sow.cancel("Again")).isInstanceOf(IllegalStateChangeException.class);
		assertThat(sow.getCancellationReason()).isEqualTo("Budget cut");
	}

	@Test
	void onlyASignedMsaForbidsCompetitors() {
		UUID category = UUID.randomUUID();
		Msa msa = new Msa(WORKSPACE, msaTerms(category), MsaStatus.DRAFT, "Acme", TODAY);
		assertThat(msa.forbidsCompetitorsIn(category)).isFalse();
		msa.sign(TODAY);
		assertThat(msa.forbidsCompetitorsIn(category)).isTrue();
		assertThat(msa.forbidsCompetitorsIn(UUID.randomUUID())).isFalse();
		msa.terminate(TODAY);
		assertThat(msa.forbidsCompetitorsIn(category)).isFalse();
	}

	@Test
	void aSowGoesFromDraftThroughApprovalToCompletion() {
		Sow sow = sow();
		sow.approveInternally(STAFF, null, NOW);
		sow.send(STAFF, null, NOW);
		sow.approveByClient(CLIENT, "Agreed", SIGNED, NOW);
		assertThat(sow.getSignature()).isEqualTo(SIGNED);
		sow.activate();
		sow.complete();
		assertThat(sow.getStatus()).isEqualTo(SowStatus.COMPLETED);
		assertThat(sow.getApprovals()).extracting(ApprovalStep::getStep)
			.containsExactly(ApprovalStep.Kind.INTERNAL_APPROVED, ApprovalStep.Kind.SENT_TO_CLIENT,
					ApprovalStep.Kind.CLIENT_APPROVED);
		assertThatThrownBy(sow::cancel).isInstanceOf(IllegalStateChangeException.class);
	}

	@Test
	void aSowIsNotSentWithoutInternalApproval() {
		Sow sow = sow();
		assertThatThrownBy(() -> sow.send(STAFF, null, NOW)).isInstanceOf(ConflictException.class)
			.extracting((ex) -> ((ConflictException) ex).problemType())
			.isEqualTo("approval-required");
		assertThat(sow.getStatus()).isEqualTo(SowStatus.DRAFT);
	}

	@Test
	void aDeclinedSowIsADraftAgainAndNeedsApprovalAnew() {
		Sow sow = sow();
		sow.approveInternally(STAFF, null, NOW);
		sow.send(STAFF, null, NOW);
		sow.declineByClient(CLIENT, "Too expensive", NOW);
		assertThat(sow.getStatus()).isEqualTo(SowStatus.DRAFT);
		assertThat(sow.isInternallyApproved()).isFalse();
		assertThatThrownBy(() -> sow.send(STAFF, null, NOW)).isInstanceOf(ConflictException.class);
	}

	@Test
	void revisingADraftWithdrawsItsInternalApproval() {
		Sow sow = sow();
		sow.approveInternally(STAFF, null, NOW);
		assertThat(sow.revise(terms("Renamed", "100000"))).isTrue();
		assertThat(sow.isInternallyApproved()).isFalse();
		assertThat(sow.getRevision()).isEqualTo(1);
	}

	@Test
	void anApprovedSowKeepsItsCommercialTerms() {
		Sow sow = approved();
		assertThatThrownBy(() -> sow.revise(terms("Same", "1"))).isInstanceOf(ConflictException.class)
			.hasMessageContaining("change order");
		sow.revise(terms("A new title only", "100000"));
		assertThat(sow.getTitle()).isEqualTo("A new title only");
	}

	@Test
	void changeOrdersAreOnlyForApprovedOrActiveSows() {
		Sow draft = sow();
		assertThatThrownBy(() -> draft.proposeChangeOrder("More", Money.of("1", "USD"), null))
			.isInstanceOf(ConflictException.class);
		Sow sow = approved();
		ChangeOrder order = sow.proposeChangeOrder("More", Money.of("1", "USD"), null);
		assertThat(order.getStatus()).isEqualTo(ChangeOrderStatus.PROPOSED);
		assertThat(order.label()).isEqualTo("CO-1");
		assertThat(sow.proposeChangeOrder("Again", Money.of("2", "USD"), 3).label()).isEqualTo("CO-2");
	}

	@Test
	void aChangeOrderIsDecidedOnceOnly() {
		Sow sow = approved();
		ChangeOrder order = sow.proposeChangeOrder("More", Money.of("1000", "USD"), 10);
		sow.rejectChangeOrder(order.getId(), CLIENT, null, NOW);
		assertThatThrownBy(() -> sow.approveChangeOrder(order.getId(), CLIENT, null, SIGNED, NOW))
			.isInstanceOf(IllegalStateChangeException.class);
		assertThatThrownBy(() -> sow.rejectChangeOrder(order.getId(), CLIENT, null, NOW))
			.isInstanceOf(IllegalStateChangeException.class);
		assertThat(sow.getCurrentBudget()).isEqualTo(Money.of("100000", "USD"));
	}

	@Test
	void theCurrentBudgetIsTheOriginalPlusTheApprovedChangeOrders() {
		Sow sow = approved();
		ChangeOrder more = sow.proposeChangeOrder("More", Money.of("15000", "USD"), 100);
		ChangeOrder less = sow.proposeChangeOrder("Less", Money.of("-2500.50", "USD"), -20);
		ChangeOrder rejected = sow.proposeChangeOrder("Much more", Money.of("90000", "USD"), 500);
		sow.proposeChangeOrder("Still open", Money.of("1", "USD"), 1);
		sow.approveChangeOrder(more.getId(), CLIENT, null, SIGNED, NOW);
		sow.approveChangeOrder(less.getId(), CLIENT, null, SIGNED, NOW);
		sow.rejectChangeOrder(rejected.getId(), CLIENT, null, NOW);
		assertThat(sow.getBudget()).isEqualTo(Money.of("100000", "USD"));
		assertThat(sow.getCurrentBudget()).isEqualTo(Money.of("112499.50", "USD"));
		assertThat(sow.getBudgetHours()).isEqualTo(600);
		assertThat(sow.getCurrentBudgetHours()).isEqualTo(680);
		assertThat(sow.getChangeOrders()).hasSize(4);
	}

	@Test
	void aChangeOrderMayNotTakeTheBudgetBelowZero() {
		Sow sow = approved();
		ChangeOrder cut = sow.proposeChangeOrder("Cut", Money.of("-100000.01", "USD"), null);
		assertThatThrownBy(() -> sow.approveChangeOrder(cut.getId(), CLIENT, null, SIGNED, NOW))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("below zero");
	}

	@Test
	void theLedgerCountsHoursOnlyWhenSomeoneNamesThem() {
		Money original = Money.of("100", "USD");
		assertThat(BudgetLedger.current(original, null, List.of()).hours()).isNull();
		assertThat(BudgetLedger.current(original, null, List.of(new BudgetLedger.Change(Money.of("5", "USD"), 8))))
			.isEqualTo(new BudgetLedger.Budget(Money.of("105", "USD"), 8));
		assertThat(BudgetLedger.current(original, 10, List.of(new BudgetLedger.Change(Money.of("-5", "USD"), null))))
			.isEqualTo(new BudgetLedger.Budget(Money.of("95", "USD"), 10));
	}

	@Test
	void aSowCanBeRecordedInALaterStatusWithTheStepsItSkipped() {
		Sow sow = sow();
		sow.importAs(SowStatus.ACTIVE, STAFF, NOW);
		assertThat(sow.getStatus()).isEqualTo(SowStatus.ACTIVE);
		assertThat(sow.isInternallyApproved()).isTrue();
		assertThat(sow.getApprovals()).hasSize(3);
	}

	@Test
	void termsRangesContainAndOverlap() {
		DateRange year = new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
		assertThat(year.encloses(new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31)))).isTrue();
		assertThat(year.encloses(new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 1, 1)))).isFalse();
		assertThat(year.encloses(new DateRange(LocalDate.of(2026, 3, 1), null))).isFalse();
		assertThat(
				new DateRange(LocalDate.of(2026, 1, 1), null).encloses(new DateRange(LocalDate.of(2030, 1, 1), null)))
			.isTrue();
		assertThat(year.overlaps(new DateRange(LocalDate.of(2026, 12, 31), null))).isTrue();
		assertThat(year.overlaps(new DateRange(LocalDate.of(2027, 1, 1), null))).isFalse();
	}

	@Test
	void percentsHaveOneCanonicalText() {
		assertThat(Percent.of("15").text()).isEqualTo("15.0");
		assertThat(Percent.of("15.000").text()).isEqualTo("15.0");
		assertThat(Percent.of("12.25").text()).isEqualTo("12.25");
		assertThat(Percent.of("100").text()).isEqualTo("100.0");
		assertThat(Percent.of("0").text()).isEqualTo("0.0");
		assertThat(Percent.of("15.0")).isEqualTo(Percent.of("15"));
		assertThatThrownBy(() -> Percent.of("100.5")).isInstanceOf(IllegalArgumentException.class);
	}

	private static MsaTerms msaTerms(UUID... categories) {
		return new MsaTerms(UUID.randomUUID(), "MSA", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), 30, null,
				Percent.ZERO, 90, List.of(categories), List.of(), null);
	}

	private static SowTerms terms(String title, String budget) {
		return new SowTerms(MSA, CLIENT_ID, null, title, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
				Money.of(budget, "USD"), 600, List.of(new Fee.Commission(Percent.of("15"))), List.of());
	}

	private static final UUID MSA = UUID.randomUUID();

	private static final UUID CLIENT_ID = UUID.randomUUID();

	private static Sow sow() {
		return new Sow(WORKSPACE, "SOW-2026-001", terms("Brand work", "100000"));
	}

	private static Sow approved() {
		Sow sow = sow();
		sow.importAs(SowStatus.APPROVED, STAFF, NOW);
		return sow;
	}

}
