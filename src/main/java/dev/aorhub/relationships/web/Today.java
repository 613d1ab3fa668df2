package dev.aorhub.relationships.web;

import java.time.Clock;
import java.time.LocalDate;

import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.Workspaces;

import org.springframework.stereotype.Component;

/**
 * Today's date where the workspace is: renewal days count in the agency's time zone.
 */
@Component
class Today {

	private final Clock clock;

	private final Workspaces workspaces;

	Today(Clock clock, Workspaces workspaces) {
		this.clock = clock;
		this.workspaces = workspaces;
	}

	LocalDate of(CurrentUser user) {
		return LocalDate.now(this.clock.withZone(this.workspaces.settings(user.workspaceId()).timeZone()));
	}

}
