package dev.aorhub.relationships.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.relationships.application.ServiceCategoryRequest;
import dev.aorhub.relationships.application.ServiceCategoryService;
import dev.aorhub.relationships.domain.ServiceCategory;
import dev.aorhub.relationships.web.DesignationApi.CategoryResponse;
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
 * The workspace's service categories: every staff member lists them, admins change them.
 * Delete archives; {@code POST /{id}/restore} brings one back.
 */
@Tag(name = "Service categories")
@RestController
@RequestMapping("/api/v1/service-categories")
class ServiceCategoryApiController {

	private final ServiceCategoryService categories;

	private final ServiceCategoryQueries queries;

	private final JsonMapper json;

	ServiceCategoryApiController(ServiceCategoryService categories, ServiceCategoryQueries queries, JsonMapper json) {
		this.categories = categories;
		this.queries = queries;
		this.json = json;
	}

	@Operation(summary = "List service categories")
	@GetMapping
	PageResponse<CategoryResponse> list(CurrentUser viewer, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "false") Boolean archived) {
		PageQuery query = PageQuery.of(page, size, q, sort, ServiceCategoryQueries.SORTING);
		return this.queries.page(viewer.workspaceId(), archived, query)
			.map((row) -> new CategoryResponse(row.id(), row.name(), row.archived(), row.version()));
	}

	@Operation(summary = "Export service categories as CSV or XLSX")
	@GetMapping("/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> export(CurrentUser viewer, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "false") Boolean archived) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		return exportTable(this.queries, viewer, q, sort, archived).toResponse(exportFormat, "service-categories");
	}

	static TableExport exportTable(ServiceCategoryQueries queries, CurrentUser viewer, String q, String sort,
			Boolean archived) {
		PageQuery query = PageQuery.forExport(q, sort, ServiceCategoryQueries.SORTING);
		var table = new TableExport("Service categories", List.of("Name", "Designations", "Archived"));
		queries.page(viewer.workspaceId(), archived, query)
			.items()
			.forEach((row) -> table.row(row.name(), row.designations(), row.archived()));
		return table;
	}

	@Operation(summary = "Get a service category")
	@GetMapping("/{id}")
	CategoryResponse get(CurrentUser viewer, @PathVariable UUID id) {
		return CategoryResponse.of(this.categories.get(viewer, id));
	}

	@Operation(summary = "Create a service category")
	@PostMapping
	ResponseEntity<CategoryResponse> create(CurrentUser admin, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, ServiceCategoryRequest.class);
		ServiceCategory category = this.categories.create(admin, request.value(), request.problems());
		return ResponseEntity.created(URI.create("/api/v1/service-categories/" + category.getId()))
			.body(CategoryResponse.of(category));
	}

	@Operation(summary = "Rename a service category")
	@PutMapping("/{id}")
	CategoryResponse update(CurrentUser admin, @PathVariable UUID id, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, ServiceCategoryRequest.class);
		return CategoryResponse.of(this.categories.rename(admin, id, request.value(), request.problems()));
	}

	@Operation(summary = "Archive a service category")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(CurrentUser admin, @PathVariable UUID id) {
		this.categories.archive(admin, id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Restore an archived service category")
	@PostMapping("/{id}/restore")
	CategoryResponse restore(CurrentUser admin, @PathVariable UUID id) {
		return CategoryResponse.of(this.categories.restore(admin, id));
	}

}
