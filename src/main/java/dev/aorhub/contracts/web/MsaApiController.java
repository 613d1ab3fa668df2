package dev.aorhub.contracts.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.contracts.MsaStatus;
import dev.aorhub.contracts.application.ApprovalRequest;
import dev.aorhub.contracts.application.AttachmentService;
import dev.aorhub.contracts.application.MsaRequest;
import dev.aorhub.contracts.application.MsaService;
import dev.aorhub.contracts.application.ReasonRequest;
import dev.aorhub.contracts.domain.ContractAttachment;
import dev.aorhub.contracts.domain.Msa;
import dev.aorhub.contracts.domain.RateCard;
import dev.aorhub.contracts.web.ContractsApi.AttachmentResponse;
import dev.aorhub.contracts.web.ContractsApi.MsaListItem;
import dev.aorhub.contracts.web.ContractsApi.MsaResponse;
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

import org.springframework.core.io.InputStreamResource;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Master services agreements: list, export, create, change, archive, the status verbs,
 * and their attachments.
 */
@Tag(name = "Master service agreements")
@RestController
@RequestMapping("/api/v1/msas")
class MsaApiController {

	private final MsaService msas;

	private final AttachmentService attachments;

	private final ContractQueries queries;

	private final WorkspaceClock clock;

	private final JsonMapper json;

	MsaApiController(MsaService msas, AttachmentService attachments, ContractQueries queries, WorkspaceClock clock,
			JsonMapper json) {
		this.json = json;
		this.msas = msas;
		this.attachments = attachments;
		this.queries = queries;
		this.clock = clock;
	}

	@Operation(summary = "List MSAs")
	@GetMapping
	PageResponse<MsaListItem> list(CurrentUser user, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) UUID clientId,
			@RequestParam(required = false) MsaStatus status,
			@RequestParam(required = false) Integer expiringWithinDays,
			@RequestParam(defaultValue = "false") boolean archived) {
		var filter = new ContractQueries.MsaFilter(clientId, status, expiringWithinDays,
				this.clock.today(user.workspaceId()), archived);
		return this.queries
			.msas(user.workspaceId(), filter, PageQuery.of(page, size, q, sort, ContractQueries.MSA_SORTING))
			.map(MsaListItem::of);
	}

	@Operation(summary = "Export MSAs as CSV or XLSX")
	@GetMapping("/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> export(CurrentUser user, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) UUID clientId, @RequestParam(required = false) MsaStatus status,
			@RequestParam(required = false) Integer expiringWithinDays,
			@RequestParam(defaultValue = "false") boolean archived) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		var filter = new ContractQueries.MsaFilter(clientId, status, expiringWithinDays,
				this.clock.today(user.workspaceId()), archived);
		return ContractExports.msas(this.queries, user.workspaceId(), filter, q, sort).toResponse(exportFormat, "msas");
	}

	@Operation(summary = "Create an MSA")
	@PostMapping
	ResponseEntity<MsaResponse> create(CurrentUser user, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, MsaRequest.class);
		Msa msa = this.msas.create(user, request.value(), request.problems());
		return ResponseEntity.created(URI.create("/api/v1/msas/" + msa.getId())).body(response(msa));
	}

	@Operation(summary = "Get an MSA")
	@GetMapping("/{id}")
	MsaResponse get(CurrentUser user, @PathVariable UUID id) {
		return response(this.msas.get(user, id));
	}

	@Operation(summary = "Update an MSA")
	@PutMapping("/{id}")
	MsaResponse update(CurrentUser user, @PathVariable UUID id, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, MsaRequest.class);
		return response(this.msas.update(user, id, request.value(), request.problems()));
	}

	/** Archives: an MSA's history and SOWs stay. */
	@Operation(summary = "Archive an MSA")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> archive(CurrentUser user, @PathVariable UUID id) {
		this.msas.archive(user, id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Send an MSA for signature")
	@PostMapping("/{id}/send")
	MsaResponse send(CurrentUser user, @PathVariable UUID id) {
		return response(this.msas.changeStatus(user, id, MsaStatus.SENT));
	}

	/** Records the client's signature: optionally its date and the signing contact. */
	@Operation(summary = "Record that an MSA is signed")
	@PostMapping("/{id}/sign")
	MsaResponse sign(CurrentUser user, @PathVariable UUID id, @RequestBody(required = false) ApprovalRequest request) {
		return response(this.msas.sign(user, id, request));
	}

	@Operation(summary = "Mark an MSA as expired")
	@PostMapping("/{id}/expire")
	MsaResponse expire(CurrentUser user, @PathVariable UUID id) {
		return response(this.msas.changeStatus(user, id, MsaStatus.EXPIRED));
	}

	/** Ends a signed MSA before its term is over; the optional body says why. */
	@Operation(summary = "Terminate an MSA")
	@PostMapping("/{id}/terminate")
	MsaResponse terminate(CurrentUser user, @PathVariable UUID id,
			@RequestBody(required = false) ReasonRequest request) {
		return response(this.msas.changeStatus(user, id, MsaStatus.TERMINATED, ReasonRequest.of(request)));
	}

	@Operation(summary = "List the attachments of an MSA")
	@GetMapping("/{id}/attachments")
	List<AttachmentResponse> attachments(CurrentUser user, @PathVariable UUID id) {
		return this.attachments.ofMsa(user, id).stream().map(AttachmentResponse::of).toList();
	}

	@Operation(summary = "Attach a file to an MSA")
	@PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<AttachmentResponse> attach(CurrentUser user, @PathVariable UUID id,
			@RequestPart("file") MultipartFile file) {
		ContractAttachment attachment = this.attachments.attachToMsa(user, id, file);
		return ResponseEntity.created(URI.create("/api/v1/msas/" + id + "/attachments/" + attachment.getId()))
			.body(AttachmentResponse.of(attachment));
	}

	@Operation(summary = "Download an attachment of an MSA")
	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<Resource> download(CurrentUser user, @PathVariable UUID id, @PathVariable UUID attachmentId) {
		return this.attachments.open(user, id, attachmentId).toResponse();
	}

	@Operation(summary = "Delete an attachment of an MSA")
	@DeleteMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<Void> deleteAttachment(CurrentUser user, @PathVariable UUID id, @PathVariable UUID attachmentId) {
		this.attachments.delete(user, id, attachmentId);
		return ResponseEntity.noContent().build();
	}

	private MsaResponse response(Msa msa) {
		return MsaResponse.of(msa, this.msas.effectiveRateCard(msa).map(RateCard::getId).orElse(null));
	}

}
