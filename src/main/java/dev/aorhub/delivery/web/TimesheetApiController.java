package dev.aorhub.delivery.web;

import java.util.UUID;

import dev.aorhub.delivery.application.TimerRequest;
import dev.aorhub.delivery.application.TimerService;
import dev.aorhub.delivery.application.TimesheetRequest;
import dev.aorhub.delivery.application.TimesheetService;
import dev.aorhub.delivery.domain.TimeEntry;
import dev.aorhub.delivery.domain.Week;
import dev.aorhub.delivery.web.TimeEntryApi.Submitted;
import dev.aorhub.delivery.web.TimeEntryApi.TimeEntryResponse;
import dev.aorhub.delivery.web.TimeEntryApi.TimerResponse;
import dev.aorhub.delivery.web.TimeEntryApi.TimesheetSaved;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.web.TypedBody;
import dev.aorhub.workspace.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's week saved at once, as the timesheet page saves it, and their running timer.
 * {@code week} is {@code 2026-W48} or any date of the week.
 */
@Tag(name = "Timesheets")
@RestController
class TimesheetApiController {

	private final TimesheetService timesheets;

	private final TimerService timers;

	private final JsonMapper json;

	TimesheetApiController(TimesheetService timesheets, TimerService timers, JsonMapper json) {
		this.timesheets = timesheets;
		this.timers = timers;
		this.json = json;
	}

	@Operation(summary = "Save a person's week: each cell logs, changes or deletes one draft entry")
	@PutMapping("/api/v1/timesheets/{userId}/{week}")
	TimesheetSaved save(CurrentUser user, @PathVariable UUID userId, @PathVariable String week,
			@RequestBody JsonNode body) {
		Week parsed = week(week);
		var request = TypedBody.read(this.json, body, TimesheetRequest.class);
		return TimesheetSaved.of(parsed.isoName(),
				this.timesheets.save(user, userId, parsed, request.value(), request.problems()));
	}

	@Operation(summary = "Submit every draft of a person's week")
	@PostMapping("/api/v1/timesheets/{userId}/{week}/submit")
	Submitted submit(CurrentUser user, @PathVariable UUID userId, @PathVariable String week) {
		return new Submitted(this.timesheets.submitWeek(user, userId, week(week)));
	}

	@Operation(summary = "The caller's running timer, if any")
	@GetMapping("/api/v1/timer")
	TimerResponse timer(CurrentUser user) {
		return TimerResponse.of(this.timers.running(user).orElse(null));
	}

	@Operation(summary = "Start the caller's timer (one per person)")
	@PostMapping("/api/v1/timer/start")
	TimerResponse start(CurrentUser user, @RequestBody(required = false) JsonNode body) {
		var request = TypedBody.readOptional(this.json, body, TimerRequest.class,
				new TimerRequest(null, null, null, null, null));
		return TimerResponse.of(this.timers.start(user, request.value(), request.problems()));
	}

	@Operation(summary = "Stop the caller's timer, logging its time as a draft entry for today")
	@PostMapping("/api/v1/timer/stop")
	TimeEntryResponse stop(CurrentUser user) {
		TimeEntry entry = this.timers.stop(user);
		return TimeEntryResponse.of(entry, user.name());
	}

	@Operation(summary = "Discard the caller's timer without logging its time")
	@DeleteMapping("/api/v1/timer")
	void discard(CurrentUser user) {
		this.timers.discard(user);
	}

	static Week week(String text) {
		return Week.parse(text)
			.orElseThrow(() -> new InvalidInputException("week", "must be a week such as 2026-W48 or a date"));
	}

}
