package dev.aorhub.workspace.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.shared.web.FormErrors;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.application.WorkspaceSettingsService;
import dev.aorhub.workspace.application.WorkspaceSettingsService.SettingsChange;
import jakarta.validation.Valid;
import dev.aorhub.workspace.audit.AuditLabels;
import dev.aorhub.workspace.audit.AuditLogPage;
import dev.aorhub.workspace.audit.AuditQueries;
import dev.aorhub.workspace.audit.AuditQueries.AuditFilter;
import dev.aorhub.workspace.domain.Workspace;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's audit log and workspace settings pages.
 */
@Controller
@RequestMapping("/admin")
class AdminPagesController {

	/**
	 * A page of the audit log: a screen of events, not a scroll of thousands of pixels.
	 */
	static final int AUDIT_PAGE_SIZE = 25;

	private final AuditQueries audit;

	private final AuditLogPage auditPage;

	private final UserQueries users;

	private final WorkspaceSettingsService settings;

	private final WorkspaceClock clock;

	AdminPagesController(AuditQueries audit, AuditLogPage auditPage, UserQueries users,
			WorkspaceSettingsService settings, WorkspaceClock clock) {
		this.audit = audit;
		this.auditPage = auditPage;
		this.users = users;
		this.settings = settings;
		this.clock = clock;
	}

	@GetMapping("/audit")
	String audit(CurrentUser admin, @RequestParam(required = false) UUID entityId,
			@RequestParam(required = false) String entityType, @RequestParam(required = false) UUID actorId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String sort, Model model) {
		ZoneId zone = this.clock.zone(admin.workspaceId());
		AuditFilter filter = new AuditFilter(entityId, entityType, actorId, null, startOf(from, zone),
				startOf((to != null) ? to.plusDays(1) : null, zone));
		PageQuery query = PageQuery.of(page, AUDIT_PAGE_SIZE, q, sort, AuditQueries.SORTING);
		model.addAttribute("query", query);
		model.addAttribute("filter",
				Map.of("entityId", (entityId != null) ? entityId.toString() : "", "entityType",
						(entityType != null) ? entityType : "", "actorId", (actorId != null) ? actorId.toString() : "",
						"from", (from != null) ? from.toString() : "", "to", (to != null) ? to.toString() : ""));
		model.addAttribute("events", this.auditPage.page(admin, filter, query));
		Map<String, String> entityTypes = new TreeMap<>();
		this.audit.entityTypes(admin.workspaceId())
			.forEach((type) -> entityTypes.put(type, AuditLabels.entityType(type)));
		model.addAttribute("entityTypes",
				entityTypes.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList());
		model.addAttribute("people",
				this.users
					.page(admin.workspaceId(), new UserQueries.UserFilter(null, null),
							PageQuery.of(0, PageQuery.MAX_SIZE, null, null, UserQueries.SORTING))
					.items());
		return "workspace/audit";
	}

	@GetMapping("/audit/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> exportAudit(CurrentUser admin, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) UUID entityId, @RequestParam(required = false) String entityType,
			@RequestParam(required = false) UUID actorId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort) {
		ZoneId zone = this.clock.zone(admin.workspaceId());
		AuditFilter filter = new AuditFilter(entityId, entityType, actorId, null, startOf(from, zone),
				startOf((to != null) ? to.plusDays(1) : null, zone));
		return AuditApiController.exportTable(this.audit, admin, filter, q, sort)
			.toResponse(ExportFormat.parse(format), "audit-log");
	}

	@GetMapping("/workspace")
	String workspace(CurrentUser admin, Model model) {
		Workspace workspace = this.settings.get(admin);
		model.addAttribute("form",
				new SettingsChange(workspace.getName(), workspace.getBaseCurrency().getCurrencyCode(),
						workspace.getTimeZone().getId(), workspace.getVersion(),
						workspace.getSecondFactorRequired().name()));
		model.addAttribute("errors", Map.of());
		model.addAttribute("zones", ZoneId.getAvailableZoneIds().stream().sorted().toList());
		return "workspace/settings";
	}

	@PostMapping("/workspace")
	String saveWorkspace(CurrentUser admin, @Valid @ModelAttribute("form") SettingsChange form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		Map<String, String> errors = FormErrors.of(binding);
		if (errors.isEmpty()) {
			try {
				this.settings.change(admin, form);
				redirect.addFlashAttribute("flash", "Workspace settings saved.");
				return "redirect:/admin/workspace";
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex);
			}
			catch (ConflictException ex) {
				redirect.addFlashAttribute("flashError", ex.getMessage());
				return "redirect:/admin/workspace";
			}
		}
		model.addAttribute("errors", errors);
		model.addAttribute("zones", ZoneId.getAvailableZoneIds().stream().sorted().toList());
		return "workspace/settings";
	}

	private static Instant startOf(LocalDate date, ZoneId zone) {
		return (date != null) ? date.atStartOfDay(zone).toInstant() : null;
	}

}
