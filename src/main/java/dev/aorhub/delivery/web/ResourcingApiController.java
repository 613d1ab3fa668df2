package dev.aorhub.delivery.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.aorhub.delivery.application.CapacityRequest;
import dev.aorhub.delivery.application.CapacityService;
import dev.aorhub.delivery.application.CapacityService.StaffCapacity;
import dev.aorhub.delivery.application.CapacityService.TimeOff;
import dev.aorhub.delivery.application.ResourcingService;
import dev.aorhub.delivery.application.ResourcingService.DesignationResourcing;
import dev.aorhub.delivery.application.TimeOffRequest;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.shared.web.PageResponse;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Resourcing: committed against worked hours per designation and for the agency, and the
 * capacity behind them (weekly hours and time off).
 */
@Tag(name = "Resourcing")
@RestController
class ResourcingApiController {

	private final ResourcingService resourcing;

	private final CapacityService capacity;

	private final JsonMapper json;

	ResourcingApiController(ResourcingService resourcing, CapacityService capacity, JsonMapper json) {
		this.resourcing = resourcing;
		this.capacity = capacity;
		this.json = json;
	}

	@Operation(summary = "Committed against worked hours of a designation's team over the last complete weeks")
	@GetMapping("/api/v1/designations/{id}/resourcing")
	ResourcingResponse designation(CurrentUser viewer, @PathVariable UUID id,
			@RequestParam(required = false) Integer weeks) {
		var period = this.resourcing.period(viewer.workspaceId(), weeks);
		return ResourcingResponse.of(this.resourcing.designation(viewer.workspaceId(), id, period), period);
	}

	@Operation(summary = "Committed against worked hours of every designation with a team")
	@GetMapping("/api/v1/resourcing")
	List<ResourcingResponse> agency(CurrentUser viewer, @RequestParam(required = false) Integer weeks) {
		var period = this.resourcing.period(viewer.workspaceId(), weeks);
		return this.resourcing.agency(viewer.workspaceId(), period)
			.stream()
			.map((row) -> ResourcingResponse.of(row, period))
			.toList();
	}

	@Operation(summary = "List every staff member's weekly hours")
	@GetMapping("/api/v1/staff-capacity")
	PageResponse<CapacityResponse> capacities(CurrentUser viewer) {
		List<CapacityResponse> items = this.capacity.capacities(viewer.workspaceId())
			.stream()
			.map(CapacityResponse::of)
			.toList();
		return new PageResponse<>(items, 0, Math.max(items.size(), 1), items.size());
	}

	@Operation(summary = "Get a person's weekly hours")
	@GetMapping("/api/v1/staff-capacity/{userId}")
	CapacityResponse capacity(CurrentUser viewer, @PathVariable UUID userId) {
		return CapacityResponse.of(this.capacity.capacity(viewer.workspaceId(), userId));
	}

	@Operation(summary = "Set a person's weekly hours (admin)")
	@PutMapping("/api/v1/staff-capacity/{userId}")
	CapacityResponse setCapacity(CurrentUser admin, @PathVariable UUID userId, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, CapacityRequest.class);
		return CapacityResponse.of(this.capacity.setCapacity(admin, userId, request.value(), request.problems()));
	}

	@Operation(summary = "List time off, newest first")
	@GetMapping("/api/v1/time-off")
	PageResponse<TimeOffResponse> timeOff(CurrentUser viewer, @RequestParam(required = false) UUID userId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) Integer size) {
		int limit = (size != null) ? size : PageQuery.DEFAULT_SIZE;
		if (limit < 1 || limit > PageQuery.MAX_SIZE) {
			throw new InvalidInputException("size", "must be between 1 and " + PageQuery.MAX_SIZE);
		}
		List<TimeOffResponse> items = this.capacity
			.timeOff(viewer.workspaceId(), userId, Months.date(from, "from"), Months.date(to, "to"), limit)
			.stream()
			.map(TimeOffResponse::of)
			.toList();
		return new PageResponse<>(items, 0, limit, items.size());
	}

	@Operation(summary = "Get one absence")
	@GetMapping("/api/v1/time-off/{id}")
	TimeOffResponse timeOff(CurrentUser viewer, @PathVariable UUID id) {
		return TimeOffResponse.of(this.capacity.timeOff(viewer.workspaceId(), id));
	}

	@Operation(summary = "Record time off (one's own; an admin anyone's)")
	@PostMapping("/api/v1/time-off")
	ResponseEntity<TimeOffResponse> addTimeOff(CurrentUser user, @RequestBody JsonNode body) {
		var request = TypedBody.read(this.json, body, TimeOffRequest.class);
		TimeOff absence = this.capacity.addTimeOff(user, request.value(), request.problems());
		return ResponseEntity.created(URI.create("/api/v1/time-off/" + absence.id())).body(TimeOffResponse.of(absence));
	}

	@Operation(summary = "Remove time off")
	@DeleteMapping("/api/v1/time-off/{id}")
	ResponseEntity<Void> removeTimeOff(CurrentUser user, @PathVariable UUID id) {
		this.capacity.removeTimeOff(user, id);
		return ResponseEntity.noContent().build();
	}

	record PersonResponse(UUID userId, String name, BigDecimal committedHours, BigDecimal workedHours,
			BigDecimal gapHours, boolean underResourced) {
	}

	record ResourcingResponse(UUID designationId, UUID clientId, String clientName, String categoryName, String market,
			LocalDate from, LocalDate to, int weeks, BigDecimal committedHours, BigDecimal workedHours,
			BigDecimal gapHours, boolean underResourced, List<PersonResponse> people) {

		static ResourcingResponse of(DesignationResourcing row, ResourcingService.Period period) {
			return new ResourcingResponse(row.designationId(), row.clientId(), row.clientName(), row.categoryName(),
					row.market(), period.from(), period.to(), period.weeks(), row.committedHours(), row.workedHours(),
					row.gapHours(), row.underResourced(),
					row.people()
						.stream()
						.map((p) -> new PersonResponse(p.userId(), p.name(), p.committedHours(), p.workedHours(),
								p.gapHours(), p.underResourced()))
						.toList());
		}

	}

	record CapacityResponse(UUID id, UUID userId, String name, BigDecimal hoursPerWeek, Long version) {

		static CapacityResponse of(StaffCapacity capacity) {
			return new CapacityResponse(capacity.userId(), capacity.userId(), capacity.name(), capacity.hoursPerWeek(),
					capacity.version());
		}

	}

	record TimeOffResponse(UUID id, UUID userId, String userName, LocalDate startDate, LocalDate endDate, String reason,
			long version) {

		static TimeOffResponse of(TimeOff absence) {
			return new TimeOffResponse(absence.id(), absence.userId(), absence.name(), absence.startDate(),
					absence.endDate(), absence.reason(), absence.version());
		}

	}

}
