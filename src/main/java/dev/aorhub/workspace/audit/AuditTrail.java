package dev.aorhub.workspace.audit;

import java.util.Optional;

import dev.aorhub.workspace.AuditableEvent;
import dev.aorhub.workspace.CurrentUser;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps every {@link AuditableEvent} in the audit log, synchronously and in the
 * transaction that published it: the change and its entry are saved together or not at
 * all. The actor is the signed-in user of that workspace; a reaction that runs with no
 * one signed in (an event listener after a commit, a restart) is recorded as AOR Hub.
 */
@Component
class AuditTrail {

	private final JdbcAuditLog log;

	AuditTrail(JdbcAuditLog log) {
		this.log = log;
	}

	@EventListener
	void on(AuditableEvent event) {
		Optional<CurrentUser> actor = Optional.ofNullable(event.actor())
			.or(CurrentUser::current)
			.filter((user) -> user.workspaceId().equals(event.workspaceId()));
		this.log.record(event.workspaceId(), actor.orElse(null), event.auditEntry());
	}

}
