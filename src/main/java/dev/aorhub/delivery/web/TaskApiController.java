package dev.aorhub.delivery.web;

import java.net.URI;
import java.util.UUID;

import dev.aorhub.delivery.TaskStatus;
import dev.aorhub.delivery.application.TaskRequest;
import dev.aorhub.delivery.application.TaskService;
import dev.aorhub.delivery.domain.Task;
import dev.aorhub.delivery.web.DeliveryApi.MoveRequest;
import dev.aorhub.delivery.web.DeliveryApi.TaskResponse;
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
 * Tasks: list, export, create, change, archive, and moving a card on its board.
 */
@Tag(name = "Tasks")
@RestController
@RequestMapping("/api/v1/tasks")
class TaskApiController {

	private final TaskService tasks;

	private final TaskQueries queries;

	private final JsonMapper json;

	TaskApiController(TaskService tasks, TaskQueries queries, JsonMapper json) {
		this.tasks = tasks;
		this.queries = queries;
		this.json = json;
	}

	@Operation(summary = "List tasks")
	@GetMapping
	PageResponse<TaskResponse> list(CurrentUser viewer, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) UUID campaignId,
			@RequestParam(required = false) UUID clientId, @RequestParam(required = false) UUID assigneeId,
			@RequestParam(required = false) TaskStatus status, @RequestParam(defaultValue = "false") boolean archived) {
		PageQuery query = PageQuery.of(page, size, q, sort, TaskQueries.SORTING);
		var filter = new TaskQueries.Filter(campaignId, clientId, assigneeId, status, archived);
		return this.queries.page(viewer.workspaceId(), filter, query).map(TaskResponse::of);
	}

	@Operation(summary = "Export tasks as CSV or XLSX")
	@GetMapping("/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> export(CurrentUser viewer, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) UUID campaignId, @RequestParam(required = false) UUID clientId,
			@RequestParam(required = false) UUID assigneeId, @RequestParam(required = false) TaskStatus status,
			@RequestParam(defaultValue = "false") boolean archived) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		PageQuery query = PageQuery.forExport(q, sort, TaskQueries.SORTING);
		var filter = new TaskQueries.Filter(campaignId, clientId, assigneeId, status, archived);
		return DeliveryExports.tasks(this.queries.page(viewer.workspaceId(), filter, query).items())
			.toResponse(exportFormat, "tasks");
	}

	@Operation(summary = "Get a task")
	@GetMapping("/{id}")
	TaskResponse get(CurrentUser viewer, @PathVariable UUID id) {
		return answer(viewer, id);
	}

	@Operation(summary = "Create a task")
	@PostMapping
	ResponseEntity<TaskResponse> create(CurrentUser user, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, TaskRequest.class);
		Task task = this.tasks.create(user, request.value(), request.problems());
		return ResponseEntity.created(URI.create("/api/v1/tasks/" + task.getId())).body(answer(user, task.getId()));
	}

	@Operation(summary = "Update a task")
	@PutMapping("/{id}")
	TaskResponse update(CurrentUser user, @PathVariable UUID id, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, TaskRequest.class);
		this.tasks.update(user, id, request.value(), request.problems());
		return answer(user, id);
	}

	/** Tasks keep their logged time: DELETE archives. */
	@Operation(summary = "Archive a task")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(CurrentUser user, @PathVariable UUID id) {
		this.tasks.archive(user, id);
		return ResponseEntity.noContent().build();
	}

	/**
	 * Any column may follow any other (work goes back from review, a done task reopens);
	 * without a position the card goes to the end of the column.
	 */
	@Operation(summary = "Move a task to a column of its board")
	@PostMapping("/{id}/move")
	TaskResponse move(CurrentUser user, @PathVariable UUID id, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, MoveRequest.class);
		if (!request.problems().isEmpty()) {
			throw new dev.aorhub.shared.InvalidInputException(request.problems());
		}
		MoveRequest move = request.value();
		this.tasks.move(user, id, (move != null) ? move.status() : null, (move != null) ? move.position() : null);
		return answer(user, id);
	}

	private TaskResponse answer(CurrentUser user, UUID id) {
		return this.queries.find(user.workspaceId(), id)
			.map(TaskResponse::of)
			.orElseThrow(() -> new NotFoundException(Task.ENTITY_TYPE, id));
	}

}
