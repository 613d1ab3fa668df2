package dev.aorhub.contracts.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.contracts.SowStatus;
import dev.aorhub.contracts.application.ApprovalRequest;
import dev.aorhub.contracts.application.AttachmentService;
import dev.aorhub.contracts.application.ChangeOrderRequest;
import dev.aorhub.contracts.application.ReasonRequest;
import dev.aorhub.contracts.application.SowRequest;
import dev.aorhub.contracts.application.SowService;
import dev.aorhub.contracts.domain.ChangeOrder;
import dev.aorhub.contracts.domain.ContractAttachment;
import dev.aorhub.contracts.domain.Sow;
import dev.aorhub.contracts.web.ContractsApi.ApprovalStepResponse;
import dev.aorhub.contracts.web.ContractsApi.AttachmentResponse;
import dev.aorhub.contracts.web.ContractsApi.ChangeOrderResponse;
import dev.aorhub.contracts.web.ContractsApi.SowListItem;
import dev.aorhub.contracts.web.ContractsApi.SowResponse;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.shared.web.PageResponse;
import dev.aorhub.shared.web.TypedBody;
import dev.aorhub.workspace.CurrentUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.Resource;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Statements of work: list, export, create, change, archive; the approval and status
 * verbs; change orders with theirs; the approval history, attachments and the PDF.
 */
@Tag(name = "Statements of work")
@RestController
@RequestMapping("/api/v1/sows")
class SowApiController {

	private final SowService sows;

	private final AttachmentService attachments;

	private final ContractQueries queries;

	private final SowPresenter presenter;

	private final SowDocument document;

	private final WorkspaceClock clock;

	private final JsonMapper json;

	SowApiController(SowService sows, AttachmentService attachments, ContractQueries queries, SowPresenter presenter,
			SowDocument document, WorkspaceClock clock, JsonMapper json) {
		this.json = json;
		this.sows = sows;
		this.attachments = attachments;
		this.queries = queries;
		this.presenter = presenter;
		this.document = document;
		this.clock = clock;
	}

	@Operation(summary = "List statements of work")
	@GetMapping
	PageResponse<SowListItem> list(CurrentUser user, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) UUID msaId,
			@RequestParam(required = false) UUID clientId, @RequestParam(required = false) SowStatus status,
			@RequestParam(required = false) Integer endingWithinDays,
			@RequestParam(defaultValue = "false") boolean archived) {
		var filter = new ContractQueries.SowFilter(msaId, clientId, status, endingWithinDays,
				this.clock.today(user.workspaceId()), archived);
		return this.queries
			.sows(user.workspaceId(), filter, PageQuery.of(page, size, q, sort, ContractQueries.SOW_SORTING))
			.map(SowListItem::of);
	}

	@Operation(summary = "Export statements of work as CSV or XLSX")
	@GetMapping("/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> export(CurrentUser user, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) UUID msaId, @RequestParam(required = false) UUID clientId,
			@RequestParam(required = false) SowStatus status, @RequestParam(required = false) Integer endingWithinDays,
			@RequestParam(defaultValue = "false") boolean archived) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		var filter = new ContractQueries.SowFilter(msaId, clientId, status, endingWithinDays,
				this.clock.today(user.workspaceId()), archived);
		return ContractExports.sows(this.queries, user.workspaceId(), filter, q, sort).toResponse(exportFormat, "sows");
	}

	@Operation(summary = "Create a statement of work")
	@PostMapping
	ResponseEntity<SowResponse> create(CurrentUser user, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, SowRequest.class);
		Sow sow = this.sows.create(user, request.value(), request.problems());
		return ResponseEntity.created(URI.create("/api/v1/sows/" + sow.getId())).body(SowResponse.of(sow));
	}

	@Operation(summary = "Get a statement of work")
	@GetMapping("/{id}")
	SowResponse get(CurrentUser user, @PathVariable UUID id) {
		return SowResponse.of(this.sows.get(user, id));
	}

	@Operation(summary = "Update a statement of work")
	@PutMapping("/{id}")
	SowResponse update(CurrentUser user, @PathVariable UUID id, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, SowRequest.class);
		return SowResponse.of(this.sows.update(user, id, request.value(), request.problems()));
	}

	/** Archives: a SOW's history, change orders and approvals stay. */
	@Operation(summary = "Archive a statement of work")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> archive(CurrentUser user, @PathVariable UUID id) {
		this.sows.archive(user, id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Record an internal approval step of a SOW")
	@PostMapping("/{id}/internal-approval")
	SowResponse approveInternally(CurrentUser user, @PathVariable UUID id,
			@RequestBody(required = false) ApprovalRequest request) {
		return SowResponse
			.of(this.sows.approveInternally(user, id, (request != null) ? request : ApprovalRequest.NONE));
	}

	@Operation(summary = "Send a SOW to the client")
	@PostMapping("/{id}/send")
	SowResponse send(CurrentUser user, @PathVariable UUID id, @RequestBody(required = false) ApprovalRequest request) {
		return move(user, id, SowStatus.SENT, request);
	}

	/** Records the client's approval: {@code approverName} says who approved. */
	@Operation(summary = "Record the client approval of a SOW")
	@PostMapping("/{id}/approve")
	SowResponse approve(CurrentUser user, @PathVariable UUID id,
			@RequestBody(required = false) ApprovalRequest request) {
		return move(user, id, SowStatus.APPROVED, request);
	}

	/** Records that the client declined; the SOW is a draft again. */
	@Operation(summary = "Record that the client declined a SOW")
	@PostMapping("/{id}/decline")
	SowResponse decline(CurrentUser user, @PathVariable UUID id,
			@RequestBody(required = false) ApprovalRequest request) {
		return move(user, id, SowStatus.DRAFT, request);
	}

	@Operation(summary = "Activate a SOW")
	@PostMapping("/{id}/activate")
	SowResponse activate(CurrentUser user, @PathVariable UUID id) {
		return move(user, id, SowStatus.ACTIVE, null);
	}

	@Operation(summary = "Complete a SOW")
	@PostMapping("/{id}/complete")
	SowResponse complete(CurrentUser user, @PathVariable UUID id) {
		return move(user, id, SowStatus.COMPLETED, null);
	}

	/** Stops a SOW before it is complete; the optional body says why. */
	@Operation(summary = "Cancel a SOW")
	@PostMapping("/{id}/cancel")
	SowResponse cancel(CurrentUser user, @PathVariable UUID id, @RequestBody(required = false) ReasonRequest request) {
		return SowResponse.of(this.sows.cancel(user, id, ReasonRequest.of(request)));
	}

	private SowResponse move(CurrentUser user, UUID id, SowStatus target, ApprovalRequest request) {
		return SowResponse
			.of(this.sows.changeStatus(user, id, target, (request != null) ? request : ApprovalRequest.NONE));
	}

	@Operation(summary = "List the approval steps of a SOW")
	@GetMapping("/{id}/approvals")
	List<ApprovalStepResponse> approvals(CurrentUser user, @PathVariable UUID id) {
		return this.sows.getWithHistory(user, id).getApprovals().stream().map(ApprovalStepResponse::of).toList();
	}

	@Operation(summary = "Download a SOW as PDF")
	@GetMapping(path = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@RateLimited(LimitedOperation.PDF)
	ResponseEntity<byte[]> pdf(CurrentUser user, @PathVariable UUID id) {
		Sow sow = this.sows.getWithHistory(user, id);
		byte[] pdf = this.document.render(this.presenter.view(user, sow), this.clock.today(user.workspaceId()));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(sow.getNumber() + ".pdf").build().toString())
			.body(pdf);
	}

	// Change orders

	@Operation(summary = "List the change orders of a SOW")
	@GetMapping("/{id}/change-orders")
	List<ChangeOrderResponse> changeOrders(CurrentUser user, @PathVariable UUID id) {
		return this.sows.getWithHistory(user, id).getChangeOrders().stream().map(ChangeOrderResponse::of).toList();
	}

	@Operation(summary = "Propose a change order")
	@PostMapping("/{id}/change-orders")
	ResponseEntity<ChangeOrderResponse> proposeChangeOrder(CurrentUser user, @PathVariable UUID id,
			@RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, ChangeOrderRequest.class);
		ChangeOrder order = this.sows.proposeChangeOrder(user, id, request.value(), request.problems());
		return ResponseEntity.created(URI.create("/api/v1/sows/" + id + "/change-orders/" + order.getId()))
			.body(ChangeOrderResponse.of(order));
	}

	@Operation(summary = "Get a change order")
	@GetMapping("/{id}/change-orders/{changeOrderId}")
	ChangeOrderResponse changeOrder(CurrentUser user, @PathVariable UUID id, @PathVariable UUID changeOrderId) {
		return ChangeOrderResponse.of(this.sows.getWithHistory(user, id).changeOrder(changeOrderId));
	}

	@Operation(summary = "Revise a change order")
	@PutMapping("/{id}/change-orders/{changeOrderId}")
	ChangeOrderResponse reviseChangeOrder(CurrentUser user, @PathVariable UUID id, @PathVariable UUID changeOrderId,
			@RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, ChangeOrderRequest.class);
		return ChangeOrderResponse
			.of(this.sows.reviseChangeOrder(user, id, changeOrderId, request.value(), request.problems()));
	}

	@Operation(summary = "Send a change order to the client")
	@PostMapping("/{id}/change-orders/{changeOrderId}/send")
	ChangeOrderResponse sendChangeOrder(CurrentUser user, @PathVariable UUID id, @PathVariable UUID changeOrderId,
			@RequestBody(required = false) ApprovalRequest request) {
		return ChangeOrderResponse
			.of(this.sows.sendChangeOrder(user, id, changeOrderId, (request != null) ? request : ApprovalRequest.NONE));
	}

	@Operation(summary = "Approve a change order")
	@PostMapping("/{id}/change-orders/{changeOrderId}/approve")
	ChangeOrderResponse approveChangeOrder(CurrentUser user, @PathVariable UUID id, @PathVariable UUID changeOrderId,
			@RequestBody(required = false) ApprovalRequest request) {
		return ChangeOrderResponse.of(this.sows.approveChangeOrder(user, id, changeOrderId,
				(request != null) ? request : ApprovalRequest.NONE));
	}

	@Operation(summary = "Reject a change order")
	@PostMapping("/{id}/change-orders/{changeOrderId}/reject")
	ChangeOrderResponse rejectChangeOrder(CurrentUser user, @PathVariable UUID id, @PathVariable UUID changeOrderId,
			@RequestBody(required = false) ApprovalRequest request) {
		return ChangeOrderResponse.of(this.sows.rejectChangeOrder(user, id, changeOrderId,
				(request != null) ? request : ApprovalRequest.NONE));
	}

	// Attachments

	@Operation(summary = "List the attachments of a SOW")
	@GetMapping("/{id}/attachments")
	List<AttachmentResponse> attachments(CurrentUser user, @PathVariable UUID id) {
		return this.attachments.ofSow(user, id).stream().map(AttachmentResponse::of).toList();
	}

	@Operation(summary = "Attach a file to a SOW")
	@PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<AttachmentResponse> attach(CurrentUser user, @PathVariable UUID id,
			@RequestPart("file") MultipartFile file) {
		ContractAttachment attachment = this.attachments.attachToSow(user, id, file);
		return ResponseEntity.created(URI.create("/api/v1/sows/" + id + "/attachments/" + attachment.getId()))
			.body(AttachmentResponse.of(attachment));
	}

	@Operation(summary = "Download an attachment of a SOW")
	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<Resource> download(CurrentUser user, @PathVariable UUID id, @PathVariable UUID attachmentId) {
		return this.attachments.open(user, id, attachmentId).toResponse();
	}

	@Operation(summary = "Delete an attachment of a SOW")
	@DeleteMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<Void> deleteAttachment(CurrentUser user, @PathVariable UUID id, @PathVariable UUID attachmentId) {
		this.attachments.delete(user, id, attachmentId);
		return ResponseEntity.noContent().build();
	}

}
