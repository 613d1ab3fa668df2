package dev.aorhub.delivery.web;

import dev.aorhub.delivery.application.ReviewDecisionRequest;
import dev.aorhub.delivery.application.ReviewLinkService;
import dev.aorhub.delivery.domain.CreativeAsset;
import dev.aorhub.delivery.web.ReviewLinkApi.DecisionResponse;
import dev.aorhub.delivery.web.ReviewLinkApi.LinkedAssetResponse;
import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.shared.web.TypedBody;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A review link as JSON, for whoever holds its URL and no other credential: the asset's
 * current version, and the client's approval or request for changes. Every token that
 * opens nothing (tampered, unknown, revoked, expired, the asset approved or archived) is
 * the same 404.
 */
@Tag(name = "Review links")
@RestController
class ReviewLinkApiController {

	private final ReviewLinkService links;

	private final JsonMapper json;

	ReviewLinkApiController(ReviewLinkService links, JsonMapper json) {
		this.links = links;
		this.json = json;
	}

	@Operation(summary = "What a review link shows: one asset's current version and its open comments")
	@RateLimited(LimitedOperation.REVIEW)
	@GetMapping(path = "/review/{token}", produces = MediaType.APPLICATION_JSON_VALUE)
	LinkedAssetResponse show(@PathVariable String token) {
		return LinkedAssetResponse.of(this.links.open(token), ReviewLinkService.PATH + token);
	}

	@Operation(summary = "Approve the asset through its review link; optional {name, comment}")
	@RateLimited(LimitedOperation.REVIEW)
	@PostMapping(path = "/review/{token}/approve", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	DecisionResponse approve(@PathVariable String token, @RequestBody(required = false) JsonNode body) {
		var request = read(body);
		CreativeAsset asset = this.links.approve(token, request.value(), request.problems());
		return answer(asset, "Thank you: your approval is recorded");
	}

	@Operation(summary = "Ask for changes through the review link; {comment} is required, {name} optional")
	@RateLimited(LimitedOperation.REVIEW)
	@PostMapping(path = "/review/{token}/request-changes", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	DecisionResponse requestChanges(@PathVariable String token, @RequestBody(required = false) JsonNode body) {
		var request = read(body);
		CreativeAsset asset = this.links.requestChanges(token, request.value(), request.problems());
		return answer(asset, "Thank you: the team has your comments");
	}

	private TypedBody.Read<ReviewDecisionRequest> read(JsonNode body) {
		return TypedBody.readOptional(this.json, body, ReviewDecisionRequest.class, ReviewDecisionRequest.NONE);
	}

	private static DecisionResponse answer(CreativeAsset asset, String message) {
		return new DecisionResponse(asset.getName(), asset.getStatus(), asset.getCurrentVersion(), message);
	}

}
