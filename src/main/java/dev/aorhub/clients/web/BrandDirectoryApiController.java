package dev.aorhub.clients.web;

import java.util.List;
import java.util.UUID;

import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.export.TableExport;
import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.shared.web.PageResponse;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.workspace.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The workspace's brands across clients, for integrations that file creative and brand
 * guidelines by brand; a client's own brands are changed under its path.
 */
@Tag(name = "Brands")
@RestController
@RequestMapping("/api/v1/brands")
class BrandDirectoryApiController {

	private static final List<String> COLUMNS = List.of("Client", "Brand", "Archived");

	private final ClientQueries queries;

	BrandDirectoryApiController(ClientQueries queries) {
		this.queries = queries;
	}

	@Operation(summary = "List brands across clients")
	@GetMapping
	PageResponse<ClientQueries.BrandRow> list(CurrentUser user, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) UUID clientId,
			@RequestParam(defaultValue = "false") boolean archived) {
		return this.queries.brands(user.workspaceId(), new ClientQueries.BrandFilter(clientId, archived),
				PageQuery.of(page, size, q, sort, ClientQueries.BRAND_SORTING));
	}

	@Operation(summary = "Export brands as CSV or XLSX")
	@GetMapping("/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> export(CurrentUser user, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) UUID clientId, @RequestParam(defaultValue = "false") boolean archived) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		var table = new TableExport("Brands", COLUMNS);
		this.queries
			.brands(user.workspaceId(), new ClientQueries.BrandFilter(clientId, archived),
					PageQuery.forExport(q, sort, ClientQueries.BRAND_SORTING))
			.items()
			.forEach((b) -> table.row(b.clientName(), b.name(), b.archived()));
		return table.toResponse(exportFormat, "brands");
	}

}
