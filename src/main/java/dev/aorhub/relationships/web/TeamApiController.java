package dev.aorhub.relationships.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.relationships.application.TeamRequest;
import dev.aorhub.relationships.application.TeamResult;
import dev.aorhub.relationships.application.TeamService;
import dev.aorhub.relationships.web.DesignationApi.TeamResponse;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.shared.web.PageResponse;
import dev.aorhub.shared.web.Sorting;
import dev.aorhub.shared.web.TypedBody;
import dev.aorhub.workspace.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The team committed to a designation, and every staff member's total allocation.
 */
@Tag(name = "Designation teams")
@RestController
class TeamApiController {

	/** The staff allocation list is computed whole; it pages in memory, by peak. */
	private static final Sorting ALLOCATION_SORTING = Sorting.by("peak", "peak").defaultDescending("peak");

	record AllocationResponse(UUID userId, String name, int allocatedNow, int peakAllocation, boolean overAllocated,
			int assignments) {
	}

	private final TeamService team;

	private final TeamQueries queries;

	private final WorkspaceClock clock;

	private final JsonMapper json;

	TeamApiController(TeamService team, TeamQueries queries, WorkspaceClock clock, JsonMapper json) {
		this.team = team;
		this.queries = queries;
		this.clock = clock;
		this.json = json;
	}

	@Operation(summary = "List the team of a designation")
	@GetMapping("/api/v1/designations/{designationId}/team")
	PageResponse<TeamResponse> list(CurrentUser viewer, @PathVariable UUID designationId) {
		List<TeamResponse> items = this.team.team(viewer, designationId)
			.stream()
			.map((assignment) -> TeamResponse.of(assignment, List.of()))
			.toList();
		return new PageResponse<>(items, 0, Math.max(items.size(), 1), items.size());
	}

	@Operation(summary = "Get a team member of a designation")
	@GetMapping("/api/v1/designations/{designationId}/team/{id}")
	TeamResponse get(CurrentUser viewer, @PathVariable UUID designationId, @PathVariable UUID id) {
		return TeamResponse.of(this.team.get(viewer, designationId, id), List.of());
	}

	@Operation(summary = "Add a team member to a designation")
	@PostMapping("/api/v1/designations/{designationId}/team")
	ResponseEntity<TeamResponse> add(CurrentUser user, @PathVariable UUID designationId, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, TeamRequest.class);
		TeamResult result = this.team.add(user, designationId, request.value(), request.problems());
		return ResponseEntity
			.created(URI.create("/api/v1/designations/" + designationId + "/team/" + result.assignment().getId()))
			.body(TeamResponse.of(result.assignment(), result.warnings()));
	}

	@Operation(summary = "Update a team member of a designation")
	@PutMapping("/api/v1/designations/{designationId}/team/{id}")
	TeamResponse update(CurrentUser user, @PathVariable UUID designationId, @PathVariable UUID id,
			@RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, TeamRequest.class);
		TeamResult result = this.team.update(user, designationId, id, request.value(), request.problems());
		return TeamResponse.of(result.assignment(), result.warnings());
	}

	/** Takes someone off the team (the audit log keeps the assignment's history). */
	@Operation(summary = "Remove a team member from a designation")
	@DeleteMapping("/api/v1/designations/{designationId}/team/{id}")
	ResponseEntity<Void> remove(CurrentUser user, @PathVariable UUID designationId, @PathVariable UUID id) {
		this.team.remove(user, designationId, id);
		return ResponseEntity.noContent().build();
	}

	/** Every active staff member's allocation, the most committed first. */
	@Operation(summary = "List team allocations across designations")
	@GetMapping("/api/v1/team-allocations")
	PageResponse<AllocationResponse> allocations(CurrentUser viewer, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String q) {
		PageQuery query = PageQuery.of(page, size, q, null, ALLOCATION_SORTING);
		List<AllocationResponse> all = this.queries
			.allocations(viewer.workspaceId(), this.clock.today(viewer.workspaceId()), query.q())
			.stream()
			.map((s) -> new AllocationResponse(s.user().id(), s.user().name(), s.now(), s.peak(), s.overAllocated(),
					s.assignments().size()))
			.toList();
		int from = (int) Math.min(query.offset(), all.size());
		int to = Math.min(from + query.size(), all.size());
		return PageResponse.of(all.subList(from, to), query, all.size());
	}

	@Operation(summary = "Export the team allocation, one row per person and commitment, as CSV or XLSX")
	@GetMapping("/api/v1/team-allocations/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> exportAllocations(CurrentUser viewer, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		LocalDate today = this.clock.today(viewer.workspaceId());
		return TeamExports.table(this.queries.allocations(viewer.workspaceId(), today, q), today)
			.toResponse(exportFormat, "team-allocation");
	}

}
