package dev.aorhub.contracts.web;

import java.net.URI;
import java.util.UUID;

import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.contracts.application.Approvals;
import dev.aorhub.contracts.application.CostRateRequest;
import dev.aorhub.contracts.application.CostRateService;
import dev.aorhub.contracts.domain.CostRate;
import dev.aorhub.contracts.web.ContractsApi.CostRateResponse;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.shared.web.PageResponse;
import dev.aorhub.workspace.CanPrice;
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
 * Staff cost rates, for admins and finance only.
 */
@Tag(name = "Cost rates")
@RestController
@RequestMapping("/api/v1/cost-rates")
@CanPrice
class CostRateApiController {

	private final CostRateService rates;

	private final ContractQueries queries;

	private final JsonMapper json;

	CostRateApiController(CostRateService rates, ContractQueries queries, JsonMapper json) {
		this.json = json;
		this.rates = rates;
		this.queries = queries;
	}

	@Operation(summary = "List cost rates")
	@GetMapping
	PageResponse<CostRateResponse> list(CurrentUser user, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) UUID userId) {
		return this.queries
			.costRates(user.workspaceId(), userId, PageQuery.of(page, size, q, sort, ContractQueries.COST_RATE_SORTING))
			.map(CostRateResponse::of);
	}

	@Operation(summary = "Export cost rates as CSV or XLSX")
	@GetMapping("/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> export(CurrentUser user, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) UUID userId) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		return ContractExports.costRates(this.queries, user.workspaceId(), userId, q, sort)
			.toResponse(exportFormat, "cost-rates");
	}

	@Operation(summary = "Create a cost rate")
	@PostMapping
	ResponseEntity<CostRateResponse> create(CurrentUser user, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, CostRateRequest.class);
		CostRate rate = this.rates.create(user, request.value(), request.problems());
		return ResponseEntity.created(URI.create("/api/v1/cost-rates/" + rate.getId())).body(CostRateResponse.of(rate));
	}

	@Operation(summary = "Get a cost rate")
	@GetMapping("/{id}")
	CostRateResponse get(CurrentUser user, @PathVariable UUID id) {
		return CostRateResponse.of(this.rates.get(user, id));
	}

	@Operation(summary = "Update a cost rate")
	@PutMapping("/{id}")
	CostRateResponse update(CurrentUser user, @PathVariable UUID id, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, CostRateRequest.class);
		return CostRateResponse.of(this.rates.update(user, id, request.value(), request.problems()));
	}

	/** Removes a rate entered by mistake (superseded rates stay as history). */
	@Operation(summary = "Delete a cost rate")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(CurrentUser user, @PathVariable UUID id) {
		this.rates.delete(user, id);
		return ResponseEntity.noContent().build();
	}

}
