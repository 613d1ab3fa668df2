package dev.aorhub.workspace;

/**
 * Where every module records its creates, updates, deletes and state changes: who, when,
 * what and the changed fields. It writes in the caller's transaction, so a change and its
 * audit entry are saved together or not at all.
 */
public interface AuditLog {

	/** Records the entry; a null entry (an update that changed nothing) is ignored. */
	void record(CurrentUser actor, AuditEntry entry);

}
