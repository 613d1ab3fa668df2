package dev.aorhub.workspace.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.shared.web.PageResponse;
import dev.aorhub.workspace.AdminOnly;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.audit.SecurityEventQueries;
import dev.aorhub.workspace.audit.SecurityEventQueries.SecurityEventFilter;
import dev.aorhub.workspace.audit.SecurityEventQueries.SecurityEventRow;
import dev.aorhub.workspace.security.SecurityLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The security log for the workspace's admin: every sign-in of its users, successful or
 * not, every second-factor check and every refused request, listed and exported. The
 * admin page reads the same ({@link SecurityLogPagesController}).
 */
@Tag(name = "Security log")
@RestController
@AdminOnly
class SecurityLogApiController {

	private final SecurityEventQueries events;

	SecurityLogApiController(SecurityEventQueries events) {
		this.events = events;
	}

	@Operation(summary = "List security events: sign-ins, second-factor checks, 401 and 403 answers")
	@GetMapping("/api/v1/security-events")
	PageResponse<SecurityEventRow> list(CurrentUser admin, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String outcome, @RequestParam(required = false) UUID userId,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
		return this.events.page(admin.workspaceId(), filter(kind, outcome, userId, from, to),
				PageQuery.of(page, size, q, sort, SecurityEventQueries.SORTING));
	}

	@Operation(summary = "Export security events as CSV or XLSX")
	@GetMapping("/api/v1/security-events/export")
	ResponseEntity<byte[]> export(CurrentUser admin, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) UUID userId, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		return this.events.export(admin.workspaceId(), filter(kind, outcome, userId, from, to), q, sort)
			.toResponse(exportFormat, "security-log");
	}

	/** Unknown kinds and outcomes filter nothing out rather than fail. */
	static SecurityEventFilter filter(String kind, String outcome, UUID userId, Instant from, Instant to) {
		return new SecurityEventFilter(known(kind, SecurityLog.Kind.values()),
				known(outcome, SecurityLog.Outcome.values()), userId, from, to);
	}

	static SecurityEventFilter pageFilter(String kind, String outcome, LocalDate from, LocalDate to, ZoneId zone) {
		return filter(kind, outcome, null, (from != null) ? from.atStartOfDay(zone).toInstant() : null,
				(to != null) ? to.plusDays(1).atStartOfDay(zone).toInstant() : null);
	}

	private static String known(String value, Enum<?>[] constants) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String wanted = value.strip().toUpperCase(java.util.Locale.ROOT);
		return Arrays.stream(constants).map(Enum::name).filter(wanted::equals).findFirst().orElse(null);
	}

	static Map<String, String> choices(Enum<?>[] constants) {
		Map<String, String> choices = new LinkedHashMap<>();
		for (Enum<?> constant : constants) {
			choices.put(constant.name(), SecurityEventQueries.words(constant.name()));
		}
		return choices;
	}

}
