package dev.aorhub.delivery.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import dev.aorhub.delivery.AssetKind;
import dev.aorhub.delivery.AssetStatus;
import dev.aorhub.delivery.application.ReviewLinkService.LinkedAsset;
import dev.aorhub.delivery.domain.CreativeAssetVersion;
import dev.aorhub.delivery.domain.ProofComment;

/**
 * What a review link shows as JSON: that one asset's name, kind and status, its current
 * version (with the link's own URLs for the file) and the version's open comments, and
 * nothing that names another record: no ids of the campaign, the client, the workspace or
 * of people.
 */
final class ReviewLinkApi {

	private ReviewLinkApi() {
	}

	record LinkedAssetResponse(String name, AssetKind kind, AssetStatus status, boolean awaitingDecision,
			Instant expiresAt, Version currentVersion, List<Comment> comments) {

		static LinkedAssetResponse of(LinkedAsset linked, String base) {
			CreativeAssetVersion v = linked.current();
			Version version = (v != null) ? new Version(v.getNumber(), v.getNotes(), v.getFile().fileName(),
					v.getFile().contentType(), v.getFile().sizeBytes(), v.getUploadedAt(), base + "/file",
					v.hasThumbnail() ? base + "/thumbnail" : null) : null;
			return new LinkedAssetResponse(linked.asset().getName(), linked.asset().getKind(),
					linked.asset().getStatus(), linked.awaitsDecision(), linked.link().getExpiresAt(), version,
					linked.openComments().stream().map(Comment::of).toList());
		}

	}

	record Version(int number, String notes, String fileName, String contentType, long sizeBytes, Instant uploadedAt,
			String fileUrl, String thumbnailUrl) {
	}

	record Comment(String body, BigDecimal x, BigDecimal y, Integer page, String authorName, Instant createdAt) {

		static Comment of(ProofComment comment) {
			return new Comment(comment.getBody(), comment.pin().x(), comment.pin().y(), comment.pin().page(),
					comment.getAuthorName(), comment.getCreatedAt());
		}

	}

	/** What a decision through the link answers. */
	record DecisionResponse(String name, AssetStatus status, int versionNumber, String message) {
	}

}
