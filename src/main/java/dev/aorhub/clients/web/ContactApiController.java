package dev.aorhub.clients.web;

import java.util.UUID;

import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.clients.ContactLevel;
import dev.aorhub.clients.web.ClientApi.ContactResponse;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.shared.web.PageResponse;
import dev.aorhub.workspace.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The workspace's contacts across clients, as the contacts page lists them.
 */
@Tag(name = "Contacts")
@RestController
@RequestMapping("/api/v1/contacts")
class ContactApiController {

	private final ClientQueries queries;

	ContactApiController(ClientQueries queries) {
		this.queries = queries;
	}

	@Operation(summary = "List contacts across clients")
	@GetMapping
	PageResponse<ContactResponse> list(CurrentUser user, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) UUID clientId,
			@RequestParam(required = false) ContactLevel level, @RequestParam(required = false) Boolean active,
			@RequestParam(defaultValue = "false") boolean archived) {
		return this.queries
			.contacts(user.workspaceId(), new ClientQueries.ContactFilter(clientId, level, active, archived),
					PageQuery.of(page, size, q, sort, ClientQueries.CONTACT_SORTING))
			.map(ContactResponse::of);
	}

	@Operation(summary = "Export contacts as CSV or XLSX")
	@GetMapping("/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> export(CurrentUser user, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) UUID clientId, @RequestParam(required = false) ContactLevel level,
			@RequestParam(required = false) Boolean active) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		return ClientExports
			.contacts(this.queries, user, new ClientQueries.ContactFilter(clientId, level, active, false), q, sort)
			.toResponse(exportFormat, "contacts");
	}

}
