package dev.aorhub.delivery.application;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.aorhub.delivery.domain.TimeEntry;
import dev.aorhub.delivery.domain.TimeEntryRules;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditedChange;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's running timer, kept on the server (it survives a reload, another tab, a
 * laptop going to sleep): one per person; stopping it logs a draft entry for today with
 * the minutes it ran, rounded up to a whole minute.
 */
@Service
public class TimerService {

	static final String ENTITY_TYPE = "RunningTimer";

	/** A timer that is running, since {@code startedAt}. */
	public record RunningTimer(UUID userId, Instant startedAt, UUID sowId, UUID campaignId, UUID taskId,
			boolean billable, String note) {

		/**
		 * Minutes the timer stands for at {@code now}: whole minutes rounded up, at least
		 * 1.
		 */
		public int minutesAt(Instant now) {
			long seconds = Math.max(Duration.between(this.startedAt, now).getSeconds(), 0);
			return (int) Math.min(Math.max((seconds + 59) / 60, 1), TimeEntryRules.MINUTES_PER_DAY);
		}

	}

	private final JdbcClient jdbc;

	private final TimeEntryService entries;

	private final WorkspaceClock clock;

	private final ApplicationEventPublisher events;

	TimerService(JdbcClient jdbc, TimeEntryService entries, WorkspaceClock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.entries = entries;
		this.clock = clock;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Optional<RunningTimer> running(CurrentUser user) {
		return this.jdbc.sql("""
				SELECT user_id, started_at, sow_id, campaign_id, task_id, billable, note FROM running_timer
				WHERE workspace_id = :workspaceId AND user_id = :userId
				""")
			.param("workspaceId", user.workspaceId())
			.param("userId", user.userId())
			.query((rs, n) -> new RunningTimer(rs.getObject("user_id", UUID.class),
					rs.getTimestamp("started_at").toInstant(), rs.getObject("sow_id", UUID.class),
					rs.getObject("campaign_id", UUID.class), rs.getObject("task_id", UUID.class),
					rs.getBoolean("billable"), rs.getString("note")))
			.optional();
	}

	/** Starts the caller's timer; what it is for is checked as an entry's would be. */
	@CanEdit
	@Transactional
	public RunningTimer start(CurrentUser user, TimerRequest request, List<FieldProblem> unreadable) {
		running(user).ifPresent((timer) -> {
			throw new ConflictException("timer-running",
					"A timer is already running since " + timer.startedAt() + "; stop it first");
		});
		var valid = this.entries.validate(user, entryOf(user, request, 1), unreadable, null);
		Instant now = this.clock.now();
		this.jdbc
			.sql("""
					INSERT INTO running_timer (workspace_id, user_id, started_at, sow_id, campaign_id, task_id, billable, note)
					VALUES (:workspaceId, :userId, :startedAt, :sowId, :campaignId, :taskId, :billable, :note)
					""")
			.param("workspaceId", user.workspaceId())
			.param("userId", user.userId())
			.param("startedAt", Timestamp.from(now))
			.param("sowId", valid.details().sowId())
			.param("campaignId", valid.details().campaignId())
			.param("taskId", valid.details().taskId())
			.param("billable", valid.details().billable())
			.param("note", valid.details().note())
			.update();
		this.events.publishEvent(new AuditedChange(user.workspaceId(),
				AuditEntry.action(ENTITY_TYPE, user.userId(), "STARTED", "Started a timer")));
		return running(user).orElseThrow();
	}

	/** Stops the caller's timer and logs its time as a draft for today. */
	@CanEdit
	@Transactional
	public TimeEntry stop(CurrentUser user) {
		RunningTimer timer = running(user).orElseThrow(() -> new NotFoundException("No timer is running"));
		this.jdbc.sql("DELETE FROM running_timer WHERE workspace_id = :workspaceId AND user_id = :userId")
			.param("workspaceId", user.workspaceId())
			.param("userId", user.userId())
			.update();
		this.events.publishEvent(new AuditedChange(user.workspaceId(),
				AuditEntry.action(ENTITY_TYPE, user.userId(), "STOPPED", "Stopped the timer")));
		var request = new TimerRequest(timer.sowId(), timer.campaignId(), timer.taskId(), timer.billable(),
				timer.note());
		return this.entries.create(user, entryOf(user, request, timer.minutesAt(this.clock.now())), List.of());
	}

	/** Throws the timer away without logging its time. */
	@CanEdit
	@Transactional
	public void discard(CurrentUser user) {
		int deleted = this.jdbc.sql("DELETE FROM running_timer WHERE workspace_id = :workspaceId AND user_id = :userId")
			.param("workspaceId", user.workspaceId())
			.param("userId", user.userId())
			.update();
		if (deleted > 0) {
			this.events.publishEvent(new AuditedChange(user.workspaceId(),
					AuditEntry.action(ENTITY_TYPE, user.userId(), "DISCARDED", "Discarded the timer")));
		}
	}

	private TimeEntryRequest entryOf(CurrentUser user, TimerRequest request, int minutes) {
		return new TimeEntryRequest(user.userId(), this.clock.today(user.workspaceId()), minutes, request.sowId(),
				request.campaignId(), request.taskId(), request.billable(), request.note(), null, null);
	}

}
