package dev.aorhub.workspace.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.workspace.AdminOnly;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.audit.SecurityEventQueries;
import dev.aorhub.workspace.security.SecurityLog;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin's security log page and its export: the same events and filters as
 * {@link SecurityLogApiController}, dates in the workspace's time zone.
 */
@Controller
@AdminOnly
class SecurityLogPagesController {

	static final int PAGE_SIZE = 50;

	private final SecurityEventQueries events;

	private final WorkspaceClock clock;

	SecurityLogPagesController(SecurityEventQueries events, WorkspaceClock clock) {
		this.events = events;
		this.clock = clock;
	}

	@GetMapping("/admin/security-log")
	String page(CurrentUser admin, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String outcome,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String sort, Model model) {
		ZoneId zone = this.clock.zone(admin.workspaceId());
		PageQuery query = PageQuery.of(page, PAGE_SIZE, q, sort, SecurityEventQueries.SORTING);
		model.addAttribute("query", query);
		model.addAttribute("filter", Map.of("kind", text(kind), "outcome", text(outcome), "from",
				(from != null) ? from.toString() : "", "to", (to != null) ? to.toString() : ""));
		model.addAttribute("kinds", SecurityLogApiController.choices(SecurityLog.Kind.values()));
		model.addAttribute("outcomes", SecurityLogApiController.choices(SecurityLog.Outcome.values()));
		model.addAttribute("events", this.events.page(admin.workspaceId(),
				SecurityLogApiController.pageFilter(kind, outcome, from, to, zone), query));
		return "workspace/security-log";
	}

	@GetMapping("/admin/security-log/export")
	ResponseEntity<byte[]> exportPage(CurrentUser admin, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		ZoneId zone = this.clock.zone(admin.workspaceId());
		return this.events
			.export(admin.workspaceId(), SecurityLogApiController.pageFilter(kind, outcome, from, to, zone), q, sort)
			.toResponse(exportFormat, "security-log");
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
