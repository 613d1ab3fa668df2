package dev.aorhub.delivery.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.aorhub.delivery.AssetKind;
import dev.aorhub.delivery.AssetStatus;
import dev.aorhub.delivery.domain.CreativeAsset;
import dev.aorhub.delivery.domain.CreativeAssetVersion;
import dev.aorhub.delivery.domain.ProofComment;
import dev.aorhub.delivery.domain.ReviewDecision;
import dev.aorhub.delivery.domain.ReviewRound;
import dev.aorhub.delivery.domain.RoundReviewer;
import dev.aorhub.workspace.WorkspaceUsers.UserSummary;

/**
 * The shapes of the creative assets API: the contract's fields, then what helps a caller
 * (the client, the review round, the approval, the versions on a GET of one).
 */
final class CreativeAssetApi {

	static final String BASE = "/api/v1/creative-assets/";

	private CreativeAssetApi() {
	}

	/**
	 * {@code versions}, {@code rounds} and {@code decisions} come with a GET of one
	 * asset.
	 */
	record AssetResponse(UUID id, UUID campaignId, UUID brandId, String name, AssetKind kind, AssetStatus status,
			int currentVersion, long version, UUID clientId, boolean archived, LocalDate dueDate,
			List<Reviewer> reviewers, Integer approvedVersion, String approvedBy, Instant approvedAt,
			@JsonInclude(JsonInclude.Include.NON_NULL) List<VersionResponse> versions,
			@JsonInclude(JsonInclude.Include.NON_NULL) List<RoundResponse> rounds,
			@JsonInclude(JsonInclude.Include.NON_NULL) List<DecisionResponse> decisions) {

		static AssetResponse of(CreativeAssetQueries.Row row) {
			return new AssetResponse(row.id(), row.campaignId(), row.brandId(), row.name(), row.kind(), row.status(),
					row.currentVersion(), row.version(), row.clientId(), row.archived(), row.dueDate(), null,
					row.approvedVersion(), row.approvedBy(), row.approvedAt(), null, null, null);
		}

		/** The whole asset, from the aggregate with its children loaded. */
		static AssetResponse full(CreativeAsset asset, Map<UUID, UserSummary> people) {
			ReviewRound open = asset.openRound().orElse(null);
			List<RoundResponse> rounds = asset.getRounds().stream().map((r) -> RoundResponse.of(r, people)).toList();
			return new AssetResponse(asset.getId(), asset.getCampaignId(), asset.getBrandId(), asset.getName(),
					asset.getKind(), asset.getStatus(), asset.getCurrentVersion(), asset.getVersion(),
					asset.getClientId(), asset.isArchived(), (open != null) ? open.getDueDate() : null,
					(open != null) ? RoundResponse.of(open, people).reviewers() : List.of(), asset.getApprovedVersion(),
					asset.getApprovedBy(), asset.getApprovedAt(),
					asset.getVersions().stream().map((v) -> VersionResponse.of(asset.getId(), v)).toList(), rounds,
					asset.getDecisions().stream().map(DecisionResponse::of).toList());
		}

	}

	record VersionResponse(int number, String notes, String fileName, String contentType, long sizeBytes,
			Instant uploadedAt, UUID uploadedBy, String fileUrl, String thumbnailUrl) {

		static VersionResponse of(UUID assetId, CreativeAssetVersion version) {
			String base = BASE + assetId + "/versions/" + version.getNumber();
			return new VersionResponse(version.getNumber(), version.getNotes(), version.getFile().fileName(),
					version.getFile().contentType(), version.getFile().sizeBytes(), version.getUploadedAt(),
					version.getFile().uploadedBy(), base + "/file",
					version.hasThumbnail() ? base + "/thumbnail" : null);
		}

	}

	/** A reviewer: a user (id and name), or a person of the client (name, e-mail). */
	record Reviewer(UUID userId, String name, String email) {

		static Reviewer of(RoundReviewer reviewer, Map<UUID, UserSummary> people) {
			UserSummary user = (reviewer.userId() != null) ? people.get(reviewer.userId()) : null;
			return new Reviewer(reviewer.userId(), (user != null) ? user.name() : reviewer.name(),
					(user != null) ? user.email() : reviewer.email());
		}

	}

	record RoundResponse(int number, AssetStatus stage, int versionNumber, LocalDate dueDate, Instant startedAt,
			Instant closedAt, boolean open, List<Reviewer> reviewers) {

		static RoundResponse of(ReviewRound round, Map<UUID, UserSummary> people) {
			return new RoundResponse(round.getNumber(), round.getStage(), round.getVersionNumber(), round.getDueDate(),
					round.getStartedAt(), round.getClosedAt(), round.isOpen(),
					round.getReviewers().stream().map((r) -> Reviewer.of(r, people)).toList());
		}

	}

	record DecisionResponse(ReviewDecision.Outcome decision, int versionNumber, UUID userId, String by, boolean viaLink,
			String comment, Instant decidedAt) {

		static DecisionResponse of(ReviewDecision decision) {
			return new DecisionResponse(decision.getDecision(), decision.getVersionNumber(), decision.getUserId(),
					decision.getReviewerName(), decision.isViaLink(), decision.getComment(), decision.getDecidedAt());
		}

	}

	record CommentResponse(UUID id, int versionNumber, String body, BigDecimal x, BigDecimal y, Integer page,
			boolean resolved, UUID authorId, String authorName, Instant createdAt, Instant resolvedAt) {

		static CommentResponse of(ProofComment comment) {
			return new CommentResponse(comment.getId(), comment.getVersionNumber(), comment.getBody(),
					comment.pin().x(), comment.pin().y(), comment.pin().page(), comment.isResolved(),
					comment.getAuthorId(), comment.getAuthorName(), comment.getCreatedAt(), comment.getResolvedAt());
		}

	}

	record LinkResponse(String url, Instant expiresAt) {
	}

}
