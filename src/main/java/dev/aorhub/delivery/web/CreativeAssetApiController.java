package dev.aorhub.delivery.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.delivery.AssetKind;
import dev.aorhub.delivery.AssetStatus;
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
import dev.aorhub.delivery.web.CreativeAssetApi.AssetResponse;
import dev.aorhub.delivery.web.CreativeAssetApi.CommentResponse;
import dev.aorhub.delivery.web.CreativeAssetApi.LinkResponse;
import dev.aorhub.delivery.web.CreativeAssetApi.VersionResponse;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.shared.web.PageResponse;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.shared.web.TypedBody;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.WorkspaceUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Creative assets: list, export, create, change, archive; versions (upload, list, file,
 * thumbnail); proofing comments; the approval verbs; review links for the client.
 */
@Tag(name = "Creative assets")
@RestController
@RequestMapping("/api/v1/creative-assets")
class CreativeAssetApiController {

	private final CreativeAssetService assets;

	private final ProofCommentService comments;

	private final ReviewLinkService links;

	private final CreativeAssetQueries queries;

	private final WorkspaceUsers users;

	private final JsonMapper json;

	CreativeAssetApiController(CreativeAssetService assets, ProofCommentService comments, ReviewLinkService links,
			CreativeAssetQueries queries, WorkspaceUsers users, JsonMapper json) {
		this.assets = assets;
		this.comments = comments;
		this.links = links;
		this.queries = queries;
		this.users = users;
		this.json = json;
	}

	@Operation(summary = "List creative assets")
	@GetMapping
	PageResponse<AssetResponse> list(CurrentUser viewer, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) UUID campaignId,
			@RequestParam(required = false) UUID clientId, @RequestParam(required = false) UUID brandId,
			@RequestParam(required = false) AssetStatus status, @RequestParam(required = false) AssetKind kind,
			@RequestParam(defaultValue = "false") boolean archived) {
		PageQuery query = PageQuery.of(page, size, q, sort, CreativeAssetQueries.SORTING);
		var filter = new CreativeAssetQueries.Filter(campaignId, clientId, brandId, status, kind, archived);
		return this.queries.page(viewer.workspaceId(), filter, query).map(AssetResponse::of);
	}

	@Operation(summary = "Export creative assets as CSV or XLSX")
	@GetMapping("/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> export(CurrentUser viewer, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) UUID campaignId, @RequestParam(required = false) UUID clientId,
			@RequestParam(required = false) UUID brandId, @RequestParam(required = false) AssetStatus status,
			@RequestParam(required = false) AssetKind kind, @RequestParam(defaultValue = "false") boolean archived) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		PageQuery query = PageQuery.forExport(q, sort, CreativeAssetQueries.SORTING);
		var filter = new CreativeAssetQueries.Filter(campaignId, clientId, brandId, status, kind, archived);
		return DeliveryExports.creativeAssets(this.queries.page(viewer.workspaceId(), filter, query).items())
			.toResponse(exportFormat, "creative-assets");
	}

	@Operation(summary = "Get a creative asset with its versions, rounds and decisions")
	@GetMapping("/{id}")
	AssetResponse get(CurrentUser viewer, @PathVariable UUID id) {
		return full(viewer, this.assets.withVersions(viewer, id));
	}

	@Operation(summary = "Create a creative asset (in progress, no version yet)")
	@PostMapping
	ResponseEntity<AssetResponse> create(CurrentUser user, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, CreativeAssetRequest.class);
		CreativeAsset asset = this.assets.create(user, request.value(), request.problems());
		return ResponseEntity.created(URI.create(CreativeAssetApi.BASE + asset.getId()))
			.body(full(user, this.assets.withVersions(user, asset.getId())));
	}

	@Operation(summary = "Update a creative asset (409 once approved)")
	@PutMapping("/{id}")
	AssetResponse update(CurrentUser user, @PathVariable UUID id, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, CreativeAssetRequest.class);
		this.assets.update(user, id, request.value(), request.problems());
		return get(user, id);
	}

	/** Assets keep their versions and decisions: DELETE archives. */
	@Operation(summary = "Archive a creative asset")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(CurrentUser user, @PathVariable UUID id) {
		this.assets.archive(user, id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "The versions of an asset, oldest first")
	@GetMapping("/{id}/versions")
	List<VersionResponse> versions(CurrentUser viewer, @PathVariable UUID id) {
		CreativeAsset asset = this.assets.withVersions(viewer, id);
		return asset.getVersions().stream().map((v) -> VersionResponse.of(id, v)).toList();
	}

	@Operation(summary = "Upload the next version (multipart file and notes); 409 when approved or in review")
	@PostMapping(path = "/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<VersionResponse> upload(CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String notes) {
		CreativeAssetVersion version = this.assets.addVersion(user, id, file, notes);
		return ResponseEntity.created(URI.create(CreativeAssetApi.BASE + id + "/versions/" + version.getNumber()))
			.body(VersionResponse.of(id, version));
	}

	@Operation(summary = "A version's file: shown inline for images, PDFs, video and audio")
	@GetMapping("/{id}/versions/{number}/file")
	ResponseEntity<Resource> file(CurrentUser viewer, @PathVariable UUID id, @PathVariable int number) {
		return CreativeFiles.inline(this.assets.open(viewer, id, number));
	}

	@Operation(summary = "A version's PNG thumbnail (404 for kinds without one)")
	@GetMapping("/{id}/versions/{number}/thumbnail")
	ResponseEntity<Resource> thumbnail(CurrentUser viewer, @PathVariable UUID id, @PathVariable int number) {
		return CreativeFiles.thumbnail(this.assets.openThumbnail(viewer, id, number));
	}

	@Operation(summary = "The proofing comments of a version")
	@GetMapping("/{id}/versions/{number}/comments")
	List<CommentResponse> comments(CurrentUser viewer, @PathVariable UUID id, @PathVariable int number) {
		return this.comments.of(viewer, id, number).stream().map(CommentResponse::of).toList();
	}

	@Operation(summary = "Comment on a version, pinned to x/y of an image (0–1) or a page of a PDF")
	@PostMapping("/{id}/versions/{number}/comments")
	ResponseEntity<CommentResponse> comment(CurrentUser user, @PathVariable UUID id, @PathVariable int number,
			@RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, ProofCommentRequest.class);
		var comment = this.comments.add(user, id, number, request.value(), request.problems());
		return ResponseEntity.created(URI.create(CreativeAssetApi.BASE + id + "/comments/" + comment.getId()))
			.body(CommentResponse.of(comment));
	}

	@Operation(summary = "Resolve a proofing comment")
	@PostMapping("/{id}/comments/{commentId}/resolve")
	CommentResponse resolve(CurrentUser user, @PathVariable UUID id, @PathVariable UUID commentId) {
		return CommentResponse.of(this.comments.resolve(user, id, commentId));
	}

	@Operation(summary = "Reopen a proofing comment")
	@PostMapping("/{id}/comments/{commentId}/reopen")
	CommentResponse reopen(CurrentUser user, @PathVariable UUID id, @PathVariable UUID commentId) {
		return CommentResponse.of(this.comments.reopen(user, id, commentId));
	}

	@Operation(summary = "Send to internal review; optional {reviewerIds, dueDate}")
	@PostMapping("/{id}/submit")
	AssetResponse submit(CurrentUser user, @PathVariable UUID id, @RequestBody(required = false) JsonNode body) {
		var request = round(body);
		return full(user, this.assets.submit(user, id, request.value(), request.problems()));
	}

	@Operation(summary = "Send to client review; optional {reviewerIds, clientReviewers, dueDate}")
	@PostMapping("/{id}/send-to-client")
	AssetResponse sendToClient(CurrentUser user, @PathVariable UUID id, @RequestBody(required = false) JsonNode body) {
		var request = round(body);
		return full(user, this.assets.sendToClient(user, id, request.value(), request.problems()));
	}

	@Operation(summary = "Approve the current version and lock it; optional {comment}")
	@PostMapping("/{id}/approve")
	AssetResponse approve(CurrentUser user, @PathVariable UUID id, @RequestBody(required = false) JsonNode body) {
		var request = decision(body);
		return full(user, this.assets.approve(user, id, request.value(), request.problems()));
	}

	@Operation(summary = "Ask for changes; {comment} is required")
	@PostMapping("/{id}/request-changes")
	AssetResponse requestChanges(CurrentUser user, @PathVariable UUID id,
			@RequestBody(required = false) JsonNode body) {
		var request = decision(body);
		return full(user, this.assets.requestChanges(user, id, request.value(), request.problems()));
	}

	@Operation(summary = "Create a client review link; optional {expiresAt} (default 7 days, at most 90)")
	@PostMapping("/{id}/review-links")
	ResponseEntity<LinkResponse> reviewLink(CurrentUser user, @PathVariable UUID id,
			@RequestBody(required = false) JsonNode body) {
		var request = TypedBody.readOptional(this.json, body, ReviewLinkRequest.class, ReviewLinkRequest.DEFAULTS);
		var issued = this.links.create(user, id, request.value(), request.problems());
		String url = ServletUriComponentsBuilder.fromCurrentContextPath().path(issued.path()).toUriString();
		return ResponseEntity.created(URI.create(url)).body(new LinkResponse(url, issued.link().getExpiresAt()));
	}

	private TypedBody.Read<ReviewRoundRequest> round(JsonNode body) {
		return TypedBody.readOptional(this.json, body, ReviewRoundRequest.class, ReviewRoundRequest.DEFAULTS);
	}

	private TypedBody.Read<ReviewDecisionRequest> decision(JsonNode body) {
		return TypedBody.readOptional(this.json, body, ReviewDecisionRequest.class, ReviewDecisionRequest.NONE);
	}

	private AssetResponse full(CurrentUser viewer, CreativeAsset asset) {
		Set<UUID> ids = asset.reviewerUserIds();
		Map<UUID, WorkspaceUsers.UserSummary> people = ids.isEmpty() ? Map.of()
				: this.users.find(viewer.workspaceId(), ids);
		return AssetResponse.full(asset, people);
	}

}
