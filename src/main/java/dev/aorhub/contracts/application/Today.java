package dev.aorhub.contracts.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.aorhub.workspace.Workspaces;

import org.springframework.stereotype.Component;

/**
 * Today's date where the workspace is (contract days count in the agency's time zone),
 * and the instant of approvals, from the one application clock.
 */
@Component("contractsToday")
public class Today {

	private final Clock clock;

	private final Workspaces workspaces;

	Today(Clock clock, Workspaces workspaces) {
		this.clock = clock;
		this.workspaces = workspaces;
	}

	public LocalDate of(UUID workspaceId) {
		return LocalDate.now(this.clock.withZone(this.workspaces.settings(workspaceId).timeZone()));
	}

	public Instant now() {
		return this.clock.instant();
	}

}
