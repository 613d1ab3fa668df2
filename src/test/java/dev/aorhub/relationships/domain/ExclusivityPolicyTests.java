package dev.aorhub.relationships.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.aorhub.relationships.DesignationKind;
import dev.aorhub.relationships.DesignationStatus;
import dev.aorhub.relationships.domain.ExclusivityPolicy.Claim;
import dev.aorhub.shared.time.DateRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExclusivityPolicyTests {

	private static final UUID CLIENT = UUID.randomUUID();

	private static final UUID CREATIVE = UUID.randomUUID();

	private final ExclusivityPolicy policy = new ExclusivityPolicy();

	@Test
	void rejectsOverlappingExclusiveDesignations() {
		Claim existing = exclusive("2026-01-01", "2027-12-31");
		Claim candidate = exclusive("2027-06-01", "2029-05-31");

		assertThat(this.policy.firstConflict(candidate, List.of(existing))).contains(existing);
	}

	@Test
	void termsThatShareOnlyTheirLastAndFirstDayOverlap() {
		Claim existing = exclusive("2026-01-01", "2026-12-31");

		assertThat(this.policy.conflict(exclusive("2026-12-31", "2027-12-31"), existing)).isTrue();
		assertThat(this.policy.conflict(exclusive("2027-01-01", "2027-12-31"), existing)).isFalse();
	}

	@Test
	void anOpenEndedTermOverlapsEverythingAfterItsStart() {
		Claim evergreen = exclusive("2024-03-01", null);

		assertThat(this.policy.conflict(exclusive("2040-01-01", "2041-01-01"), evergreen)).isTrue();
		assertThat(this.policy.conflict(exclusive("2022-01-01", "2024-02-29"), evergreen)).isFalse();
		assertThat(this.policy.conflict(exclusive("2022-01-01", null), evergreen)).isTrue();
	}

	@Test
	void differentMarketsDoNotConflictButMarketsCompareWithoutCase() {
		Claim global = exclusive("2026-01-01", "2027-12-31");
		Claim germany = withMarket(exclusive("2026-01-01", "2027-12-31"), "Germany");

		assertThat(this.policy.conflict(germany, global)).isFalse();
		assertThat(this.policy.conflict(withMarket(exclusive("2026-01-01", "2027-12-31"), " GLOBAL "), global))
			.isTrue();
	}

	@Test
	void preferredAndProjectWorkMayCoexistWithAnExclusiveDesignation() {
		Claim exclusive = exclusive("2026-01-01", "2027-12-31");
		Claim preferred = withKind(exclusive("2026-01-01", "2027-12-31"), DesignationKind.PREFERRED);
		Claim project = withKind(exclusive("2026-01-01", "2027-12-31"), DesignationKind.PROJECT);

		assertThat(this.policy.conflict(preferred, exclusive)).isFalse();
		assertThat(this.policy.conflict(project, exclusive)).isFalse();
		assertThat(this.policy.conflict(preferred, withKind(exclusive, DesignationKind.PREFERRED))).isFalse();
	}

	@Test
	void endedAndLostDesignationsNeverConflict() {
		Claim candidate = exclusive("2026-01-01", "2027-12-31");

		assertThat(this.policy.conflict(candidate, withStatus(candidate, DesignationStatus.ENDED, UUID.randomUUID())))
			.isFalse();
		assertThat(this.policy.conflict(candidate, withStatus(candidate, DesignationStatus.LOST, UUID.randomUUID())))
			.isFalse();
		assertThat(this.policy.conflict(withStatus(candidate, DesignationStatus.LOST, UUID.randomUUID()),
				exclusive("2026-01-01", null)))
			.isFalse();
	}

	@Test
	void pitchingAndUnderReviewDesignationsDoConflict() {
		Claim pitching = withStatus(exclusive("2026-01-01", "2027-12-31"), DesignationStatus.PITCHING,
				UUID.randomUUID());
		Claim underReview = withStatus(exclusive("2026-01-01", "2027-12-31"), DesignationStatus.UNDER_REVIEW,
				UUID.randomUUID());

		assertThat(this.policy.conflict(pitching, underReview)).isTrue();
	}

	@Test
	void otherClientsAndCategoriesDoNotConflict() {
		Claim existing = exclusive("2026-01-01", "2027-12-31");
		Claim otherClient = new Claim(UUID.randomUUID(), UUID.randomUUID(), CREATIVE, "Global",
				DesignationKind.EXCLUSIVE, DesignationStatus.ACTIVE, existing.term());
		Claim otherCategory = new Claim(UUID.randomUUID(), CLIENT, UUID.randomUUID(), "Global",
				DesignationKind.EXCLUSIVE, DesignationStatus.ACTIVE, existing.term());

		assertThat(this.policy.firstConflict(otherClient, List.of(existing))).isEmpty();
		assertThat(this.policy.firstConflict(otherCategory, List.of(existing))).isEmpty();
	}

	@Test
	void aDesignationNeverConflictsWithItself() {
		Claim existing = exclusive("2026-01-01", "2027-12-31");

		assertThat(this.policy.firstConflict(existing, List.of(existing))).isEmpty();
	}

	private static Claim exclusive(String start, String end) {
		return new Claim(UUID.randomUUID(), CLIENT, CREATIVE, "Global", DesignationKind.EXCLUSIVE,
				DesignationStatus.ACTIVE,
				new DateRange(LocalDate.parse(start), (end != null) ? LocalDate.parse(end) : null));
	}

	private static Claim withMarket(Claim claim, String market) {
		return new Claim(claim.id(), claim.clientId(), claim.categoryId(), market, claim.kind(), claim.status(),
				claim.term());
	}

	private static Claim withKind(Claim claim, DesignationKind kind) {
		return new Claim(UUID.randomUUID(), claim.clientId(), claim.categoryId(), claim.market(), kind, claim.status(),
				claim.term());
	}

	private static Claim withStatus(Claim claim, DesignationStatus status, UUID id) {
		return new Claim(id, claim.clientId(), claim.categoryId(), claim.market(), claim.kind(), status, claim.term());
	}

}
