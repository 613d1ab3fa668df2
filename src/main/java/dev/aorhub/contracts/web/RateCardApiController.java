package dev.aorhub.contracts.web;

import java.net.URI;
import java.util.UUID;

import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.contracts.application.RateCardRequest;
import dev.aorhub.contracts.application.RateCardService;
import dev.aorhub.contracts.domain.RateCard;
import dev.aorhub.contracts.web.ContractsApi.RateCardListItem;
import dev.aorhub.contracts.web.ContractsApi.RateCardResponse;
import dev.aorhub.shared.export.ExportFormat;
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
 * Rate cards: list, export, create, change, archive, and making one the default.
 */
@Tag(name = "Rate cards")
@RestController
@RequestMapping("/api/v1/rate-cards")
class RateCardApiController {

	private final RateCardService cards;

	private final ContractQueries queries;

	private final JsonMapper json;

	RateCardApiController(RateCardService cards, ContractQueries queries, JsonMapper json) {
		this.json = json;
		this.cards = cards;
		this.queries = queries;
	}

	@Operation(summary = "List rate cards")
	@GetMapping
	PageResponse<RateCardListItem> list(CurrentUser user, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "false") boolean archived) {
		return this.queries
			.rateCards(user.workspaceId(), archived,
					PageQuery.of(page, size, q, sort, ContractQueries.RATE_CARD_SORTING))
			.map(RateCardListItem::of);
	}

	@Operation(summary = "Export rate cards as CSV or XLSX")
	@GetMapping("/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> export(CurrentUser user, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "false") boolean archived) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		return ContractExports.rateCards(this.queries, user.workspaceId(), archived, q, sort)
			.toResponse(exportFormat, "rate-cards");
	}

	@Operation(summary = "Create a rate card")
	@PostMapping
	ResponseEntity<RateCardResponse> create(CurrentUser user, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, RateCardRequest.class);
		RateCard card = this.cards.create(user, request.value(), request.problems());
		return ResponseEntity.created(URI.create("/api/v1/rate-cards/" + card.getId())).body(RateCardResponse.of(card));
	}

	@Operation(summary = "Get a rate card")
	@GetMapping("/{id}")
	RateCardResponse get(CurrentUser user, @PathVariable UUID id) {
		return RateCardResponse.of(this.cards.get(user, id));
	}

	@Operation(summary = "Update a rate card")
	@PutMapping("/{id}")
	RateCardResponse update(CurrentUser user, @PathVariable UUID id, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, RateCardRequest.class);
		return RateCardResponse.of(this.cards.update(user, id, request.value(), request.problems()));
	}

	@Operation(summary = "Make a rate card the default")
	@PostMapping("/{id}/make-default")
	RateCardResponse makeDefault(CurrentUser user, @PathVariable UUID id) {
		return RateCardResponse.of(this.cards.makeDefault(user, id));
	}

	/** Archives: MSAs priced with the card keep pointing at it. */
	@Operation(summary = "Archive a rate card")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> archive(CurrentUser user, @PathVariable UUID id) {
		this.cards.archive(user, id);
		return ResponseEntity.noContent().build();
	}

}
