package dev.aorhub.delivery.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.clients.BrandSummary;
import dev.aorhub.clients.Clients;
import dev.aorhub.delivery.AssetKind;
import dev.aorhub.delivery.AssetStatus;
import dev.aorhub.delivery.application.BrandGuidelineService;
import dev.aorhub.delivery.application.CreativeAssetRequest;
import dev.aorhub.delivery.application.CreativeAssetService;
import dev.aorhub.delivery.application.ProofCommentRequest;
import dev.aorhub.delivery.application.ProofCommentService;
import dev.aorhub.delivery.application.ReviewDecisionRequest;
import dev.aorhub.delivery.application.ReviewLinkRequest;
import dev.aorhub.delivery.application.ReviewLinkService;
import dev.aorhub.delivery.application.ReviewRoundRequest;
import dev.aorhub.delivery.domain.CreativeAsset;
import dev.aorhub.delivery.domain.CreativeAssetVersion;
import dev.aorhub.delivery.domain.ProofComment;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.shared.web.FormErrors;
import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.workspace.CanApprove;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.WorkspaceUsers;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static dev.aorhub.shared.web.FormBinding.unreadable;

/**
 * The creative pages: the assets list, the form, an asset under review (its version with
 * pinned comments, versions, approval round and decisions, review links, the brand's
 * guidelines), the side-by-side compare and a person's review queue.
 */
@Controller
class CreativeAssetPagesController {

	private final CreativeAssetService assets;

	private final ProofCommentService comments;

	private final ReviewLinkService links;

	private final CreativeAssetQueries queries;

	private final CampaignQueries campaigns;

	private final Clients clients;

	private final WorkspaceUsers users;

	private final WorkspaceClock clock;

	private final BrandGuidelineService guidelines;

	CreativeAssetPagesController(CreativeAssetService assets, ProofCommentService comments, ReviewLinkService links,
			CreativeAssetQueries queries, CampaignQueries campaigns, Clients clients, WorkspaceUsers users,
			WorkspaceClock clock, BrandGuidelineService guidelines) {
		this.guidelines = guidelines;
		this.assets = assets;
		this.comments = comments;
		this.links = links;
		this.queries = queries;
		this.campaigns = campaigns;
		this.clients = clients;
		this.users = users;
		this.clock = clock;
	}

	@GetMapping("/assets")
	String list(CurrentUser user, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) UUID campaignId, @RequestParam(required = false) AssetStatus status,
			@RequestParam(required = false) AssetKind kind, Model model) {
		PageQuery query = PageQuery.of(page, 25, q, sort, CreativeAssetQueries.SORTING);
		var filter = new CreativeAssetQueries.Filter(campaignId, null, null, status, kind, false);
		model.addAttribute("query", query);
		model.addAttribute("campaignId", campaignId);
		model.addAttribute("status", status);
		model.addAttribute("kind", kind);
		model.addAttribute("statuses", AssetStatus.values());
		model.addAttribute("kinds", AssetKind.values());
		model.addAttribute("campaigns", campaignChoices(user));
		model.addAttribute("assets", this.queries.page(user.workspaceId(), filter, query));
		model.addAttribute("today", this.clock.today(user.workspaceId()));
		return "delivery/assets";
	}

	@GetMapping("/assets/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> export(CurrentUser user, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) UUID campaignId, @RequestParam(required = false) AssetStatus status,
			@RequestParam(required = false) AssetKind kind) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		var filter = new CreativeAssetQueries.Filter(campaignId, null, null, status, kind, false);
		return DeliveryExports
			.creativeAssets(this.queries
				.page(user.workspaceId(), filter, PageQuery.forExport(q, sort, CreativeAssetQueries.SORTING))
				.items())
			.toResponse(exportFormat, "creative-assets");
	}

	@GetMapping("/review-queue")
	String queue(CurrentUser user, Model model) {
		LocalDate today = this.clock.today(user.workspaceId());
		boolean owned = user.canApprove();
		model.addAttribute("assets", this.queries.queueOf(user.workspaceId(), user.userId(), owned, today));
		model.addAttribute("today", today);
		return "delivery/review-queue";
	}

	@CanEdit
	@GetMapping("/assets/new")
	String newAsset(CurrentUser user, @RequestParam(required = false) UUID campaignId, Model model) {
		return form(user, new CreativeAssetRequest(campaignId, null, "", AssetKind.IMAGE, null), Map.of(), model);
	}

	@CanEdit
	@PostMapping("/assets/new")
	String create(CurrentUser user, @ModelAttribute("form") CreativeAssetRequest request, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		try {
			CreativeAsset asset = this.assets.create(user, request, unreadable(binding));
			redirect.addFlashAttribute("flash", "Created the asset " + asset.getName() + ": upload its first version.");
			return "redirect:/assets/" + asset.getId();
		}
		catch (InvalidInputException ex) {
			return form(user, request, FormErrors.of(ex), model);
		}
	}

	/** The brand select for the campaign chosen in the form, which htmx swaps in. */
	@GetMapping("/assets/brands")
	String brands(CurrentUser user, @RequestParam(required = false) UUID campaignId, Model model) {
		model.addAttribute("brands", brandsOf(user, campaignId));
		model.addAttribute("form", new CreativeAssetRequest(campaignId, null, null, null, null));
		model.addAttribute("errors", Map.of());
		return "delivery/asset-form :: brands";
	}

	@GetMapping("/assets/{id}")
	String show(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) Integer v, Model model) {
		return page(user, id, v, Map.of(), model);
	}

	@GetMapping("/assets/{id}/compare")
	String compare(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) Integer a,
			@RequestParam(required = false) Integer b, Model model) {
		CreativeAsset asset = this.assets.withVersions(user, id);
		int current = asset.getCurrentVersion();
		int left = (a != null) ? a : Math.max(1, current - 1);
		int right = (b != null) ? b : current;
		CreativeAssetVersion older = asset.version(left)
			.orElseThrow(() -> new NotFoundException("Version " + left + " of the asset", id));
		CreativeAssetVersion newer = asset.version(right)
			.orElseThrow(() -> new NotFoundException("Version " + right + " of the asset", id));
		model.addAttribute("asset", asset);
		model.addAttribute("left", older);
		model.addAttribute("right", newer);
		List<ProofComment> leftComments = this.comments.of(user, id, left);
		List<ProofComment> rightComments = this.comments.of(user, id, right);
		model.addAttribute("leftComments", leftComments);
		model.addAttribute("rightComments", rightComments);
		model.addAttribute("leftPins", CreativeText.pinNumbers(leftComments));
		model.addAttribute("rightPins", CreativeText.pinNumbers(rightComments));
		model.addAttribute("fileBase", "/assets/" + id + "/versions/");
		return "delivery/asset-compare";
	}

	@GetMapping("/assets/{id}/versions/{number}/file")
	ResponseEntity<Resource> file(CurrentUser user, @PathVariable UUID id, @PathVariable int number) {
		return CreativeFiles.inline(this.assets.open(user, id, number));
	}

	@GetMapping("/assets/{id}/versions/{number}/thumbnail")
	ResponseEntity<Resource> thumbnail(CurrentUser user, @PathVariable UUID id, @PathVariable int number) {
		return CreativeFiles.thumbnail(this.assets.openThumbnail(user, id, number));
	}

	@CanEdit
	@PostMapping("/assets/{id}/versions")
	String upload(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String notes, Model model, RedirectAttributes redirect) {
		return act(user, id, null, model, redirect, () -> {
			CreativeAssetVersion version = this.assets.addVersion(user, id, file, notes);
			return "Uploaded version " + version.getNumber() + ".";
		});
	}

	@CanEdit
	@PostMapping("/assets/{id}/versions/{number}/comments")
	String comment(CurrentUser user, @PathVariable UUID id, @PathVariable int number,
			@ModelAttribute ProofCommentRequest request, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		return act(user, id, number, model, redirect, () -> {
			this.comments.add(user, id, number, request, unreadable(binding));
			return "Added the comment.";
		});
	}

	@CanEdit
	@PostMapping("/assets/{id}/comments/{commentId}/resolve")
	String resolve(CurrentUser user, @PathVariable UUID id, @PathVariable UUID commentId,
			@RequestParam(required = false) Integer v, Model model, RedirectAttributes redirect) {
		return act(user, id, v, model, redirect, () -> {
			this.comments.resolve(user, id, commentId);
			return "Resolved the comment.";
		});
	}

	@CanEdit
	@PostMapping("/assets/{id}/comments/{commentId}/reopen")
	String reopen(CurrentUser user, @PathVariable UUID id, @PathVariable UUID commentId,
			@RequestParam(required = false) Integer v, Model model, RedirectAttributes redirect) {
		return act(user, id, v, model, redirect, () -> {
			this.comments.reopen(user, id, commentId);
			return "Reopened the comment.";
		});
	}

	@CanEdit
	@PostMapping("/assets/{id}/submit")
	String submit(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) List<UUID> reviewerIds,
			@RequestParam(required = false) LocalDate dueDate, Model model, RedirectAttributes redirect) {
		return act(user, id, null, model, redirect, () -> {
			this.assets.submit(user, id, new ReviewRoundRequest(reviewerIds, null, dueDate), List.of());
			return "Sent to internal review.";
		});
	}

	@CanEdit
	@PostMapping("/assets/{id}/send-to-client")
	String sendToClient(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String clientName,
			@RequestParam(required = false) String clientEmail, @RequestParam(required = false) LocalDate dueDate,
			Model model, RedirectAttributes redirect) {
		boolean named = CreativeText.present(clientName) || CreativeText.present(clientEmail);
		var reviewers = named ? List
			.of(new ReviewRoundRequest.ClientReviewer(CreativeText.trim(clientName), CreativeText.trim(clientEmail)))
				: List.<ReviewRoundRequest.ClientReviewer>of();
		return act(user, id, null, model, redirect, () -> {
			this.assets.sendToClient(user, id, new ReviewRoundRequest(List.of(user.userId()), reviewers, dueDate),
					List.of());
			return "Sent to client review: share a review link with the client.";
		});
	}

	@CanApprove
	@PostMapping("/assets/{id}/approve")
	String approve(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String comment, Model model,
			RedirectAttributes redirect) {
		return act(user, id, null, model, redirect, () -> {
			CreativeAsset asset = this.assets.approve(user, id, new ReviewDecisionRequest(comment, null), List.of());
			return "Approved version " + asset.getApprovedVersion() + ": it is locked.";
		});
	}

	@CanEdit
	@PostMapping("/assets/{id}/request-changes")
	String requestChanges(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String comment,
			Model model, RedirectAttributes redirect) {
		return act(user, id, null, model, redirect, () -> {
			this.assets.requestChanges(user, id, new ReviewDecisionRequest(comment, null), List.of());
			return "Asked for changes.";
		});
	}

	@CanEdit
	@PostMapping("/assets/{id}/review-links")
	String createLink(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) Integer days,
			Model model, RedirectAttributes redirect) {
		return act(user, id, null, model, redirect, () -> {
			OffsetDateTime expiry = (days != null)
					? OffsetDateTime.ofInstant(this.clock.now(), ZoneOffset.UTC).plusDays(days) : null;
			this.links.create(user, id, new ReviewLinkRequest(expiry), List.of());
			return "Created a review link: copy it for the client.";
		});
	}

	@CanEdit
	@PostMapping("/assets/{id}/review-links/{linkId}/revoke")
	String revokeLink(CurrentUser user, @PathVariable UUID id, @PathVariable UUID linkId, Model model,
			RedirectAttributes redirect) {
		return act(user, id, null, model, redirect, () -> {
			this.links.revoke(user, id, linkId);
			return "Revoked the review link.";
		});
	}

	@CanEdit
	@PostMapping("/assets/{id}/archive")
	String archive(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		CreativeAsset asset = this.assets.archive(user, id);
		redirect.addFlashAttribute("flash", "Archived the asset " + asset.getName() + ".");
		return "redirect:/assets";
	}

	/**
	 * An action of the asset page: a flash and back, or the page with the problems beside
	 * their fields.
	 */
	private String act(CurrentUser user, UUID id, Integer version, Model model, RedirectAttributes redirect,
			java.util.function.Supplier<String> action) {
		try {
			redirect.addFlashAttribute("flash", action.get());
			return "redirect:/assets/" + id + ((version != null) ? "?v=" + version : "");
		}
		catch (InvalidInputException ex) {
			return page(user, id, version, FormErrors.of(ex), model);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:/assets/" + id + ((version != null) ? "?v=" + version : "");
		}
	}

	private String page(CurrentUser user, UUID id, Integer v, Map<String, String> errors, Model model) {
		CreativeAsset asset = this.assets.withVersions(user, id);
		CreativeAssetQueries.Row row = this.queries.find(user.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException(CreativeAsset.ENTITY_TYPE, id));
		int shown = (v != null) ? v : asset.getCurrentVersion();
		CreativeAssetVersion version = (shown > 0) ? asset.version(shown)
			.orElseThrow(() -> new NotFoundException("Version " + shown + " of the asset", id)) : null;
		List<ProofComment> versionComments = (version != null) ? this.comments.of(user, id, shown) : List.of();
		Set<UUID> people = asset.reviewerUserIds();
		model.addAttribute("asset", asset);
		model.addAttribute("row", row);
		model.addAttribute("shown", version);
		model.addAttribute("comments", versionComments);
		model.addAttribute("pins", CreativeText.pinNumbers(versionComments));
		model.addAttribute("round", asset.openRound().orElse(null));
		model.addAttribute("people", people.isEmpty() ? Map.of() : this.users.find(user.workspaceId(), people));
		model.addAttribute("links", this.links.liveLinks(user, asset));
		model.addAttribute("linkBase",
				org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
					.toUriString());
		model.addAttribute("staff", this.users.staff(user.workspaceId()));
		model.addAttribute("today", this.clock.today(user.workspaceId()));
		model.addAttribute("errors", errors);
		model.addAttribute("fileBase", "/assets/" + id + "/versions/");
		// The brand's guidelines beside the asset under review.
		model.addAttribute("guide",
				(asset.getBrandId() != null) ? this.guidelines.view(user, asset.getBrandId()) : null);
		return "delivery/asset";
	}

	private String form(CurrentUser user, CreativeAssetRequest form, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("campaigns", campaignChoices(user));
		model.addAttribute("kinds", AssetKind.values());
		model.addAttribute("brands", brandsOf(user, form.campaignId()));
		return "delivery/asset-form";
	}

	private List<CampaignQueries.Row> campaignChoices(CurrentUser user) {
		var filter = new CampaignQueries.Filter(null, null, null, null, null, false);
		return this.campaigns
			.page(user.workspaceId(), filter,
					PageQuery.of(0, PageQuery.MAX_SIZE, null, "name,asc", CampaignQueries.SORTING))
			.items();
	}

	private List<BrandSummary> brandsOf(CurrentUser user, UUID campaignId) {
		if (campaignId == null) {
			return List.of();
		}
		return this.campaigns.find(user.workspaceId(), campaignId)
			.map((c) -> this.clients.brands(user.workspaceId(), c.clientId()))
			.orElse(List.of());
	}

}
