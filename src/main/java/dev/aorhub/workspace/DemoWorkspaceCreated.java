package dev.aorhub.workspace;

import java.util.Map;
import java.util.UUID;

/**
 * Published once, in the seeding transaction, when the demo workspace has been made, so
 * each module can add its own demo data. {@code usersByEmail} names the demo staff.
 */
public record DemoWorkspaceCreated(CurrentUser admin, Map<String, UUID> usersByEmail) {

}
