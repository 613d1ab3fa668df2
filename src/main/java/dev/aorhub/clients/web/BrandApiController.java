package dev.aorhub.clients.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.aorhub.clients.application.BrandRequest;
import dev.aorhub.clients.application.BrandService;
import dev.aorhub.clients.domain.Brand;
import dev.aorhub.clients.web.ClientApi.BrandResponse;
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
 * The brands under a client. A client has a handful, so the list is one page.
 */
@Tag(name = "Brands")
@RestController
@RequestMapping("/api/v1/clients/{clientId}/brands")
class BrandApiController {

	private final BrandService brands;

	private final JsonMapper json;

	BrandApiController(BrandService brands, JsonMapper json) {
		this.brands = brands;
		this.json = json;
	}

	@Operation(summary = "List the brands of a client")
	@GetMapping
	PageResponse<BrandResponse> list(CurrentUser user, @PathVariable UUID clientId,
			@RequestParam(defaultValue = "false") boolean archived) {
		List<BrandResponse> items = this.brands.list(user, clientId)
			.stream()
			.filter((brand) -> brand.isArchived() == archived)
			.map(BrandResponse::of)
			.toList();
		return new PageResponse<>(items, 0, Math.max(items.size(), 1), items.size());
	}

	@Operation(summary = "Add a brand to a client")
	@PostMapping
	ResponseEntity<BrandResponse> create(CurrentUser user, @PathVariable UUID clientId, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, BrandRequest.class);
		Brand brand = this.brands.create(user, clientId, request.value(), request.problems());
		return ResponseEntity.created(URI.create("/api/v1/clients/" + clientId + "/brands/" + brand.getId()))
			.body(BrandResponse.of(brand));
	}

	@Operation(summary = "Get a brand of a client")
	@GetMapping("/{id}")
	BrandResponse get(CurrentUser user, @PathVariable UUID clientId, @PathVariable UUID id) {
		return BrandResponse.of(this.brands.get(user, clientId, id));
	}

	@Operation(summary = "Rename a brand of a client")
	@PutMapping("/{id}")
	BrandResponse rename(CurrentUser user, @PathVariable UUID clientId, @PathVariable UUID id,
			@RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, BrandRequest.class);
		return BrandResponse.of(this.brands.rename(user, clientId, id, request.value(), request.problems()));
	}

	/** Archives: campaigns and reports may still name the brand. */
	@Operation(summary = "Archive a brand of a client")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> archive(CurrentUser user, @PathVariable UUID clientId, @PathVariable UUID id) {
		this.brands.archive(user, clientId, id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Restore an archived brand of a client")
	@PostMapping("/{id}/restore")
	BrandResponse restore(CurrentUser user, @PathVariable UUID clientId, @PathVariable UUID id) {
		return BrandResponse.of(this.brands.restore(user, clientId, id));
	}

}
