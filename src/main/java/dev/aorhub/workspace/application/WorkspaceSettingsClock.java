package dev.aorhub.workspace.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.workspace.Workspaces;

import org.springframework.stereotype.Component;

/**
 * The workspace clock: the application's {@link Clock} read in the time zone of each
 * workspace's settings.
 */
@Component
class WorkspaceSettingsClock implements WorkspaceClock {

	private final Clock clock;

	private final Workspaces workspaces;

	WorkspaceSettingsClock(Clock clock, Workspaces workspaces) {
		this.clock = clock;
		this.workspaces = workspaces;
	}

	@Override
	public Instant now() {
		return this.clock.instant();
	}

	@Override
	public ZoneId zone(UUID workspaceId) {
		return this.workspaces.settings(workspaceId).timeZone();
	}

}
