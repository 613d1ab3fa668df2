package dev.aorhub.delivery.application;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.aorhub.delivery.AssetStatus;
import dev.aorhub.delivery.domain.CreativeAsset;
import dev.aorhub.delivery.domain.CreativeAssetRepository;
import dev.aorhub.delivery.domain.CreativeAssetVersion;
import dev.aorhub.delivery.domain.ProofComment;
import dev.aorhub.delivery.domain.ProofCommentRepository;
import dev.aorhub.delivery.domain.ReviewLink;
import dev.aorhub.delivery.domain.ReviewLinkRepository;
import dev.aorhub.delivery.domain.Reviewer;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.attachments.Attachments;
import dev.aorhub.shared.attachments.FileDownload;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.shared.validation.ConstraintViolations;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.CurrentUser;
import jakarta.validation.Validator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review links: a signed, expiring URL through which a person of the client sees one
 * asset's current version and approves it or asks for changes, without an account. A link
 * opens only while it is live (not expired, not revoked) and its asset is neither
 * approved nor archived; anything else (a tampered, unknown, revoked or expired token) is
 * the same 404, so a token tells nothing about what it might have opened. Through a link
 * nothing but that asset is reachable.
 */
@Service
public class ReviewLinkService {

	/** How long a link lives when the request names no expiry. */
	public static final Duration DEFAULT_VALIDITY = Duration.ofDays(7);

	/**
	 * The longest a link may live: a forgotten link should not open an asset for ever.
	 */
	public static final Duration MAX_VALIDITY = Duration.ofDays(90);

	/** Where the links live; the token follows. */
	public static final String PATH = "/review/";

	/** The name a decision through a link records when the reviewer typed none. */
	public static final String UNNAMED = "Client reviewer";

	private static final String NOT_FOUND = "This review link does not exist or is no longer valid";

	private final ReviewLinkRepository links;

	private final CreativeAssetRepository assets;

	private final ProofCommentRepository comments;

	private final CreativeAssetService assetService;

	private final ReviewLinkKey key;

	private final Attachments files;

	private final WorkspaceClock clock;

	private final Validator validator;

	ReviewLinkService(ReviewLinkRepository links, CreativeAssetRepository assets, ProofCommentRepository comments,
			CreativeAssetService assetService, ReviewLinkKey key, Attachments files, WorkspaceClock clock,
			Validator validator) {
		this.links = links;
		this.assets = assets;
		this.comments = comments;
		this.assetService = assetService;
		this.key = key;
		this.files = files;
		this.clock = clock;
		this.validator = validator;
	}

	/** A link with its URL path ({@code /review/<token>}). */
	public record IssuedLink(ReviewLink link, String path) {
	}

	/**
	 * What a link opens: the asset, its current version and that version's open comments.
	 */
	public record LinkedAsset(ReviewLink link, CreativeAsset asset, CreativeAssetVersion current,
			List<ProofComment> openComments) {

		/**
		 * Whether the link's reviewer may decide now (the asset waits for the client).
		 */
		public boolean awaitsDecision() {
			return this.asset.getStatus() == AssetStatus.CLIENT_REVIEW && this.current != null;
		}

	}

	/**
	 * Makes a link for an asset in client review, until {@code expiresAt} (by default
	 * {@link #DEFAULT_VALIDITY} from now, at most {@link #MAX_VALIDITY}).
	 */
	@CanEdit
	@Transactional
	public IssuedLink create(CurrentUser actor, UUID assetId, ReviewLinkRequest request,
			List<FieldProblem> unreadable) {
		var problems = ConstraintViolations.collect(this.validator, request, unreadable);
		Instant now = this.clock.now();
		Instant expiresAt = (request.expiresAt() != null) ? request.expiresAt().toInstant()
				: now.plus(DEFAULT_VALIDITY);
		expiresAt = expiresAt.truncatedTo(ChronoUnit.SECONDS);
		problems.check(problems.names("expiresAt") || expiresAt.isAfter(now), "expiresAt", "must be in the future");
		problems.check(problems.names("expiresAt") || !expiresAt.isAfter(now.plus(MAX_VALIDITY)), "expiresAt",
				"must be at most " + MAX_VALIDITY.toDays() + " days from now");
		problems.throwIfAny();
		CreativeAsset asset = this.assetService.get(actor, assetId);
		if (asset.getStatus() != AssetStatus.CLIENT_REVIEW || asset.isArchived()) {
			throw new ConflictException("asset-not-in-client-review", "The creative asset " + asset.getName() + " is "
					+ asset.getStatus().name() + ": send it to the client first, then share a review link");
		}
		ReviewLink link = this.links.saveAndFlush(new ReviewLink(asset, expiresAt, actor.userId()));
		return new IssuedLink(link, path(link));
	}

	/** The asset's links that still open it, newest first, with their URLs. */
	@Transactional(readOnly = true)
	public List<IssuedLink> liveLinks(CurrentUser viewer, CreativeAsset asset) {
		Instant now = this.clock.now();
		return this.links.findByWorkspaceIdAndAssetIdOrderByCreatedAtDesc(viewer.workspaceId(), asset.getId())
			.stream()
			.filter((l) -> l.isLive(now))
			.map((l) -> new IssuedLink(l, path(l)))
			.toList();
	}

	@CanEdit
	@Transactional
	public void revoke(CurrentUser actor, UUID assetId, UUID linkId) {
		ReviewLink link = this.links.findById(linkId)
			.filter((l) -> l.getWorkspaceId().equals(actor.workspaceId()) && l.getAssetId().equals(assetId))
			.orElseThrow(() -> new NotFoundException(ReviewLink.ENTITY_TYPE, linkId));
		link.revoke();
		this.links.saveAndFlush(link);
	}

	/** What the token opens, or 404 for every token that opens nothing. */
	@Transactional(readOnly = true)
	public LinkedAsset open(String token) {
		return resolve(token).orElseThrow(() -> new NotFoundException(NOT_FOUND));
	}

	/** The current version's file, for the link's page. */
	@Transactional(readOnly = true)
	public FileDownload openFile(String token) {
		LinkedAsset linked = open(token);
		if (linked.current() == null) {
			throw new NotFoundException(NOT_FOUND);
		}
		return this.files.open(linked.asset().getWorkspaceId(), linked.current().getFile());
	}

	@Transactional(readOnly = true)
	public Optional<FileDownload> openThumbnail(String token) {
		LinkedAsset linked = open(token);
		return Optional.ofNullable((linked.current() != null) ? linked.current().thumbnail() : null)
			.map((t) -> this.files.open(linked.asset().getWorkspaceId(), t));
	}

	/** The client approves the current version through the link; the link then closes. */
	@Transactional
	public CreativeAsset approve(String token, ReviewDecisionRequest request, List<FieldProblem> unreadable) {
		ConstraintViolations.collect(this.validator, request, unreadable).throwIfAny();
		CreativeAsset asset = decidable(token);
		asset.approve(reviewer(request), CreativeAssetService.blankToNull(request.comment()), this.clock.now());
		return CreativeAssetService.loaded(this.assets.saveAndFlush(asset));
	}

	/** The client asks for changes through the link; the comment says which. */
	@Transactional
	public CreativeAsset requestChanges(String token, ReviewDecisionRequest request, List<FieldProblem> unreadable) {
		var problems = ConstraintViolations.collect(this.validator, request, unreadable);
		problems.check(problems.names("comment") || CreativeAssetService.blankToNull(request.comment()) != null,
				"comment", "is required: say what to change");
		problems.throwIfAny();
		CreativeAsset asset = decidable(token);
		asset.requestChanges(reviewer(request), request.comment().strip(), this.clock.now());
		return CreativeAssetService.loaded(this.assets.saveAndFlush(asset));
	}

	private CreativeAsset decidable(String token) {
		LinkedAsset linked = open(token);
		if (!linked.awaitsDecision()) {
			throw new ConflictException("asset-not-in-client-review", "This asset is not waiting for your review now");
		}
		return linked.asset();
	}

	private static Reviewer reviewer(ReviewDecisionRequest request) {
		String name = CreativeAssetService.blankToNull(request.name());
		return Reviewer.throughLink((name != null) ? name : UNNAMED);
	}

	private Optional<LinkedAsset> resolve(String token) {
		ReviewLinkSigner signer = this.key.signer();
		Instant now = this.clock.now();
		return signer.parse(token)
			.flatMap((parsed) -> this.links.findById(parsed.linkId())
				.filter((link) -> signer.verifies(parsed, link.getAssetId(), link.getExpiresAt())))
			.filter((link) -> link.isLive(now))
			.flatMap((link) -> this.assets.findWithVersionsByWorkspaceIdAndId(link.getWorkspaceId(), link.getAssetId())
				.filter((asset) -> asset.getStatus() != AssetStatus.APPROVED && !asset.isArchived())
				.map((asset) -> linked(link, CreativeAssetService.loaded(asset))));
	}

	private LinkedAsset linked(ReviewLink link, CreativeAsset asset) {
		CreativeAssetVersion current = asset.version(asset.getCurrentVersion()).orElse(null);
		List<ProofComment> open = (current == null) ? List.of()
				: this.comments
					.findByWorkspaceIdAndAssetIdAndVersionNumberOrderByCreatedAtAscIdAsc(asset.getWorkspaceId(),
							asset.getId(), current.getNumber())
					.stream()
					.filter((c) -> !c.isResolved())
					.toList();
		return new LinkedAsset(link, asset, current, open);
	}

	private String path(ReviewLink link) {
		return PATH + this.key.signer().sign(link.getId(), link.getAssetId(), link.getExpiresAt());
	}

}
