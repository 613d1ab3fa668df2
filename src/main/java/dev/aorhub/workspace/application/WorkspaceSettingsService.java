package dev.aorhub.workspace.application;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.StaleVersionException;
import dev.aorhub.workspace.AdminOnly;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditLog;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.WorkspaceSettings;
import dev.aorhub.workspace.Workspaces;
import dev.aorhub.workspace.domain.Workspace;
import dev.aorhub.workspace.domain.WorkspaceRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes a workspace's settings.
 */
@Service
public class WorkspaceSettingsService implements Workspaces {

	public record SettingsChange(String name, String baseCurrency, String timeZone, Long version) {
	}

	private final WorkspaceRepository workspaces;

	private final AuditLog audit;

	WorkspaceSettingsService(WorkspaceRepository workspaces, AuditLog audit) {
		this.workspaces = workspaces;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public WorkspaceSettings settings(UUID workspaceId) {
		Workspace workspace = load(workspaceId);
		return new WorkspaceSettings(workspace.getId(), workspace.getName(), workspace.getBaseCurrency(),
				workspace.getTimeZone());
	}

	@Transactional(readOnly = true)
	public Workspace get(CurrentUser user) {
		return load(user.workspaceId());
	}

	@AdminOnly
	@Transactional
	public Workspace change(CurrentUser admin, SettingsChange change) {
		Workspace workspace = load(admin.workspaceId());
		StaleVersionException.check("The workspace", change.version(), workspace.getVersion());
		var problems = new InvalidInputException.Collector();
		problems.check(change.name() != null && !change.name().isBlank() && change.name().strip().length() <= 120,
				"name", "must be 1 to 120 characters");
		Currency currency = currency(change.baseCurrency(), problems);
		ZoneId zone = zone(change.timeZone(), problems);
		problems.throwIfAny();
		Map<String, Object> before = workspace.auditState();
		workspace.changeSettings(change.name(), currency, zone);
		this.audit.record(admin, AuditEntry.updated("Workspace", workspace.getId(), "Changed workspace settings",
				before, workspace.auditState()));
		return this.workspaces.saveAndFlush(workspace);
	}

	private Workspace load(UUID workspaceId) {
		return this.workspaces.findById(workspaceId).orElseThrow(() -> new NotFoundException("Workspace", workspaceId));
	}

	/** An ISO 4217 code; USD when none is given. */
	static Currency currency(String code, InvalidInputException.Collector problems) {
		if (code == null || code.isBlank()) {
			return Currency.getInstance("USD");
		}
		try {
			return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add("baseCurrency", "must be an ISO 4217 currency code such as USD or EUR");
			return Currency.getInstance("USD");
		}
	}

	/** A region time zone such as Europe/London; UTC when none is given. */
	static ZoneId zone(String id, InvalidInputException.Collector problems) {
		if (id == null || id.isBlank()) {
			return ZoneId.of("UTC");
		}
		try {
			return ZoneId.of(id.strip());
		}
		catch (DateTimeException ex) {
			problems.add("timeZone", "must be a time zone such as America/New_York or UTC");
			return ZoneId.of("UTC");
		}
	}

}
