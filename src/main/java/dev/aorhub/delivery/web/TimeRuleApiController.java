package dev.aorhub.delivery.web;

import java.util.UUID;

import dev.aorhub.delivery.application.TimeRuleRequest;
import dev.aorhub.delivery.application.TimeRuleService;
import dev.aorhub.delivery.web.TimeEntryApi.TimeRuleResponse;
import dev.aorhub.shared.web.TypedBody;
import dev.aorhub.workspace.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * How a SOW rounds its time for billing. A SOW without a rule answers the default, no
 * rounding, with version 0.
 */
@Tag(name = "Time entries")
@RestController
class TimeRuleApiController {

	private final TimeRuleService rules;

	private final JsonMapper json;

	TimeRuleApiController(TimeRuleService rules, JsonMapper json) {
		this.rules = rules;
		this.json = json;
	}

	@Operation(summary = "Get a SOW's time rounding rule")
	@GetMapping("/api/v1/sows/{id}/time-rules")
	TimeRuleResponse get(CurrentUser viewer, @PathVariable UUID id) {
		return TimeRuleResponse.of(this.rules.get(viewer, id));
	}

	@Operation(summary = "Change a SOW's time rounding rule; its draft and submitted time is rounded again")
	@PutMapping("/api/v1/sows/{id}/time-rules")
	TimeRuleResponse put(CurrentUser user, @PathVariable UUID id, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, TimeRuleRequest.class);
		return TimeRuleResponse.of(this.rules.change(user, id, request.value(), request.problems()));
	}

}
