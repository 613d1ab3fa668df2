package dev.aorhub.workspace.web;

import java.util.UUID;

import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.application.WorkspaceSettingsService;
import dev.aorhub.workspace.application.WorkspaceSettingsService.SettingsChange;
import jakarta.validation.Valid;
import dev.aorhub.workspace.domain.Workspace;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's workspace and its settings.
 */
@Tag(name = "Workspace")
@RestController
@RequestMapping("/api/v1/workspace")
class WorkspaceApiController {

	/**
	 * @param secondFactorRequired whom the workspace requires a second factor of: NONE,
	 * ADMINS or EVERYONE
	 */
	record WorkspaceResponse(UUID id, String name, String baseCurrency, String timeZone, long version,
			String secondFactorRequired) {

		static WorkspaceResponse of(Workspace workspace) {
			return new WorkspaceResponse(workspace.getId(), workspace.getName(),
					workspace.getBaseCurrency().getCurrencyCode(), workspace.getTimeZone().getId(),
					workspace.getVersion(), workspace.getSecondFactorRequired().name());
		}

	}

	private final WorkspaceSettingsService settings;

	WorkspaceApiController(WorkspaceSettingsService settings) {
		this.settings = settings;
	}

	@Operation(summary = "Get the workspace settings")
	@GetMapping
	WorkspaceResponse get(CurrentUser user) {
		return WorkspaceResponse.of(this.settings.get(user));
	}

	@Operation(summary = "Update the workspace settings")
	@PutMapping
	WorkspaceResponse update(CurrentUser admin, @Valid @RequestBody SettingsChange change) {
		return WorkspaceResponse.of(this.settings.change(admin, change));
	}

}
