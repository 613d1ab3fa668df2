package dev.aorhub.delivery.application;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.aorhub.delivery.DeliveryRecords;
import dev.aorhub.delivery.domain.Capacity;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.Ids;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.StaleVersionException;
import dev.aorhub.shared.validation.ConstraintViolations;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.workspace.AdminOnly;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditedChange;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.WorkspaceUsers;
import dev.aorhub.workspace.WorkspaceUsers.UserSummary;
import jakarta.validation.Validator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's capacity: weekly hours (an admin sets them; 40 until then) and time off (each
 * person records their own, an admin anyone's). Both are small settings rows written with
 * plain SQL; each change is audited through an {@link AuditedChange}.
 */
@Service
public class CapacityService {

	/** The longest single absence recorded at once. */
	static final int MAX_TIME_OFF_DAYS = 366;

	private final JdbcClient jdbc;

	private final WorkspaceUsers users;

	private final Validator validator;

	private final ApplicationEventPublisher events;

	private final WorkspaceClock clock;

	CapacityService(JdbcClient jdbc, WorkspaceUsers users, Validator validator, ApplicationEventPublisher events,
			WorkspaceClock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	/** A person's weekly hours; {@code version} null while they are on the default. */
	public record StaffCapacity(UUID userId, String name, BigDecimal hoursPerWeek, Long version) {
	}

	/** An absence of a person. */
	public record TimeOff(UUID id, UUID userId, String name, LocalDate startDate, LocalDate endDate, String reason,
			long version) {
	}

	@Transactional(readOnly = true)
	public List<StaffCapacity> capacities(UUID workspaceId) {
		Map<UUID, StaffCapacity> stored = new java.util.HashMap<>();
		this.jdbc.sql("SELECT user_id, hours_per_week, version FROM staff_capacity WHERE workspace_id = :workspaceId")
			.param("workspaceId", workspaceId)
			.query((rs, n) -> stored.put(rs.getObject("user_id", UUID.class),
					new StaffCapacity(rs.getObject("user_id", UUID.class), null, rs.getBigDecimal("hours_per_week"),
							rs.getLong("version"))))
			.list();
		return this.users.staff(workspaceId).stream().map((person) -> {
			StaffCapacity row = stored.get(person.id());
			return (row != null) ? new StaffCapacity(person.id(), person.name(), row.hoursPerWeek(), row.version())
					: new StaffCapacity(person.id(), person.name(), Capacity.DEFAULT_HOURS_PER_WEEK, null);
		}).toList();
	}

	@Transactional(readOnly = true)
	public StaffCapacity capacity(UUID workspaceId, UUID userId) {
		UserSummary person = staff(workspaceId, userId);
		return this.jdbc
			.sql("""
					SELECT hours_per_week, version FROM staff_capacity WHERE workspace_id = :workspaceId AND user_id = :userId
					""")
			.param("workspaceId", workspaceId)
			.param("userId", userId)
			.query((rs, n) -> new StaffCapacity(userId, person.name(), rs.getBigDecimal("hours_per_week"),
					rs.getLong("version")))
			.optional()
			.orElse(new StaffCapacity(userId, person.name(), Capacity.DEFAULT_HOURS_PER_WEEK, null));
	}

	@AdminOnly
	@Transactional
	public StaffCapacity setCapacity(CurrentUser admin, UUID userId, CapacityRequest request,
			List<FieldProblem> unreadable) {
		StaffCapacity current = capacity(admin.workspaceId(), userId);
		ConstraintViolations.collect(this.validator, request, unreadable).throwIfAny();
		if (request.version() != null && !request.version().equals(current.version())) {
			throw new StaleVersionException("capacity of " + current.name(),
					(current.version() != null) ? current.version() : 0);
		}
		Timestamp now = Timestamp.from(this.clock.now());
		if (current.version() == null) {
			this.jdbc.sql("""
					INSERT INTO staff_capacity (workspace_id, user_id, hours_per_week, updated_at, version)
					VALUES (:workspaceId, :userId, :hours, :now, 0)
					""")
				.param("workspaceId", admin.workspaceId())
				.param("userId", userId)
				.param("hours", request.hoursPerWeek())
				.param("now", now)
				.update();
		}
		else {
			int updated = this.jdbc.sql("""
					UPDATE staff_capacity SET hours_per_week = :hours, updated_at = :now, version = version + 1
					WHERE workspace_id = :workspaceId AND user_id = :userId AND version = :version
					""")
				.param("workspaceId", admin.workspaceId())
				.param("userId", userId)
				.param("hours", request.hoursPerWeek())
				.param("now", now)
				.param("version", current.version())
				.update();
			if (updated == 0) {
				throw new StaleVersionException("capacity of " + current.name(),
						(current.version() != null) ? current.version() : 0);
			}
		}
		AuditEntry entry = AuditEntry.updated(DeliveryRecords.CAPACITY, userId, current.name() + "'s weekly hours",
				Map.of("hoursPerWeek", current.hoursPerWeek().stripTrailingZeros().toPlainString()),
				Map.of("hoursPerWeek", request.hoursPerWeek().stripTrailingZeros().toPlainString()));
		if (entry != null) {
			this.events.publishEvent(new AuditedChange(admin.workspaceId(), entry));
		}
		return capacity(admin.workspaceId(), userId);
	}

	@Transactional(readOnly = true)
	public List<TimeOff> timeOff(UUID workspaceId, UUID userId, LocalDate from, LocalDate to, int limit) {
		return this.jdbc.sql("""
				SELECT t.id, t.user_id, u.name, t.start_date, t.end_date, t.reason, t.version
				FROM time_off t
				JOIN user_directory u ON u.workspace_id = t.workspace_id AND u.id = t.user_id
				WHERE t.workspace_id = :workspaceId AND (CAST(:userId AS UUID) IS NULL OR t.user_id = :userId)
				  AND (CAST(:from AS DATE) IS NULL OR t.end_date >= :from)
				  AND (CAST(:to AS DATE) IS NULL OR t.start_date <= :to)
				ORDER BY t.start_date DESC, u.name
				LIMIT :limit
				""")
			.param("workspaceId", workspaceId)
			.param("userId", userId)
			.param("from", from)
			.param("to", to)
			.param("limit", limit)
			.query((rs, n) -> timeOffRow(rs))
			.list();
	}

	@Transactional(readOnly = true)
	public TimeOff timeOff(UUID workspaceId, UUID id) {
		return findTimeOff(workspaceId, id).orElseThrow(() -> new NotFoundException("time off", id));
	}

	@Transactional
	public TimeOff addTimeOff(CurrentUser user, TimeOffRequest request, List<FieldProblem> unreadable) {
		var problems = ConstraintViolations.collect(this.validator, request, unreadable);
		UUID userId = (request.userId() != null) ? request.userId() : user.userId();
		if (!userId.equals(user.userId()) && !user.isAdmin()) {
			throw new AccessDeniedException("only an admin records someone else's time off");
		}
		UserSummary person = this.users.find(user.workspaceId(), List.of(userId)).get(userId);
		if (person == null || !person.active()) {
			problems.add("userId", "is not an active person of this workspace");
		}
		if (request.startDate() != null && request.endDate() != null) {
			if (request.endDate().isBefore(request.startDate())) {
				problems.add("endDate", "must not be before the start date");
			}
			else if (ChronoUnit.DAYS.between(request.startDate(), request.endDate()) >= MAX_TIME_OFF_DAYS) {
				problems.add("endDate", "must be within a year of the start date");
			}
		}
		problems.throwIfAny();
		UUID id = Ids.newId();
		String reason = (request.reason() == null || request.reason().isBlank()) ? null : request.reason().strip();
		this.jdbc.sql("""
				INSERT INTO time_off (workspace_id, id, user_id, start_date, end_date, reason, created_at, version)
				VALUES (:workspaceId, :id, :userId, :start, :end, :reason, :now, 0)
				""")
			.param("workspaceId", user.workspaceId())
			.param("id", id)
			.param("userId", userId)
			.param("start", request.startDate())
			.param("end", request.endDate())
			.param("reason", reason)
			.param("now", Timestamp.from(this.clock.now()))
			.update();
		this.events.publishEvent(new AuditedChange(user.workspaceId(),
				AuditEntry.created(DeliveryRecords.TIME_OFF, id, person.name() + " away", Map.of("startDate",
						request.startDate(), "endDate", request.endDate(), "reason", (reason != null) ? reason : ""))));
		return timeOff(user.workspaceId(), id);
	}

	@Transactional
	public void removeTimeOff(CurrentUser user, UUID id) {
		TimeOff absence = timeOff(user.workspaceId(), id);
		if (!absence.userId().equals(user.userId()) && !user.isAdmin()) {
			throw new AccessDeniedException("only an admin removes someone else's time off");
		}
		this.jdbc.sql("DELETE FROM time_off WHERE workspace_id = :workspaceId AND id = :id")
			.param("workspaceId", user.workspaceId())
			.param("id", id)
			.update();
		this.events.publishEvent(
				new AuditedChange(user.workspaceId(), new AuditEntry(DeliveryRecords.TIME_OFF, id, AuditEntry.DELETED,
						absence.name() + " away " + absence.startDate() + " to " + absence.endDate(), Map.of())));
	}

	private Optional<TimeOff> findTimeOff(UUID workspaceId, UUID id) {
		return this.jdbc.sql("""
				SELECT t.id, t.user_id, u.name, t.start_date, t.end_date, t.reason, t.version
				FROM time_off t
				JOIN user_directory u ON u.workspace_id = t.workspace_id AND u.id = t.user_id
				WHERE t.workspace_id = :workspaceId AND t.id = :id
				""").param("workspaceId", workspaceId).param("id", id).query((rs, n) -> timeOffRow(rs)).optional();
	}

	private static TimeOff timeOffRow(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new TimeOff(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class), rs.getString("name"),
				rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
				rs.getString("reason"), rs.getLong("version"));
	}

	private UserSummary staff(UUID workspaceId, UUID userId) {
		UserSummary person = this.users.find(workspaceId, List.of(userId)).get(userId);
		if (person == null) {
			throw new NotFoundException("person", userId);
		}
		return person;
	}

}
