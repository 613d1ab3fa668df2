package dev.aorhub.delivery.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.delivery.AssetKind;
import dev.aorhub.delivery.AssetStatus;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.IllegalStateChangeException;
import dev.aorhub.shared.attachments.StoredFile;
import org.junit.jupiter.api.Test;

import static dev.aorhub.delivery.AssetStatus.APPROVED;
import static dev.aorhub.delivery.AssetStatus.CHANGES_REQUESTED;
import static dev.aorhub.delivery.AssetStatus.CLIENT_REVIEW;
import static dev.aorhub.delivery.AssetStatus.INTERNAL_REVIEW;
import static dev.aorhub.delivery.AssetStatus.IN_PROGRESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The approval state machine of creative assets, every edge allowed and forbidden, and
 * the aggregate that follows it (rounds, decisions, the lock).
 */
class AssetStatusTests {

	private static final Map<AssetStatus, Set<AssetStatus>> ALLOWED = Map.of(IN_PROGRESS, EnumSet.of(INTERNAL_REVIEW),
			INTERNAL_REVIEW, EnumSet.of(CLIENT_REVIEW, APPROVED, CHANGES_REQUESTED), CLIENT_REVIEW,
			EnumSet.of(APPROVED, CHANGES_REQUESTED), CHANGES_REQUESTED, EnumSet.of(IN_PROGRESS), APPROVED,
			EnumSet.noneOf(AssetStatus.class));

	private static final Instant NOW = Instant.parse("2026-05-04T09:00:00Z");

	private static final Reviewer ROBIN = Reviewer.user(UUID.randomUUID(), "Robin Vale");

	@Test
	void everyEdgeIsAllowedOrForbiddenAsDesigned() {
		for (AssetStatus from : AssetStatus.values()) {
			for (AssetStatus to : AssetStatus.values()) {
				boolean allowed = ALLOWED.get(from).contains(to);
				assertThat(from.canBecome(to)).as(from + " -> " + to).isEqualTo(allowed);
				if (allowed) {
					assertThat(from.requireCanBecome(to)).isEqualTo(to);
				}
				else {
					assertThatThrownBy(() -> from.requireCanBecome(to)).as(from + " -> " + to)
						.isInstanceOf(IllegalStateChangeException.class);
				}
			}
		}
	}

	@Test
	void approvedIsFinalAndOnlyReviewsAreInReview() {
		assertThat(APPROVED.isFinal()).isTrue();
		assertThat(EnumSet.allOf(AssetStatus.class).stream().filter(AssetStatus::inReview))
			.containsExactly(INTERNAL_REVIEW, CLIENT_REVIEW);
	}

	@Test
	void aNewAssetCannotBeSubmittedWithoutAVersion() {
		CreativeAsset asset = asset();
		assertThatThrownBy(() -> asset.submit(plan(), ROBIN, NOW)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("no version");
	}

	@Test
	void theWholeWayToApprovalKeepsRoundsAndDecisionsAndLocks() {
		CreativeAsset asset = asset();
		asset.addVersion(file("v1.png"), null, "first cut");
		ReviewRound internal = asset.submit(plan(), ROBIN, NOW);
		assertThat(asset.getStatus()).isEqualTo(INTERNAL_REVIEW);
		assertThat(internal.getVersionNumber()).isEqualTo(1);
		assertThatThrownBy(() -> asset.addVersion(file("v2.png"), null, null)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("ask for changes first");

		asset.requestChanges(ROBIN, "Bigger logo", NOW.plusSeconds(60));
		assertThat(asset.getStatus()).isEqualTo(CHANGES_REQUESTED);
		assertThat(internal.isOpen()).isFalse();
		asset.addVersion(file("v2.png"), null, "bigger logo");
		assertThat(asset.getStatus()).isEqualTo(IN_PROGRESS);
		assertThat(asset.getCurrentVersion()).isEqualTo(2);

		asset.submit(plan(), ROBIN, NOW.plusSeconds(120));
		ReviewRound client = asset.sendToClient(plan(), ROBIN, NOW.plusSeconds(180));
		assertThat(asset.getStatus()).isEqualTo(CLIENT_REVIEW);
		assertThat(asset.openRound()).contains(client);
		asset.approve(Reviewer.throughLink("Dana Client"), "Lovely", NOW.plusSeconds(240));

		assertThat(asset.getStatus()).isEqualTo(APPROVED);
		assertThat(asset.getApprovedVersion()).isEqualTo(2);
		assertThat(asset.getApprovedBy()).isEqualTo("Dana Client (client via review link)");
		assertThat(asset.openRound()).isEmpty();
		assertThat(asset.getRounds()).hasSize(3);
		assertThat(asset.getDecisions()).extracting(ReviewDecision::getDecision)
			.containsExactly(ReviewDecision.Outcome.CHANGES_REQUESTED, ReviewDecision.Outcome.SENT_TO_CLIENT,
					ReviewDecision.Outcome.APPROVED);
		assertThat(asset.getDecisions().get(2).isViaLink()).isTrue();
		assertThat(asset.getDecisions().get(2).getVersionNumber()).isEqualTo(2);

		assertThatThrownBy(() -> asset.addVersion(file("v3.png"), null, null)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("locked");
		assertThatThrownBy(() -> asset.revise(asset.details())).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> asset.requestChanges(ROBIN, "late", NOW))
			.isInstanceOf(IllegalStateChangeException.class);
	}

	@Test
	void anInternalReviewMayApproveWorkTheClientNeverSees() {
		CreativeAsset asset = asset();
		asset.addVersion(file("v1.png"), null, null);
		asset.submit(plan(), ROBIN, NOW);
		asset.approve(ROBIN, null, NOW);
		assertThat(asset.getStatus()).isEqualTo(APPROVED);
		assertThat(asset.getApprovedBy()).isEqualTo("Robin Vale");
	}

	@Test
	void workInProgressCanNeitherBeApprovedNorSentToTheClient() {
		CreativeAsset asset = asset();
		asset.addVersion(file("v1.png"), null, null);
		assertThatThrownBy(() -> asset.approve(ROBIN, null, NOW)).isInstanceOf(IllegalStateChangeException.class);
		assertThatThrownBy(() -> asset.sendToClient(plan(), ROBIN, NOW))
			.isInstanceOf(IllegalStateChangeException.class);
		assertThatThrownBy(() -> asset.requestChanges(ROBIN, "x", NOW)).isInstanceOf(IllegalStateChangeException.class);
	}

	private static CreativeAsset asset() {
		return new CreativeAsset(UUID.randomUUID(),
				new CreativeAssetDetails(UUID.randomUUID(), UUID.randomUUID(), null, "Hero banner", AssetKind.IMAGE));
	}

	private static RoundPlan plan() {
		return new RoundPlan(List.of(), LocalDate.of(2026, 5, 6));
	}

	private static StoredFile file(String name) {
		return new StoredFile(name, "image/png", 100, "key-" + name, null, NOW);
	}

}
