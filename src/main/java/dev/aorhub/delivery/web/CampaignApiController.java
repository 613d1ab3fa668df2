package dev.aorhub.delivery.web;

import java.net.URI;
import java.util.UUID;

import dev.aorhub.delivery.CampaignStatus;
import dev.aorhub.delivery.application.CampaignRequest;
import dev.aorhub.delivery.application.CampaignService;
import dev.aorhub.delivery.domain.Campaign;
import dev.aorhub.delivery.web.DeliveryApi.CampaignResponse;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.shared.web.PageResponse;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.shared.web.TypedBody;
import dev.aorhub.workspace.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

/**
 * Campaigns: list, export, create, change, archive, and the status verbs.
 */
@Tag(name = "Campaigns")
@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignApiController {

	private final CampaignService campaigns;

	private final CampaignQueries queries;

	private final JsonMapper json;

	CampaignApiController(CampaignService campaigns, CampaignQueries queries, JsonMapper json) {
		this.campaigns = campaigns;
		this.queries = queries;
		this.json = json;
	}

	@Operation(summary = "List campaigns")
	@GetMapping
	PageResponse<CampaignResponse> list(CurrentUser viewer, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) UUID clientId,
			@RequestParam(required = false) UUID designationId, @RequestParam(required = false) UUID sowId,
			@RequestParam(required = false) CampaignStatus status, @RequestParam(required = false) UUID ownerId,
			@RequestParam(defaultValue = "false") boolean archived) {
		PageQuery query = PageQuery.of(page, size, q, sort, CampaignQueries.SORTING);
		var filter = new CampaignQueries.Filter(clientId, designationId, sowId, status, ownerId, archived);
		return this.queries.page(viewer.workspaceId(), filter, query).map(CampaignResponse::of);
	}

	@Operation(summary = "Export campaigns as CSV or XLSX")
	@GetMapping("/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> export(CurrentUser viewer, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) UUID clientId, @RequestParam(required = false) UUID designationId,
			@RequestParam(required = false) UUID sowId, @RequestParam(required = false) CampaignStatus status,
			@RequestParam(required = false) UUID ownerId, @RequestParam(defaultValue = "false") boolean archived) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		PageQuery query = PageQuery.forExport(q, sort, CampaignQueries.SORTING);
		var filter = new CampaignQueries.Filter(clientId, designationId, sowId, status, ownerId, archived);
		return DeliveryExports.campaigns(this.queries.page(viewer.workspaceId(), filter, query).items())
			.toResponse(exportFormat, "campaigns");
	}

	@Operation(summary = "Get a campaign")
	@GetMapping("/{id}")
	CampaignResponse get(CurrentUser viewer, @PathVariable UUID id) {
		return answer(viewer, id);
	}

	/**
	 * The body is read as a {@link CampaignRequest} that keeps going past a value of the
	 * wrong type, so the 422 names it with every other field at fault.
	 */
	@Operation(summary = "Create a campaign")
	@PostMapping
	ResponseEntity<CampaignResponse> create(CurrentUser user, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, CampaignRequest.class);
		Campaign campaign = this.campaigns.create(user, request.value(), request.problems());
		return ResponseEntity.created(URI.create("/api/v1/campaigns/" + campaign.getId()))
			.body(answer(user, campaign.getId()));
	}

	@Operation(summary = "Update a campaign; a new status must follow the state machine")
	@PutMapping("/{id}")
	CampaignResponse update(CurrentUser user, @PathVariable UUID id, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, CampaignRequest.class);
		this.campaigns.update(user, id, request.value(), request.problems());
		return answer(user, id);
	}

	/** Campaigns keep their tasks and time: DELETE archives. */
	@Operation(summary = "Archive a campaign")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(CurrentUser user, @PathVariable UUID id) {
		this.campaigns.archive(user, id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Launch a planned campaign")
	@PostMapping("/{id}/launch")
	CampaignResponse launch(CurrentUser user, @PathVariable UUID id) {
		return move(user, id, CampaignStatus.LIVE);
	}

	@Operation(summary = "Pause a live campaign")
	@PostMapping("/{id}/pause")
	CampaignResponse pause(CurrentUser user, @PathVariable UUID id) {
		return move(user, id, CampaignStatus.PAUSED);
	}

	@Operation(summary = "Resume a paused campaign")
	@PostMapping("/{id}/resume")
	CampaignResponse resume(CurrentUser user, @PathVariable UUID id) {
		return move(user, id, CampaignStatus.LIVE);
	}

	@Operation(summary = "Complete a campaign")
	@PostMapping("/{id}/complete")
	CampaignResponse complete(CurrentUser user, @PathVariable UUID id) {
		return move(user, id, CampaignStatus.COMPLETED);
	}

	private CampaignResponse move(CurrentUser user, UUID id, CampaignStatus target) {
		this.campaigns.changeStatus(user, id, target);
		return answer(user, id);
	}

	private CampaignResponse answer(CurrentUser user, UUID id) {
		return this.queries.find(user.workspaceId(), id)
			.map(CampaignResponse::of)
			.orElseThrow(() -> new NotFoundException(Campaign.ENTITY_TYPE, id));
	}

}
