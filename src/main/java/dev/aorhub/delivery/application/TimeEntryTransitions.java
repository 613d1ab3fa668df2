package dev.aorhub.delivery.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.delivery.TimeEntriesApproved;
import dev.aorhub.delivery.TimeEntryStatus;
import dev.aorhub.delivery.domain.HoursText;
import dev.aorhub.delivery.domain.TimeEntry;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.time.DateText;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.workspace.AdminOnly;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditedChange;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves many time entries at once (a week submitted, a team's week approved, entries
 * reopened), all or nothing: one query loads them, one statement moves them, and each
 * entry's move is audited on its own. An id the workspace does not have answers 404 like
 * any other id; an entry in the wrong status answers 409 naming it, and nothing moves.
 */
@Service
public class TimeEntryTransitions {

	/** At most this many entries move in one request: a team's month is far fewer. */
	public static final int MAX_IDS = 1000;

	private final JdbcClient jdbc;

	private final WorkspaceClock clock;

	private final ApplicationEventPublisher events;

	TimeEntryTransitions(JdbcClient jdbc, WorkspaceClock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/** An entry as a move needs it. */
	record Moving(UUID id, UUID userId, java.time.LocalDate date, int minutes, UUID sowId, TimeEntryStatus status) {

		String describe() {
			return HoursText.clock(this.minutes) + " h on " + DateText.of(this.date);
		}

	}

	/** DRAFT → SUBMITTED; people submit their own time, an admin anyone's. */
	@CanEdit
	@Transactional
	public int submit(CurrentUser actor, List<UUID> ids) {
		List<Moving> entries = load(actor, ids, Set.of(TimeEntryStatus.DRAFT), "submitted");
		if (!actor.isAdmin() && entries.stream().anyMatch((e) -> !e.userId().equals(actor.userId()))) {
			throw new AccessDeniedException("Only an admin may submit someone else's time");
		}
		Instant now = this.clock.now();
		move(actor, entries, TimeEntryStatus.SUBMITTED, ", submitted_at = :now", now, null);
		entries.forEach((e) -> audit(actor, e, "SUBMITTED", "Submitted " + e.describe()));
		return entries.size();
	}

	/**
	 * SUBMITTED → APPROVED, then one {@link TimeEntriesApproved} for billing and retainer
	 * burn.
	 */
	@CanApproveTime
	@Transactional
	public int approve(CurrentUser actor, List<UUID> ids) {
		List<Moving> entries = load(actor, ids, Set.of(TimeEntryStatus.SUBMITTED), "approved");
		Instant now = this.clock.now();
		move(actor, entries, TimeEntryStatus.APPROVED, ", approved_by = :actorId, approved_at = :now", now,
				actor.userId());
		entries.forEach((e) -> audit(actor, e, "APPROVED", "Approved " + e.describe()));
		List<UUID> sowIds = entries.stream().map(Moving::sowId).filter(java.util.Objects::nonNull).distinct().toList();
		this.events.publishEvent(
				new TimeEntriesApproved(actor.workspaceId(), entries.stream().map(Moving::id).toList(), sowIds));
		return entries.size();
	}

	/**
	 * SUBMITTED or APPROVED → DRAFT, with the reason in each entry's audit entry; the
	 * person then corrects and submits again.
	 */
	@AdminOnly
	@Transactional
	public int reopen(CurrentUser actor, List<UUID> ids, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "is required: say why the time is reopened");
		}
		if (reason.strip().length() > 500) {
			throw new InvalidInputException("reason", "must be at most 500 characters");
		}
		List<Moving> entries = load(actor, ids, Set.of(TimeEntryStatus.SUBMITTED, TimeEntryStatus.APPROVED),
				"reopened");
		move(actor, entries, TimeEntryStatus.DRAFT, ", submitted_at = NULL, approved_by = NULL, approved_at = NULL",
				this.clock.now(), null);
		entries.forEach((e) -> audit(actor, e, "REOPENED",
				"Reopened " + e.describe() + " (was " + e.status().name() + "): " + reason.strip()));
		return entries.size();
	}

	private List<Moving> load(CurrentUser actor, List<UUID> ids, Set<TimeEntryStatus> from, String verb) {
		if (ids == null || ids.isEmpty()) {
			throw new InvalidInputException("ids", "is required: name at least one time entry");
		}
		if (ids.stream().anyMatch(java.util.Objects::isNull)) {
			throw new InvalidInputException("ids", "must not contain null");
		}
		Set<UUID> wanted = new LinkedHashSet<>(ids);
		if (wanted.size() > MAX_IDS) {
			throw new InvalidInputException("ids", "must name at most " + MAX_IDS + " entries at once");
		}
		List<Moving> entries = this.jdbc.sql("""
				SELECT id, user_id, entry_date, minutes, sow_id, status FROM time_entry
				WHERE workspace_id = :workspaceId AND id IN (:ids)
				ORDER BY entry_date, id
				""")
			.param("workspaceId", actor.workspaceId())
			.param("ids", wanted)
			.query((rs, n) -> new Moving(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
					rs.getObject("entry_date", java.time.LocalDate.class), rs.getInt("minutes"),
					rs.getObject("sow_id", UUID.class), TimeEntryStatus.valueOf(rs.getString("status"))))
			.list();
		if (entries.size() < wanted.size()) {
			Set<UUID> missing = new LinkedHashSet<>(wanted);
			entries.forEach((e) -> missing.remove(e.id()));
			throw new NotFoundException(TimeEntryService.ENTITY + " " + missing.iterator().next() + " was not found");
		}
		List<String> wrong = new ArrayList<>();
		for (Moving entry : entries) {
			if (!from.contains(entry.status())) {
				wrong.add(entry.id() + " is " + entry.status().name());
			}
		}
		if (!wrong.isEmpty()) {
			throw new ConflictException("illegal-state-change",
					"Only " + String.join(" or ", from.stream().sorted().map(Enum::name).toList())
							+ " time entries can be " + verb + "; nothing changed: " + String.join(", ", wrong),
					java.util.Map.of("entryIds", wrong.stream().map((w) -> w.substring(0, 36)).toList()));
		}
		return entries;
	}

	/**
	 * One statement for all; it checks the statuses again, so an entry another request
	 * moved meanwhile makes this one a conflict instead of a double move.
	 */
	private void move(CurrentUser actor, List<Moving> entries, TimeEntryStatus to, String extraColumns, Instant now,
			UUID actorId) {
		Set<String> from = new LinkedHashSet<>();
		entries.forEach((e) -> from.add(e.status().name()));
		var statement = this.jdbc
			.sql("UPDATE time_entry SET status = :to, updated_at = :now, version = version + 1" + extraColumns
					+ " WHERE workspace_id = :workspaceId AND id IN (:ids) AND status IN (:from)")
			.param("to", to.name())
			.param("now", Timestamp.from(now))
			.param("workspaceId", actor.workspaceId())
			.param("ids", entries.stream().map(Moving::id).toList())
			.param("from", from);
		if (actorId != null) {
			statement = statement.param("actorId", actorId);
		}
		int moved = statement.update();
		if (moved != entries.size()) {
			throw new ConflictException("stale-version",
					"Some of the time entries were changed by someone else meanwhile; reload and try again");
		}
	}

	private void audit(CurrentUser actor, Moving entry, String action, String summary) {
		this.events.publishEvent(new AuditedChange(actor.workspaceId(), new AuditEntry(TimeEntry.ENTITY_TYPE,
				entry.id(), action, summary,
				java.util.Map.of("status", new AuditEntry.FieldChange(entry.status().name(), target(action))))));
	}

	private static String target(String action) {
		return switch (action) {
			case "SUBMITTED" -> "SUBMITTED";
			case "APPROVED" -> "APPROVED";
			default -> "DRAFT";
		};
	}

}
