package dev.aorhub.delivery.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.aorhub.clients.BrandSummary;
import dev.aorhub.clients.Clients;
import dev.aorhub.delivery.AssetKind;
import dev.aorhub.delivery.AssetStatus;
import dev.aorhub.delivery.domain.Campaign;
import dev.aorhub.delivery.domain.CampaignRepository;
import dev.aorhub.delivery.domain.CreativeAsset;
import dev.aorhub.delivery.domain.CreativeAssetDetails;
import dev.aorhub.delivery.domain.CreativeAssetRepository;
import dev.aorhub.delivery.domain.CreativeAssetVersion;
import dev.aorhub.delivery.domain.Reviewer;
import dev.aorhub.delivery.domain.RoundPlan;
import dev.aorhub.delivery.domain.RoundReviewer;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.StaleVersionException;
import dev.aorhub.shared.attachments.Attachments;
import dev.aorhub.shared.attachments.FileDownload;
import dev.aorhub.shared.attachments.StoredFile;
import dev.aorhub.shared.attachments.Uploads;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.shared.validation.ConstraintViolations;
import dev.aorhub.workspace.CanApprove;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.WorkspaceUsers;
import jakarta.validation.Validator;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Creative assets of campaigns: create and change them, upload versions, and move them
 * through their review rounds. Approving is for the agency's approvers
 * ({@link CanApprove}: admin, account and finance, the people who answer to the client
 * for its brand), both after an internal review and to record a client's approval given
 * outside AOR Hub; a client approves through a review link ({@link ReviewLinkService}).
 * Everyone who edits may submit, send to the client and ask for changes.
 */
@Service
public class CreativeAssetService {

	/** Days an internal review round has when the request names no due date. */
	public static final int INTERNAL_REVIEW_DAYS = 2;

	/** Days a client review round has when the request names no due date. */
	public static final int CLIENT_REVIEW_DAYS = 5;

	/** The longest notes of a version. */
	public static final int MAX_NOTES = 4000;

	private final CreativeAssetRepository assets;

	private final CampaignRepository campaigns;

	private final Clients clients;

	private final WorkspaceUsers users;

	private final Attachments files;

	private final WorkspaceClock clock;

	private final Validator validator;

	CreativeAssetService(CreativeAssetRepository assets, CampaignRepository campaigns, Clients clients,
			WorkspaceUsers users, Attachments files, WorkspaceClock clock, Validator validator) {
		this.assets = assets;
		this.campaigns = campaigns;
		this.clients = clients;
		this.users = users;
		this.files = files;
		this.clock = clock;
		this.validator = validator;
	}

	@Transactional(readOnly = true)
	public CreativeAsset get(CurrentUser viewer, UUID id) {
		return this.assets.findByWorkspaceIdAndId(viewer.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException(CreativeAsset.ENTITY_TYPE, id));
	}

	/**
	 * The whole asset, for a page or an answer read after the transaction: its versions
	 * (with the asset, one statement), rounds, their reviewers (batched) and decisions.
	 */
	@Transactional(readOnly = true)
	public CreativeAsset withVersions(CurrentUser viewer, UUID id) {
		return loaded(this.assets.findWithVersionsByWorkspaceIdAndId(viewer.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException(CreativeAsset.ENTITY_TYPE, id)));
	}

	/** Loads what the answers read of an asset, inside the caller's transaction. */
	static CreativeAsset loaded(CreativeAsset asset) {
		asset.getVersions();
		asset.getRounds().forEach((round) -> round.getReviewers());
		asset.getDecisions();
		return asset;
	}

	@CanEdit
	@Transactional
	public CreativeAsset create(CurrentUser actor, CreativeAssetRequest request, List<FieldProblem> unreadable) {
		CreativeAssetDetails details = validate(actor, request, unreadable, null);
		return loaded(this.assets.saveAndFlush(new CreativeAsset(actor.workspaceId(), details)));
	}

	/**
	 * Changes what an asset is, with the version the caller saw; approved is locked
	 * (409).
	 */
	@CanEdit
	@Transactional
	public CreativeAsset update(CurrentUser actor, UUID id, CreativeAssetRequest request,
			List<FieldProblem> unreadable) {
		CreativeAsset asset = get(actor, id);
		StaleVersionException.check("The creative asset", request.version(), asset.getVersion());
		CreativeAssetDetails details = validate(actor, request, unreadable, asset);
		asset.revise(details);
		return loaded(this.assets.saveAndFlush(asset));
	}

	@CanEdit
	@Transactional
	public CreativeAsset archive(CurrentUser actor, UUID id) {
		CreativeAsset asset = get(actor, id);
		asset.archive();
		return loaded(this.assets.saveAndFlush(asset));
	}

	/**
	 * Uploads the next version with its notes: refused (409) when the asset is approved
	 * or in review, before anything is stored; the file must be of the asset's kind
	 * (422).
	 */
	@CanEdit
	@Transactional
	public CreativeAssetVersion addVersion(CurrentUser actor, UUID id, MultipartFile file, String notes) {
		CreativeAsset asset = withVersions(actor, id);
		asset.requireOpenForNewVersion();
		String cleanNotes = (notes == null || notes.isBlank()) ? null : notes.strip();
		var problems = new InvalidInputException.Collector();
		problems.check(cleanNotes == null || cleanNotes.length() <= MAX_NOTES, "notes",
				"must be at most " + MAX_NOTES + " characters");
		if (file != null && file.getSize() > 0 && file.getContentType() != null) {
			String type = file.getContentType().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
			problems.check(asset.getKind().contentTypes().contains(type), "file", kindMessage(asset.getKind()));
		}
		problems.throwIfAny();
		StoredFile stored = this.files.store(actor.workspaceId(), actor.userId(), file, Uploads.CREATIVE);
		StoredFile thumbnail = thumbnail(actor, stored, file);
		CreativeAssetVersion version = asset.addVersion(stored, thumbnail, cleanNotes);
		this.assets.saveAndFlush(asset);
		return version;
	}

	@CanEdit
	@Transactional
	public CreativeAsset submit(CurrentUser actor, UUID id, ReviewRoundRequest request, List<FieldProblem> unreadable) {
		CreativeAsset asset = get(actor, id);
		asset.getStatus().requireCanBecome(AssetStatus.INTERNAL_REVIEW);
		RoundPlan plan = plan(actor, asset, request, unreadable, AssetStatus.INTERNAL_REVIEW);
		asset.submit(plan, reviewer(actor), this.clock.now());
		return loaded(this.assets.saveAndFlush(asset));
	}

	@CanEdit
	@Transactional
	public CreativeAsset sendToClient(CurrentUser actor, UUID id, ReviewRoundRequest request,
			List<FieldProblem> unreadable) {
		CreativeAsset asset = get(actor, id);
		asset.getStatus().requireCanBecome(AssetStatus.CLIENT_REVIEW);
		RoundPlan plan = plan(actor, asset, request, unreadable, AssetStatus.CLIENT_REVIEW);
		asset.sendToClient(plan, reviewer(actor), this.clock.now());
		return loaded(this.assets.saveAndFlush(asset));
	}

	/**
	 * Approves the current version (from internal review: the agency's own approval; from
	 * client review: recording the client's), and locks it.
	 */
	@CanApprove
	@Transactional
	public CreativeAsset approve(CurrentUser actor, UUID id, ReviewDecisionRequest request,
			List<FieldProblem> unreadable) {
		ConstraintViolations.collect(this.validator, request, unreadable).throwIfAny();
		CreativeAsset asset = get(actor, id);
		asset.approve(reviewer(actor), blankToNull(request.comment()), this.clock.now());
		return loaded(this.assets.saveAndFlush(asset));
	}

	@CanEdit
	@Transactional
	public CreativeAsset requestChanges(CurrentUser actor, UUID id, ReviewDecisionRequest request,
			List<FieldProblem> unreadable) {
		var problems = ConstraintViolations.collect(this.validator, request, unreadable);
		problems.check(problems.names("comment") || blankToNull(request.comment()) != null, "comment",
				"is required: say what to change");
		problems.throwIfAny();
		CreativeAsset asset = get(actor, id);
		asset.requestChanges(reviewer(actor), request.comment().strip(), this.clock.now());
		return loaded(this.assets.saveAndFlush(asset));
	}

	/** A version's file, for a viewer of the workspace. */
	@Transactional(readOnly = true)
	public FileDownload open(CurrentUser viewer, UUID id, int number) {
		return this.files.open(viewer.workspaceId(), version(withVersions(viewer, id), number).getFile());
	}

	/** A version's thumbnail, if its kind has one. */
	@Transactional(readOnly = true)
	public java.util.Optional<FileDownload> openThumbnail(CurrentUser viewer, UUID id, int number) {
		StoredFile thumbnail = version(withVersions(viewer, id), number).thumbnail();
		return java.util.Optional.ofNullable(thumbnail).map((t) -> this.files.open(viewer.workspaceId(), t));
	}

	static CreativeAssetVersion version(CreativeAsset asset, int number) {
		return asset.version(number)
			.orElseThrow(() -> new NotFoundException("Version " + number + " of the creative asset", asset.getId()));
	}

	static Reviewer reviewer(CurrentUser user) {
		return Reviewer.user(user.userId(), user.name());
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private StoredFile thumbnail(CurrentUser actor, StoredFile stored, MultipartFile file) {
		if (!AssetThumbnails.supports(stored.contentType())) {
			return null;
		}
		byte[] png;
		try (InputStream in = file.getInputStream()) {
			png = AssetThumbnails.of(stored.contentType(), in).orElse(null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the upload", ex);
		}
		if (png == null) {
			return null;
		}
		return this.files.store(actor.workspaceId(), actor.userId(), "thumbnail.png",
				CreativeAssetVersion.THUMBNAIL_TYPE, png.length, new ByteArrayResource(png));
	}

	private RoundPlan plan(CurrentUser actor, CreativeAsset asset, ReviewRoundRequest input,
			List<FieldProblem> unreadable, AssetStatus stage) {
		UUID workspaceId = actor.workspaceId();
		var problems = ConstraintViolations.collect(this.validator, input, unreadable);
		LocalDate today = this.clock.today(workspaceId);
		problems.check(input.dueDate() == null || !input.dueDate().isBefore(today), "dueDate",
				"must be today or later");
		List<RoundReviewer> reviewers = new ArrayList<>();
		Set<UUID> ids = new LinkedHashSet<>((input.reviewerIds() != null) ? input.reviewerIds() : List.of());
		ids.remove(null);
		if (!ids.isEmpty()) {
			Set<UUID> staff = this.users.staff(workspaceId)
				.stream()
				.map(WorkspaceUsers.UserSummary::id)
				.collect(Collectors.toSet());
			problems.check(staff.containsAll(ids), "reviewerIds",
					"must all be active members of this workspace's staff");
		}
		List<ReviewRoundRequest.ClientReviewer> clientReviewers = (input.clientReviewers() != null)
				? input.clientReviewers() : List.of();
		if (!clientReviewers.isEmpty() && stage != AssetStatus.CLIENT_REVIEW) {
			problems.add("clientReviewers", "are for client review only; name users as reviewerIds");
		}
		for (int i = 0; i < clientReviewers.size(); i++) {
			ReviewRoundRequest.ClientReviewer person = clientReviewers.get(i);
			problems.check(
					person != null && (blankToNull(person.name()) != null || blankToNull(person.email()) != null),
					"clientReviewers[" + i + "]", "needs a name or an e-mail");
		}
		problems.throwIfAny();
		if (ids.isEmpty() && clientReviewers.isEmpty()) {
			this.campaigns.findByWorkspaceIdAndId(workspaceId, asset.getCampaignId())
				.map(Campaign::getOwnerId)
				.ifPresent(ids::add);
		}
		ids.forEach((id) -> reviewers.add(new RoundReviewer(workspaceId, id, null, null)));
		clientReviewers.forEach((p) -> reviewers
			.add(new RoundReviewer(workspaceId, null, blankToNull(p.name()), blankToNull(p.email()))));
		LocalDate due = (input.dueDate() != null) ? input.dueDate()
				: today.plusDays((stage == AssetStatus.CLIENT_REVIEW) ? CLIENT_REVIEW_DAYS : INTERNAL_REVIEW_DAYS);
		return new RoundPlan(reviewers, due);
	}

	private CreativeAssetDetails validate(CurrentUser actor, CreativeAssetRequest input, List<FieldProblem> unreadable,
			CreativeAsset existing) {
		UUID workspaceId = actor.workspaceId();
		InvalidInputException.Collector problems = ConstraintViolations.collect(this.validator, input, unreadable);
		Campaign campaign = null;
		if (input.campaignId() != null) {
			campaign = this.campaigns.findByWorkspaceIdAndId(workspaceId, input.campaignId()).orElse(null);
			boolean unchanged = existing != null && input.campaignId().equals(existing.getCampaignId());
			if (campaign == null) {
				problems.add("campaignId", "is not a campaign of this workspace");
			}
			else if (campaign.isArchived() && !unchanged) {
				problems.add("campaignId", "is archived; pick a current campaign");
			}
		}
		if (input.brandId() != null && campaign != null) {
			BrandSummary brand = this.clients.findBrand(workspaceId, input.brandId()).orElse(null);
			boolean unchanged = existing != null && input.brandId().equals(existing.getBrandId());
			if (brand == null || !brand.clientId().equals(campaign.getClientId())) {
				problems.add("brandId", "is not a brand of the campaign's client");
			}
			else if (brand.archived() && !unchanged) {
				problems.add("brandId", "is archived; pick a current brand");
			}
		}
		if (existing != null && input.kind() != null && input.kind() != existing.getKind()
				&& existing.getCurrentVersion() > 0) {
			problems.add("kind", "cannot change once a version is uploaded (it is " + existing.getKind().name() + ")");
		}
		problems.throwIfAny();
		return new CreativeAssetDetails(input.campaignId(), campaign.getClientId(), input.brandId(),
				input.name().strip(), input.kind());
	}

	static String kindMessage(AssetKind kind) {
		return "is not a file a " + kind.label().toLowerCase(Locale.ROOT) + " asset takes ("
				+ kind.contentTypes().stream().sorted().collect(Collectors.joining(", ")) + ")";
	}

}
