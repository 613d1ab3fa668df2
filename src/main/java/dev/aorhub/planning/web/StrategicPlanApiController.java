package dev.aorhub.planning.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.aorhub.planning.StrategicPlanStatus;
import dev.aorhub.planning.application.StrategicPlanRequest;
import dev.aorhub.planning.application.StrategicPlanService;
import dev.aorhub.planning.domain.PlanSnapshot;
import dev.aorhub.planning.web.PlanApi.PlanResponse;
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

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

/**
 * Strategic plans: list, export, create, change, archive, the verbs (share, approve, new
 * version) and the PDF. A change to a shared plan takes it back to draft; an approved
 * plan is locked (409) until a new version is started from it.
 */
@Tag(name = "Strategic plans")
@RestController
@RequestMapping("/api/v1/strategic-plans")
class StrategicPlanApiController {

	private final StrategicPlanService plans;

	private final PlanQueries queries;

	private final PlanDocument document;

	private final PlanWarnings warnings;

	private final JsonMapper json;

	StrategicPlanApiController(StrategicPlanService plans, PlanQueries queries, PlanDocument document,
			PlanWarnings warnings, JsonMapper json) {
		this.plans = plans;
		this.queries = queries;
		this.document = document;
		this.warnings = warnings;
		this.json = json;
	}

	@Operation(summary = "List strategic plans",
			description = "Every version of every plan unless current=true; archived plans only with archived=true.")
	@GetMapping
	PageResponse<PlanResponse> list(CurrentUser viewer, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) UUID clientId,
			@RequestParam(required = false) UUID designationId,
			@RequestParam(required = false) StrategicPlanStatus status,
			@RequestParam(defaultValue = "false") boolean current,
			@RequestParam(defaultValue = "false") boolean archived) {
		PageQuery query = PageQuery.of(page, size, q, sort, PlanQueries.SORTING);
		var filter = new PlanQueries.Filter(clientId, designationId, status, archived, current);
		PageResponse<PlanQueries.Row> rows = this.queries.page(viewer.workspaceId(), filter, query);
		List<PlanResponse> items = this.queries.withLists(viewer.workspaceId(), rows.items())
			.stream()
			.map((plan) -> PlanResponse.of(plan, List.of()))
			.toList();
		return new PageResponse<>(items, rows.page(), rows.size(), rows.total());
	}

	@Operation(summary = "Export strategic plans as CSV or XLSX")
	@GetMapping("/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> export(CurrentUser viewer, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) UUID clientId, @RequestParam(required = false) UUID designationId,
			@RequestParam(required = false) StrategicPlanStatus status,
			@RequestParam(defaultValue = "false") boolean current,
			@RequestParam(defaultValue = "false") boolean archived) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		PageQuery query = PageQuery.forExport(q, sort, PlanQueries.SORTING);
		var filter = new PlanQueries.Filter(clientId, designationId, status, archived, current);
		return PlanExports.plans(this.queries.page(viewer.workspaceId(), filter, query).items())
			.toResponse(exportFormat, "strategic-plans");
	}

	@Operation(summary = "Get a strategic plan")
	@GetMapping("/{id}")
	PlanResponse get(CurrentUser viewer, @PathVariable UUID id) {
		return answer(viewer, id);
	}

	/**
	 * The body is read as a {@link StrategicPlanRequest} that keeps going past a value of
	 * the wrong type, so the 422 names it with every other field at fault.
	 */
	@Operation(summary = "Create a strategic plan (version 1)")
	@PostMapping
	ResponseEntity<PlanResponse> create(CurrentUser user, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, StrategicPlanRequest.class);
		PlanSnapshot plan = this.plans.create(user, request.value(), request.problems());
		return ResponseEntity.created(URI.create("/api/v1/strategic-plans/" + plan.id())).body(answer(user, plan.id()));
	}

	@Operation(summary = "Update a strategic plan",
			description = "An approved plan is locked (409); a shared plan goes back to DRAFT. The status moves only through the verbs.")
	@PutMapping("/{id}")
	PlanResponse update(CurrentUser user, @PathVariable UUID id, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, StrategicPlanRequest.class);
		this.plans.update(user, id, request.value(), request.problems());
		return answer(user, id);
	}

	/** Plans are the account's history: DELETE archives. */
	@Operation(summary = "Archive a strategic plan")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(CurrentUser user, @PathVariable UUID id) {
		this.plans.archive(user, id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Share a draft plan with the client")
	@PostMapping("/{id}/share")
	PlanResponse share(CurrentUser user, @PathVariable UUID id) {
		this.plans.share(user, id);
		return answer(user, id);
	}

	@Operation(summary = "Record the client's approval of a shared plan, which locks it (ADMIN, ACCOUNT, FINANCE)")
	@PostMapping("/{id}/approve")
	PlanResponse approve(CurrentUser user, @PathVariable UUID id) {
		this.plans.approve(user, id);
		return answer(user, id);
	}

	@Operation(summary = "Start the next version of a shared or approved plan, a draft copying everything")
	@PostMapping("/{id}/new-version")
	ResponseEntity<PlanResponse> newVersion(CurrentUser user, @PathVariable UUID id) {
		PlanSnapshot next = this.plans.newVersion(user, id);
		return ResponseEntity.created(URI.create("/api/v1/strategic-plans/" + next.id())).body(answer(user, next.id()));
	}

	@Operation(summary = "Download a strategic plan as PDF")
	@GetMapping(path = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@RateLimited(LimitedOperation.PDF)
	ResponseEntity<byte[]> pdf(CurrentUser user, @PathVariable UUID id) {
		PlanDocument.Pdf pdf = this.document.render(user, id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(pdf.fileName()).build().toString())
			.body(pdf.bytes());
	}

	private PlanResponse answer(CurrentUser user, UUID id) {
		PlanQueries.Plan plan = this.queries.plan(user.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("Strategic plan", id));
		return PlanResponse.of(plan, this.warnings.of(user, plan));
	}

}
