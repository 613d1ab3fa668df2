package dev.aorhub.workspace.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.export.TableExport;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.shared.web.PageResponse;
import dev.aorhub.workspace.AdminOnly;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.audit.AuditQueries;
import dev.aorhub.workspace.audit.AuditQueries.AuditEventRow;
import dev.aorhub.workspace.audit.AuditQueries.AuditFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log: who changed what, when. Filtered by record, type, person, action and
 * time. Admins only, as the audit page: the log holds every module's changes, costs and
 * user administration included.
 */
@Tag(name = "Audit log")
@AdminOnly
@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {

	private final AuditQueries audit;

	AuditApiController(AuditQueries audit) {
		this.audit = audit;
	}

	@Operation(summary = "List audit events")
	@GetMapping
	PageResponse<AuditEventRow> list(CurrentUser viewer, @RequestParam(required = false) UUID entityId,
			@RequestParam(required = false) String entityType, @RequestParam(required = false) UUID actorId,
			@RequestParam(required = false) String action, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		return this.audit.page(viewer, new AuditFilter(entityId, entityType, actorId, action, from, to),
				PageQuery.of(page, size, q, sort, AuditQueries.SORTING));
	}

	@Operation(summary = "Export audit events as CSV or XLSX")
	@GetMapping("/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> export(CurrentUser viewer, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) UUID entityId, @RequestParam(required = false) String entityType,
			@RequestParam(required = false) UUID actorId, @RequestParam(required = false) String action,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		var filter = new AuditFilter(entityId, entityType, actorId, action, from, to);
		return exportTable(this.audit, viewer, filter, q, sort).toResponse(exportFormat, "audit-log");
	}

	static TableExport exportTable(AuditQueries audit, CurrentUser viewer, AuditFilter filter, String q, String sort) {
		var table = new TableExport("Audit log",
				List.of("When", "Who", "Record type", "Record id", "Action", "Summary", "Changed fields"));
		audit.page(viewer, filter, PageQuery.forExport(q, sort, AuditQueries.SORTING))
			.items()
			.forEach((event) -> table.row(event.occurredAt(), event.actorName(), event.entityType(),
					event.entityId().toString(), event.action(), event.summary(),
					String.join(", ", event.changes().keySet())));
		return table;
	}

}
