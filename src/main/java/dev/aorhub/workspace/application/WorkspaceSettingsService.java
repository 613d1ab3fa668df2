package dev.aorhub.workspace.application;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.UUID;

import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.validation.ValidCurrency;
import dev.aorhub.shared.validation.ValidTimeZone;
import dev.aorhub.shared.StaleVersionException;
import dev.aorhub.workspace.AdminOnly;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.WorkspaceSettings;
import dev.aorhub.workspace.Workspaces;
import dev.aorhub.workspace.domain.SecondFactorRule;
import dev.aorhub.workspace.domain.Workspace;
import dev.aorhub.workspace.domain.WorkspaceRepository;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Reads and changes a workspace's settings.
 */
@Service
@Validated
public class WorkspaceSettingsService implements Workspaces {

	/**
	 * A change of the settings as the API and the settings page send it; without
	 * {@code secondFactorRequired} (NONE, ADMINS or EVERYONE) that rule stays as it is.
	 */
	public record SettingsChange(
			@NotBlank(message = "must be 1 to 120 characters") @Size(max = 120,
					message = "must be 1 to 120 characters") String name,
			@ValidCurrency String baseCurrency, @ValidTimeZone String timeZone, Long version,
			String secondFactorRequired) {
	}

	private final WorkspaceRepository workspaces;

	WorkspaceSettingsService(WorkspaceRepository workspaces) {
		this.workspaces = workspaces;
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
	public Workspace change(CurrentUser admin, @Valid SettingsChange change) {
		Workspace workspace = load(admin.workspaceId());
		StaleVersionException.check("The workspace", change.version(), workspace.getVersion());
		workspace.changeSettings(change.name(), currency(change.baseCurrency()), zone(change.timeZone()),
				SecondFactorRule.parse(change.secondFactorRequired(), workspace.getSecondFactorRequired()));
		return this.workspaces.saveAndFlush(workspace);
	}

	private Workspace load(UUID workspaceId) {
		return this.workspaces.findById(workspaceId).orElseThrow(() -> new NotFoundException("Workspace", workspaceId));
	}

	/** An ISO 4217 code; USD when none is given. */
	static Currency currency(@ValidCurrency String code) {
		return (code == null || code.isBlank()) ? Currency.getInstance("USD")
				: Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
	}

	/** A region time zone such as Europe/London; UTC when none is given. */
	static ZoneId zone(@ValidTimeZone String id) {
		return (id == null || id.isBlank()) ? ZoneId.of("UTC") : ZoneId.of(id.strip());
	}

}
