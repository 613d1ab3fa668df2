package dev.aorhub.delivery.application;

import java.util.List;
import java.util.UUID;

import dev.aorhub.delivery.domain.CreativeAsset;
import dev.aorhub.delivery.domain.CreativeAssetVersion;
import dev.aorhub.delivery.domain.ProofComment;
import dev.aorhub.delivery.domain.ProofCommentRepository;
import dev.aorhub.delivery.domain.ProofPin;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.shared.validation.ConstraintViolations;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.CurrentUser;
import jakarta.validation.Validator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proofing: comments on a version of an asset, pinned to a point of an image or a page of
 * a PDF, resolved and reopened. Comments stay possible on an approved asset (notes for
 * the next piece of work); they never change the approved version.
 */
@Service
public class ProofCommentService {

	private final ProofCommentRepository comments;

	private final CreativeAssetService assets;

	private final WorkspaceClock clock;

	private final Validator validator;

	ProofCommentService(ProofCommentRepository comments, CreativeAssetService assets, WorkspaceClock clock,
			Validator validator) {
		this.comments = comments;
		this.assets = assets;
		this.clock = clock;
		this.validator = validator;
	}

	@Transactional(readOnly = true)
	public List<ProofComment> of(CurrentUser viewer, UUID assetId, int versionNumber) {
		CreativeAssetService.version(this.assets.withVersions(viewer, assetId), versionNumber);
		return this.comments.findByWorkspaceIdAndAssetIdAndVersionNumberOrderByCreatedAtAscIdAsc(viewer.workspaceId(),
				assetId, versionNumber);
	}

	@CanEdit
	@Transactional
	public ProofComment add(CurrentUser actor, UUID assetId, int versionNumber, ProofCommentRequest request,
			List<FieldProblem> unreadable) {
		CreativeAsset asset = this.assets.withVersions(actor, assetId);
		CreativeAssetVersion version = CreativeAssetService.version(asset, versionNumber);
		var problems = ConstraintViolations.collect(this.validator, request, unreadable);
		ProofPin pin;
		try {
			pin = ProofPin.of(request.x(), request.y(), request.page());
			pin.requireFits(asset.getKind(), version.getFile().contentType());
		}
		catch (dev.aorhub.shared.InvalidInputException ex) {
			ex.problems().forEach((p) -> problems.add(p.field(), p.message()));
			pin = null;
		}
		problems.throwIfAny();
		return this.comments.saveAndFlush(new ProofComment(asset, versionNumber, request.body().strip(), pin,
				CreativeAssetService.reviewer(actor)));
	}

	@CanEdit
	@Transactional
	public ProofComment resolve(CurrentUser actor, UUID assetId, UUID commentId) {
		ProofComment comment = find(actor, assetId, commentId);
		comment.resolve(this.clock.now());
		return this.comments.saveAndFlush(comment);
	}

	@CanEdit
	@Transactional
	public ProofComment reopen(CurrentUser actor, UUID assetId, UUID commentId) {
		ProofComment comment = find(actor, assetId, commentId);
		comment.reopen();
		return this.comments.saveAndFlush(comment);
	}

	private ProofComment find(CurrentUser actor, UUID assetId, UUID commentId) {
		return this.comments.findByWorkspaceIdAndAssetIdAndId(actor.workspaceId(), assetId, commentId)
			.orElseThrow(() -> new NotFoundException(ProofComment.ENTITY_TYPE, commentId));
	}

}
