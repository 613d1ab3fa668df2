package dev.aorhub.shared.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * The one clock of the application, for every module: the current instant, and today's
 * date where the workspace is. Business days (contract terms, renewal notices, the year
 * of a SOW number) count in the agency's own time zone, not the server's, so a user in
 * Sydney and the server in UTC agree on what "today" is for that agency. The workspace
 * module implements it from its settings; tests replace the underlying
 * {@link java.time.Clock}.
 */
public interface WorkspaceClock {

	/** Now, from the application clock. */
	Instant now();

	/** The workspace's time zone (its settings). */
	ZoneId zone(UUID workspaceId);

	/** Today's date in the workspace's time zone. */
	default LocalDate today(UUID workspaceId) {
		return LocalDate.ofInstant(now(), zone(workspaceId));
	}

}
