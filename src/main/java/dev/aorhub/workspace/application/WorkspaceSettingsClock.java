package dev.aorhub.workspace.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.workspace.WorkspaceSettingsChanged;
import dev.aorhub.workspace.Workspaces;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The workspace clock: the application's {@link Clock} read in the time zone of each
 * workspace's settings. Nearly every request asks for "today", and a time zone changes
 * about never, so zones are kept for a minute: a change on this node is seen at once
 * ({@link WorkspaceSettingsChanged}), one on another node within that minute.
 */
@Component
class WorkspaceSettingsClock implements WorkspaceClock {

	static final Duration ZONE_LIFETIME = Duration.ofMinutes(1);

	private record KnownZone(ZoneId zone, Instant until) {
	}

	private final Map<UUID, KnownZone> zones = new ConcurrentHashMap<>();

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
		Instant now = this.clock.instant();
		KnownZone known = this.zones.get(workspaceId);
		if (known == null || !now.isBefore(known.until())) {
			known = new KnownZone(this.workspaces.settings(workspaceId).timeZone(), now.plus(ZONE_LIFETIME));
			this.zones.put(workspaceId, known);
		}
		return known.zone();
	}

	@EventListener
	void on(WorkspaceSettingsChanged event) {
		this.zones.remove(event.workspaceId());
	}

}
