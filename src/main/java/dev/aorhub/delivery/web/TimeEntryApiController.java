package dev.aorhub.delivery.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.aorhub.delivery.TimeEntryStatus;
import dev.aorhub.delivery.application.TimeEntryRequest;
import dev.aorhub.delivery.application.TimeEntryService;
import dev.aorhub.delivery.application.TimeEntryTransitions;
import dev.aorhub.delivery.domain.TimeEntry;
import dev.aorhub.delivery.web.TimeEntryApi.Approved;
import dev.aorhub.delivery.web.TimeEntryApi.IdsRequest;
import dev.aorhub.delivery.web.TimeEntryApi.ReopenRequest;
import dev.aorhub.delivery.web.TimeEntryApi.Reopened;
import dev.aorhub.delivery.web.TimeEntryApi.Submitted;
import dev.aorhub.delivery.web.TimeEntryApi.TimeEntryResponse;
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
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.format.annotation.DateTimeFormat;
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
 * People's time: list, export, log, change and delete drafts, and the bulk verbs that
 * submit, approve and reopen. A bulk verb naming an id the workspace does not have
 * answers 404 (as any other id would) and moves nothing.
 */
@Tag(name = "Time entries")
@RestController
@RequestMapping("/api/v1/time-entries")
class TimeEntryApiController {

	private final TimeEntryService entries;

	private final TimeEntryTransitions transitions;

	private final TimeEntryQueries queries;

	private final WorkspaceUsers users;

	private final JsonMapper json;

	TimeEntryApiController(TimeEntryService entries, TimeEntryTransitions transitions, TimeEntryQueries queries,
			WorkspaceUsers users, JsonMapper json) {
		this.entries = entries;
		this.transitions = transitions;
		this.queries = queries;
		this.users = users;
		this.json = json;
	}

	@Operation(summary = "List time entries, newest first; dates are inclusive")
	@GetMapping
	PageResponse<TimeEntryResponse> list(CurrentUser viewer, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID userId, @RequestParam(required = false) UUID clientId,
			@RequestParam(required = false) UUID sowId, @RequestParam(required = false) TimeEntryStatus status) {
		PageQuery query = PageQuery.of(page, size, null, sort, TimeEntryQueries.SORTING);
		var filter = new TimeEntryQueries.Filter(from, to, userId, clientId, sowId, status);
		return this.queries.page(viewer.workspaceId(), filter, query).map(TimeEntryResponse::of);
	}

	/** Every matching entry, streamed: the file is written as the rows are read. */
	@Operation(summary = "Export time entries as CSV or XLSX, every matching row")
	@GetMapping("/export")
	@RateLimited(LimitedOperation.EXPORT)
	void export(CurrentUser viewer, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String sort,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID userId, @RequestParam(required = false) UUID clientId,
			@RequestParam(required = false) UUID sowId, @RequestParam(required = false) TimeEntryStatus status,
			HttpServletResponse response) throws IOException {
		ExportFormat exportFormat = ExportFormat.parse(format);
		PageQuery query = PageQuery.of(0, 1, null, sort, TimeEntryQueries.SORTING);
		var filter = new TimeEntryQueries.Filter(from, to, userId, clientId, sowId, status);
		TimeEntryExport.respond(response, exportFormat,
				(each) -> this.queries.each(viewer.workspaceId(), filter, query, each));
	}

	@Operation(summary = "Get a time entry")
	@GetMapping("/{id}")
	TimeEntryResponse get(CurrentUser viewer, @PathVariable UUID id) {
		return answer(viewer, this.entries.get(viewer, id));
	}

	/**
	 * The body is read as a {@link TimeEntryRequest} that keeps going past a value of the
	 * wrong type, so the 422 names it with every other field at fault.
	 */
	@Operation(summary = "Log time")
	@PostMapping
	ResponseEntity<TimeEntryResponse> create(CurrentUser user, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, TimeEntryRequest.class);
		TimeEntry entry = this.entries.create(user, request.value(), request.problems());
		return ResponseEntity.created(URI.create("/api/v1/time-entries/" + entry.getId())).body(answer(user, entry));
	}

	@Operation(summary = "Change a draft time entry")
	@PutMapping("/{id}")
	TimeEntryResponse update(CurrentUser user, @PathVariable UUID id, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, TimeEntryRequest.class);
		return answer(user, this.entries.update(user, id, request.value(), request.problems()));
	}

	/** A draft is deleted for good; submitted and approved time answers 409. */
	@Operation(summary = "Delete a draft time entry")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(CurrentUser user, @PathVariable UUID id) {
		this.entries.delete(user, id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Submit draft time entries for approval")
	@PostMapping("/submit")
	Submitted submit(CurrentUser user, @RequestBody(required = false) IdsRequest request) {
		return new Submitted(this.transitions.submit(user, ids(request)));
	}

	@Operation(summary = "Approve submitted time entries (account leads and admins)")
	@PostMapping("/approve")
	Approved approve(CurrentUser user, @RequestBody(required = false) IdsRequest request) {
		return new Approved(this.transitions.approve(user, ids(request)));
	}

	@Operation(summary = "Reopen submitted or approved time entries as drafts, with a reason (admins)")
	@PostMapping("/reopen")
	Reopened reopen(CurrentUser user, @RequestBody(required = false) ReopenRequest request) {
		return new Reopened(this.transitions.reopen(user, (request != null) ? request.ids() : null,
				(request != null) ? request.reason() : null));
	}

	private static List<UUID> ids(IdsRequest request) {
		return (request != null) ? request.ids() : null;
	}

	private TimeEntryResponse answer(CurrentUser viewer, TimeEntry entry) {
		var person = this.users.find(viewer.workspaceId(), List.of(entry.getUserId())).get(entry.getUserId());
		return TimeEntryResponse.of(entry, (person != null) ? person.name() : null);
	}

}
