package dev.aorhub.relationships.web;

import java.net.URI;
import java.util.UUID;

import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.relationships.DesignationKind;
import dev.aorhub.relationships.DesignationStatus;
import dev.aorhub.relationships.application.DesignationRequest;
import dev.aorhub.relationships.application.DesignationResult;
import dev.aorhub.relationships.application.DesignationService;
import dev.aorhub.relationships.application.RenewalRequest;
import dev.aorhub.relationships.domain.Designation;
import dev.aorhub.relationships.web.DesignationApi.DesignationResponse;
import dev.aorhub.relationships.web.DesignationApi.TermResponse;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.shared.web.PageResponse;
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
 * AOR designations, ours and other agencies': list, export, create, change, archive, and
 * the state-changing verbs.
 */
@Tag(name = "Designations")
@RestController
@RequestMapping("/api/v1/designations")
class DesignationApiController {

	private final DesignationService designations;

	private final DesignationQueries queries;

	private final DesignationTermQueries terms;

	private final WorkspaceClock clock;

	private final JsonMapper json;

	DesignationApiController(DesignationService designations, DesignationQueries queries, DesignationTermQueries terms,
			WorkspaceClock clock, JsonMapper json) {
		this.designations = designations;
		this.queries = queries;
		this.terms = terms;
		this.clock = clock;
		this.json = json;
	}

	@Operation(summary = "List AOR designations")
	@GetMapping
	PageResponse<DesignationResponse> list(CurrentUser viewer, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) UUID clientId,
			@RequestParam(required = false) UUID categoryId, @RequestParam(required = false) DesignationStatus status,
			@RequestParam(required = false) DesignationKind kind, @RequestParam(required = false) Boolean ours,
			@RequestParam(required = false) UUID leadId, @RequestParam(defaultValue = "false") boolean archived) {
		PageQuery query = PageQuery.of(page, size, q, sort, DesignationQueries.SORTING);
		var filter = new DesignationQueries.Filter(clientId, categoryId, status, kind, ours, leadId, archived);
		return this.queries.page(viewer.workspaceId(), filter, query).map(DesignationResponse::of);
	}

	@Operation(summary = "Export AOR designations as CSV or XLSX")
	@GetMapping("/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> export(CurrentUser viewer, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) UUID clientId, @RequestParam(required = false) UUID categoryId,
			@RequestParam(required = false) DesignationStatus status,
			@RequestParam(required = false) DesignationKind kind, @RequestParam(required = false) Boolean ours,
			@RequestParam(required = false) UUID leadId, @RequestParam(defaultValue = "false") boolean archived) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		PageQuery query = PageQuery.forExport(q, sort, DesignationQueries.SORTING);
		var filter = new DesignationQueries.Filter(clientId, categoryId, status, kind, ours, leadId, archived);
		return DesignationExports.table(this.queries.page(viewer.workspaceId(), filter, query).items())
			.toResponse(exportFormat, "designations");
	}

	@Operation(summary = "Get an AOR designation")
	@GetMapping("/{id}")
	DesignationResponse get(CurrentUser viewer, @PathVariable UUID id) {
		Designation designation = this.designations.get(viewer, id);
		return DesignationResponse.of(designation, this.designations.termWarnings(designation));
	}

	/**
	 * The body is read as a {@link DesignationRequest} that keeps going past a value of
	 * the wrong type, so the 422 names it with every other field at fault.
	 */
	@Operation(summary = "Create an AOR designation")
	@PostMapping
	ResponseEntity<DesignationResponse> create(CurrentUser user, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, DesignationRequest.class);
		DesignationResult result = this.designations.create(user, request.value(), request.problems());
		return ResponseEntity.created(URI.create("/api/v1/designations/" + result.designation().getId()))
			.body(DesignationResponse.of(result.designation(), result.warnings()));
	}

	@Operation(summary = "Update an AOR designation")
	@PutMapping("/{id}")
	DesignationResponse update(CurrentUser user, @PathVariable UUID id, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, DesignationRequest.class);
		return answer(this.designations.update(user, id, request.value(), request.problems()));
	}

	/** Designations keep their history: DELETE archives. */
	@Operation(summary = "Archive an AOR designation")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(CurrentUser user, @PathVariable UUID id) {
		this.designations.archive(user, id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Activate a designation")
	@PostMapping("/{id}/activate")
	DesignationResponse activate(CurrentUser user, @PathVariable UUID id) {
		return answer(this.designations.changeStatus(user, id, DesignationStatus.ACTIVE));
	}

	@Operation(summary = "Put a designation under review")
	@PostMapping("/{id}/review")
	DesignationResponse review(CurrentUser user, @PathVariable UUID id) {
		return answer(this.designations.changeStatus(user, id, DesignationStatus.UNDER_REVIEW));
	}

	/** Why the designation ended or was lost: the optional body of those two verbs. */
	record OutcomeRequest(String reason) {
	}

	@Operation(summary = "End a designation")
	@PostMapping("/{id}/end")
	DesignationResponse end(CurrentUser user, @PathVariable UUID id,
			@RequestBody(required = false) OutcomeRequest request) {
		return answer(this.designations.changeStatus(user, id, DesignationStatus.ENDED, reason(request)));
	}

	@Operation(summary = "Mark a designation as lost")
	@PostMapping("/{id}/lose")
	DesignationResponse lose(CurrentUser user, @PathVariable UUID id,
			@RequestBody(required = false) OutcomeRequest request) {
		return answer(this.designations.changeStatus(user, id, DesignationStatus.LOST, reason(request)));
	}

	private static String reason(OutcomeRequest request) {
		return (request != null) ? request.reason() : null;
	}

	/**
	 * The body is optional: what it leaves out comes from the current term (the next one
	 * starts the day after it ends and runs as long, at the same value and kind).
	 */
	@Operation(summary = "Renew a designation for its next term, keeping the current one in its history")
	@PostMapping("/{id}/renew")
	DesignationResponse renew(CurrentUser user, @PathVariable UUID id, @RequestBody(required = false) JsonNode body) {
		var request = TypedBody.readOptional(this.json, body, RenewalRequest.class, RenewalRequest.DEFAULTS);
		return answer(this.designations.renew(user, id, request.value(), request.problems()));
	}

	@Operation(summary = "List a designation's terms, the current one and those renewals replaced, newest first")
	@GetMapping("/{id}/terms")
	PageResponse<TermResponse> terms(CurrentUser viewer, @PathVariable UUID id,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		this.designations.get(viewer, id);
		PageQuery query = PageQuery.of(page, size, null, null, DesignationTermQueries.SORTING);
		return this.terms.terms(viewer.workspaceId(), id, query).map(TermResponse::of);
	}

	private static DesignationResponse answer(DesignationResult result) {
		return DesignationResponse.of(result.designation(), result.warnings());
	}

}
