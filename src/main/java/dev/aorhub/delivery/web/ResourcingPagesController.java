package dev.aorhub.delivery.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.delivery.application.CapacityRequest;
import dev.aorhub.delivery.application.CapacityService;
import dev.aorhub.delivery.application.ResourcingService;
import dev.aorhub.delivery.application.TimeOffRequest;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.shared.web.FormErrors;
import dev.aorhub.workspace.AdminOnly;
import dev.aorhub.workspace.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Resourcing for people: the agency's designations with committed against worked hours
 * (the under-resourced first, with who is behind the gap), the team's weekly heat map,
 * one designation's team, and the capacity page where weekly hours and time off are kept.
 */
@Controller
class ResourcingPagesController {

	private final ResourcingService resourcing;

	private final CapacityService capacity;

	private final WorkspaceClock clock;

	ResourcingPagesController(ResourcingService resourcing, CapacityService capacity, WorkspaceClock clock) {
		this.resourcing = resourcing;
		this.capacity = capacity;
		this.clock = clock;
	}

	@GetMapping("/resourcing")
	String agency(CurrentUser viewer, @RequestParam(required = false) Integer weeks, Model model) {
		var period = this.resourcing.period(viewer.workspaceId(), weeks);
		var designations = this.resourcing.agency(viewer.workspaceId(), period);
		model.addAttribute("period", period);
		model.addAttribute("designations", designations);
		model.addAttribute("underResourced", designations.stream().filter((d) -> d.underResourced()).count());
		model.addAttribute("heat", this.resourcing.heatMap(viewer.workspaceId(),
				this.resourcing.period(viewer.workspaceId(), Math.max(period.weeks(), 8))));
		return "delivery/resourcing";
	}

	@GetMapping("/resourcing/designations/{id}")
	String designation(CurrentUser viewer, @PathVariable UUID id, @RequestParam(required = false) Integer weeks,
			Model model) {
		var period = this.resourcing.period(viewer.workspaceId(), weeks);
		model.addAttribute("period", period);
		model.addAttribute("r", this.resourcing.designation(viewer.workspaceId(), id, period));
		return "delivery/resourcing-designation";
	}

	@GetMapping("/resourcing/people")
	String people(CurrentUser viewer, Model model) {
		model.addAttribute("capacities", this.capacity.capacities(viewer.workspaceId()));
		model.addAttribute("absences",
				this.capacity.timeOff(viewer.workspaceId(), viewer.isAdmin() ? null : viewer.userId(),
						this.clock.today(viewer.workspaceId()).minusMonths(3), null, 200));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
			model.addAttribute("form", Map.of());
		}
		return "delivery/capacity";
	}

	@AdminOnly
	@PostMapping("/resourcing/people/{userId}/capacity")
	String setCapacity(CurrentUser admin, @PathVariable UUID userId,
			@RequestParam(required = false) String hoursPerWeek, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		try {
			List<FieldProblem> unreadable = new java.util.ArrayList<>();
			BigDecimal hours = decimal(hoursPerWeek, "hoursPerWeek", unreadable);
			var saved = this.capacity.setCapacity(admin, userId, new CapacityRequest(hours, version), unreadable);
			redirect.addFlashAttribute("flash", "Saved " + saved.name() + "'s weekly hours.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("errors", prefixed(FormErrors.of(ex), userId));
			redirect.addFlashAttribute("form",
					Map.of(userId + ".hoursPerWeek", (hoursPerWeek != null) ? hoursPerWeek : ""));
		}
		return "redirect:/resourcing/people";
	}

	@PostMapping("/resourcing/time-off")
	String addTimeOff(CurrentUser user, @RequestParam(required = false) UUID userId,
			@RequestParam(required = false) String startDate, @RequestParam(required = false) String endDate,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			List<FieldProblem> unreadable = new java.util.ArrayList<>();
			var request = new TimeOffRequest(userId, date(startDate, "startDate", unreadable),
					date(endDate, "endDate", unreadable), reason);
			var absence = this.capacity.addTimeOff(user, request, unreadable);
			redirect.addFlashAttribute("flash", "Recorded " + absence.name() + " away.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("errors", FormErrors.of(ex));
			Map<String, Object> form = new HashMap<>();
			form.put("userId", (userId != null) ? userId.toString() : "");
			form.put("startDate", (startDate != null) ? startDate : "");
			form.put("endDate", (endDate != null) ? endDate : "");
			form.put("reason", (reason != null) ? reason : "");
			redirect.addFlashAttribute("form", form);
		}
		return "redirect:/resourcing/people";
	}

	@PostMapping("/resourcing/time-off/{id}/delete")
	String removeTimeOff(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		this.capacity.removeTimeOff(user, id);
		redirect.addFlashAttribute("flash", "Removed the time off.");
		return "redirect:/resourcing/people";
	}

	private static Map<String, String> prefixed(Map<String, String> errors, UUID userId) {
		Map<String, String> keyed = new HashMap<>();
		errors.forEach((field, message) -> keyed.put(userId + "." + field, message));
		return keyed;
	}

	private static BigDecimal decimal(String value, String field, List<FieldProblem> unreadable) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			unreadable.add(new FieldProblem(field, "must be a number of hours, like 37.5"));
			return null;
		}
	}

	private static LocalDate date(String value, String field, List<FieldProblem> unreadable) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			unreadable.add(new FieldProblem(field, "must be a date"));
			return null;
		}
	}

}
