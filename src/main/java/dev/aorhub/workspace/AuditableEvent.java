package dev.aorhub.workspace;

import java.util.UUID;

/**
 * A domain event the audit log keeps: it says, in words a person reads, what happened to
 * which record. Every module's events implement it, so "every change is audited" follows
 * from publishing the event, not from a call each service has to remember. The audit
 * trail writes the entry in the publishing transaction, with the signed-in user as the
 * actor (or AOR Hub itself for a reaction that runs without one).
 */
public interface AuditableEvent {

	UUID workspaceId();

	/** The entry to keep; null when the change turned out to change nothing. */
	AuditEntry auditEntry();

	/**
	 * Who made the change when it is not the signed-in user (at sign-up, the new admin);
	 * null for the signed-in user.
	 */
	default CurrentUser actor() {
		return null;
	}

}
