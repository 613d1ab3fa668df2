package dev.aorhub.clients.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.clients.ClientStatus;
import dev.aorhub.clients.ContactLevel;
import dev.aorhub.clients.application.ClientRequest;
import dev.aorhub.clients.application.ClientService;
import dev.aorhub.clients.application.ContactRequest;
import dev.aorhub.clients.application.ContactService;
import dev.aorhub.clients.domain.Client;
import dev.aorhub.clients.domain.Contact;
import dev.aorhub.clients.web.ClientApi.ClientListItem;
import dev.aorhub.clients.web.ClientApi.ClientResponse;
import dev.aorhub.clients.web.ClientApi.ContactResponse;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.export.TableExport;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.shared.web.PageResponse;
import dev.aorhub.shared.web.TypedBody;
import dev.aorhub.workspace.CurrentUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

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
 * Clients and their contacts.
 */
@Tag(name = "Clients")
@RestController
@RequestMapping("/api/v1/clients")
class ClientApiController {

	private final ClientService clients;

	private final ContactService contacts;

	private final ClientQueries queries;

	private final JsonMapper json;

	ClientApiController(ClientService clients, ContactService contacts, ClientQueries queries, JsonMapper json) {
		this.clients = clients;
		this.contacts = contacts;
		this.queries = queries;
		this.json = json;
	}

	@Operation(summary = "List clients")
	@GetMapping
	PageResponse<ClientListItem> list(CurrentUser user, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) ClientStatus status,
			@RequestParam(required = false) String industry, @RequestParam(required = false) String tag,
			@RequestParam(defaultValue = "false") boolean archived) {
		return this.queries
			.clients(user.workspaceId(), new ClientQueries.ClientFilter(status, industry, tag, archived),
					PageQuery.of(page, size, q, sort, ClientQueries.CLIENT_SORTING))
			.map(ClientListItem::of);
	}

	@Operation(summary = "Export clients as CSV or XLSX")
	@GetMapping("/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> export(CurrentUser user, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) ClientStatus status, @RequestParam(required = false) String industry,
			@RequestParam(required = false) String tag, @RequestParam(defaultValue = "false") boolean archived) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		return ClientExports
			.clients(this.queries, user, new ClientQueries.ClientFilter(status, industry, tag, archived), q, sort)
			.toResponse(exportFormat, "clients");
	}

	@Operation(summary = "Create a client")
	@PostMapping
	ResponseEntity<ClientResponse> create(CurrentUser user, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, ClientRequest.class);
		Client client = this.clients.create(user, request.value(), request.problems());
		return ResponseEntity.created(URI.create("/api/v1/clients/" + client.getId())).body(ClientResponse.of(client));
	}

	@Operation(summary = "Get a client")
	@GetMapping("/{id}")
	ClientResponse get(CurrentUser user, @PathVariable UUID id) {
		return ClientResponse.of(this.clients.get(user, id));
	}

	@Operation(summary = "Update a client")
	@PutMapping("/{id}")
	ClientResponse update(CurrentUser user, @PathVariable UUID id, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, ClientRequest.class);
		return ClientResponse.of(this.clients.update(user, id, request.value(), request.problems()));
	}

	/** Archives: a client's history and contracts stay. */
	@Operation(summary = "Archive a client")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> archive(CurrentUser user, @PathVariable UUID id) {
		this.clients.archive(user, id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Restore an archived client")
	@PostMapping("/{id}/restore")
	ClientResponse restore(CurrentUser user, @PathVariable UUID id) {
		return ClientResponse.of(this.clients.restore(user, id));
	}

	@Operation(summary = "List the contacts of a client")
	@GetMapping("/{id}/contacts")
	PageResponse<ContactResponse> contacts(CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) ContactLevel level, @RequestParam(required = false) Boolean active,
			@RequestParam(defaultValue = "false") boolean archived) {
		this.clients.get(user, id);
		return this.queries
			.contacts(user.workspaceId(), new ClientQueries.ContactFilter(id, level, active, archived),
					PageQuery.of(page, size, q, sort, ClientQueries.CONTACT_SORTING))
			.map(ContactResponse::of);
	}

	@Operation(summary = "Export the contacts of a client as CSV or XLSX")
	@GetMapping("/{id}/contacts/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> exportContacts(CurrentUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "csv") String format, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) ContactLevel level,
			@RequestParam(required = false) Boolean active) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		this.clients.get(user, id);
		return ClientExports
			.contacts(this.queries, user, new ClientQueries.ContactFilter(id, level, active, false), q, sort)
			.toResponse(exportFormat, "contacts");
	}

	@Operation(summary = "Add a contact to a client")
	@PostMapping("/{id}/contacts")
	ResponseEntity<ContactResponse> createContact(CurrentUser user, @PathVariable UUID id, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, ContactRequest.class);
		Contact contact = this.contacts.create(user, id, request.value(), request.problems());
		return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/contacts/" + contact.getId()))
			.body(ContactResponse.of(contact));
	}

	@Operation(summary = "Get a contact of a client")
	@GetMapping("/{id}/contacts/{contactId}")
	ContactResponse getContact(CurrentUser user, @PathVariable UUID id, @PathVariable UUID contactId) {
		return ContactResponse.of(this.contacts.get(user, id, contactId));
	}

	@Operation(summary = "Update a contact of a client")
	@PutMapping("/{id}/contacts/{contactId}")
	ContactResponse updateContact(CurrentUser user, @PathVariable UUID id, @PathVariable UUID contactId,
			@RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, ContactRequest.class);
		return ContactResponse.of(this.contacts.update(user, id, contactId, request.value(), request.problems()));
	}

	@Operation(summary = "Archive a contact of a client")
	@DeleteMapping("/{id}/contacts/{contactId}")
	ResponseEntity<Void> archiveContact(CurrentUser user, @PathVariable UUID id, @PathVariable UUID contactId) {
		this.contacts.archive(user, id, contactId);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Restore an archived contact of a client")
	@PostMapping("/{id}/contacts/{contactId}/restore")
	ContactResponse restoreContact(CurrentUser user, @PathVariable UUID id, @PathVariable UUID contactId) {
		return ContactResponse.of(this.contacts.restore(user, id, contactId));
	}

}
