package dev.aorhub.delivery.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dev.aorhub.contracts.StatementsOfWork;
import dev.aorhub.contracts.StatementsOfWork.SowSummary;
import dev.aorhub.delivery.TimeEntryStatus;
import dev.aorhub.delivery.application.WorkTargets.CampaignTarget;
import dev.aorhub.delivery.application.WorkTargets.TaskTarget;
import dev.aorhub.delivery.domain.RateInForce;
import dev.aorhub.delivery.domain.TimeEntry;
import dev.aorhub.delivery.domain.TimeEntryDetails;
import dev.aorhub.delivery.domain.TimeEntryRepository;
import dev.aorhub.delivery.domain.TimeEntryRules;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.StaleVersionException;
import dev.aorhub.shared.time.DateText;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.shared.validation.ConstraintViolations;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.Role;
import dev.aorhub.workspace.WorkspaceUsers;
import jakarta.validation.Validator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs, changes and deletes people's time: checks the entry against the SOW's term, the
 * campaign and task, the person and their 24-hour day, keeps the rate in force on its
 * date and the SOW's rounding. Each change is audited through the entry's events.
 */
@Service
public class TimeEntryService {

	static final String ENTITY = "Time entry";

	private final TimeEntryRepository entries;

	private final StatementsOfWork sows;

	private final WorkTargets targets;

	private final WorkspaceUsers users;

	private final RatesInForce rates;

	private final TimeRules rules;

	private final Validator validator;

	private final WorkspaceClock clock;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	TimeEntryService(TimeEntryRepository entries, StatementsOfWork sows, WorkTargets targets, WorkspaceUsers users,
			RatesInForce rates, TimeRules rules, Validator validator, WorkspaceClock clock, JdbcClient jdbc,
			ApplicationEventPublisher events) {
		this.entries = entries;
		this.sows = sows;
		this.targets = targets;
		this.users = users;
		this.rates = rates;
		this.rules = rules;
		this.validator = validator;
		this.clock = clock;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** What {@link CanApproveTime} grants, for the pages that show its controls. */
	public static boolean canApprove(CurrentUser user) {
		return user.hasRole(Role.ADMIN) || user.hasRole(Role.ACCOUNT);
	}

	@Transactional(readOnly = true)
	public TimeEntry get(CurrentUser viewer, UUID id) {
		return this.entries.findByWorkspaceIdAndId(viewer.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	@CanEdit
	@Transactional
	public TimeEntry create(CurrentUser actor, TimeEntryRequest request, List<FieldProblem> unreadable) {
		Valid valid = validate(actor, request, unreadable, null);
		RateInForce rate = this.rates.of(actor.workspaceId(), valid.details().userId(), valid.sow(),
				valid.details().date());
		TimeEntry entry = new TimeEntry(actor.workspaceId(), valid.details(),
				this.rules.rounding(actor.workspaceId(), valid.details().sowId()), rate, valid.status(), actor.userId(),
				this.clock.now());
		return this.entries.saveAndFlush(entry);
	}

	/**
	 * Changes a draft with the version the caller saw; the rate is looked up again only
	 * when the date, SOW or person changed.
	 */
	@CanEdit
	@Transactional
	public TimeEntry update(CurrentUser actor, UUID id, TimeEntryRequest request, List<FieldProblem> unreadable) {
		TimeEntry entry = get(actor, id);
		requireOwnOrAdmin(actor, entry);
		entry.requireEditable("changed");
		StaleVersionException.check("The time entry", request.version(), entry.getVersion());
		Valid valid = validate(actor, request, unreadable, entry);
		RateInForce rate = valid.details().ratedLike(entry.getDetails()) ? null
				: this.rates.of(actor.workspaceId(), valid.details().userId(), valid.sow(), valid.details().date());
		entry.revise(valid.details(), this.rules.rounding(actor.workspaceId(), valid.details().sowId()), rate);
		return this.entries.saveAndFlush(entry);
	}

	/** A draft is really deleted (it was never more than someone's note); audited. */
	@CanEdit
	@Transactional
	public void delete(CurrentUser actor, UUID id) {
		TimeEntry entry = get(actor, id);
		requireOwnOrAdmin(actor, entry);
		var deletion = entry.deletion();
		this.entries.delete(entry);
		this.events.publishEvent(deletion);
	}

	static void requireOwnOrAdmin(CurrentUser actor, TimeEntry entry) {
		if (!entry.getUserId().equals(actor.userId()) && !actor.isAdmin()) {
			throw new AccessDeniedException("Only an admin may change someone else's time");
		}
	}

	/** The checked details of a request, with the SOW they are logged under. */
	record Valid(TimeEntryDetails details, SowSummary sow, TimeEntryStatus status) {
	}

	/**
	 * Checks the request's constraints and every rule that needs the workspace's data,
	 * reporting them in one answer. Ids of another workspace (SOW, campaign, task) are
	 * 404s, as everywhere.
	 */
	Valid validate(CurrentUser actor, TimeEntryRequest request, List<FieldProblem> unreadable, TimeEntry existing) {
		UUID workspaceId = actor.workspaceId();
		TimeEntryRequest input = withDate(request, unreadable, existing, workspaceId);
		var problems = ConstraintViolations.collect(this.validator, input, unreadable);
		UUID userId = (input.userId() != null) ? input.userId()
				: (existing != null) ? existing.getUserId() : actor.userId();
		checkPerson(actor, userId, problems);
		if (!problems.names("minutes")) {
			TimeEntryRules.checkMinutes(input.minutes(), "minutes", problems);
		}
		Target target = target(workspaceId, input.sowId(), input.campaignId(), input.taskId(), "", problems);
		SowSummary sow = target.sow();
		if (sow != null && input.date() != null && !sow.workableOn(input.date())) {
			problems.add("sowId", notWorkable(sow, input.date()));
		}
		TimeEntryStatus status = checkStatus(actor, input.status(), existing, problems);
		if (input.date() != null && input.minutes() != null && !problems.names("minutes")
				&& !problems.names("userId")) {
			TimeEntryRules.checkDayTotal(otherMinutes(workspaceId, userId, input.date(), existing), input.minutes(),
					"minutes", problems);
		}
		problems.throwIfAny();
		boolean billable = (input.billable() != null) ? input.billable() : true;
		var details = new TimeEntryDetails(userId, input.date(), input.minutes(), target.clientId(), target.sowId(),
				target.campaignId(), target.taskId(), billable, input.note());
		return new Valid(details, sow, status);
	}

	/**
	 * What time is logged against, resolved: the SOW (given, or the campaign's), the
	 * campaign (given, or the task's) and the client of either. {@code sow} is null for a
	 * campaign under no SOW; all are null when the request named too little (a problem
	 * then says so).
	 */
	record Target(SowSummary sow, UUID sowId, UUID campaignId, UUID taskId, UUID clientId) {
	}

	/**
	 * Resolves and checks what time is logged against; problems are named under
	 * {@code prefix} ({@code rows[2].}).
	 */
	Target target(UUID workspaceId, UUID sowId, UUID campaignId, UUID taskId, String prefix,
			InvalidInputException.Collector problems) {
		TaskTarget task = (taskId != null)
				? this.targets.task(workspaceId, taskId).orElseThrow(() -> new NotFoundException("Task", taskId))
				: null;
		UUID campaignOf = (campaignId != null) ? campaignId : (task != null) ? task.campaignId() : null;
		CampaignTarget campaign = (campaignOf != null) ? this.targets.campaign(workspaceId, campaignOf)
			.orElseThrow(() -> new NotFoundException("Campaign", campaignOf)) : null;
		if (task != null && !task.campaignId().equals(campaignOf)) {
			problems.add(prefix + "taskId", "belongs to another campaign than the one given");
		}
		UUID sowOf = sowId;
		if (campaign != null) {
			if (sowOf == null) {
				sowOf = campaign.sowId();
			}
			else if (!Objects.equals(campaign.sowId(), sowOf)) {
				problems.add(prefix + "campaignId", (campaign.sowId() == null) ? "runs under no SOW; leave the SOW out"
						: "runs under another SOW than the one given");
			}
		}
		if (sowOf == null && campaign == null && !problems.names(prefix + "sowId")) {
			problems.add(prefix + "sowId", "is required unless the time is logged against a campaign");
		}
		SowSummary sow = null;
		if (sowOf != null) {
			UUID id = sowOf;
			sow = this.sows.find(workspaceId, id).orElseThrow(() -> new NotFoundException("SOW", id));
		}
		UUID clientId = (sow != null) ? sow.clientId() : (campaign != null) ? campaign.clientId() : null;
		return new Target(sow, sowOf, campaignOf, taskId, clientId);
	}

	/** Why a SOW takes no time on a date, for the message beside the field. */
	static String notWorkable(SowSummary sow, LocalDate date) {
		if (!sow.status().isCommitted()) {
			return "is " + sow.status().name() + "; time is logged against a SOW the client approved";
		}
		return "is not active on " + DateText.of(date) + "; its term runs " + DateText.of(sow.startDate()) + " – "
				+ DateText.of(sow.endDate());
	}

	private void checkPerson(CurrentUser actor, UUID userId, InvalidInputException.Collector problems) {
		if (userId.equals(actor.userId())) {
			return;
		}
		if (!actor.isAdmin()) {
			problems.add("userId", "only an admin may log time for someone else");
			return;
		}
		boolean staff = this.users.staff(actor.workspaceId()).stream().anyMatch((u) -> u.id().equals(userId));
		problems.check(staff, "userId", "is not an active member of this workspace's staff");
	}

	private static TimeEntryStatus checkStatus(CurrentUser actor, TimeEntryStatus requested, TimeEntry existing,
			InvalidInputException.Collector problems) {
		if (existing != null) {
			if (requested != null && requested != existing.getStatus()) {
				problems.add("status", "changes through POST /api/v1/time-entries/submit, /approve or /reopen");
			}
			return existing.getStatus();
		}
		TimeEntryStatus status = (requested != null) ? requested : TimeEntryStatus.DRAFT;
		if (status == TimeEntryStatus.INVOICED) {
			problems.add("status", "becomes INVOICED when billing invoices the time");
		}
		else if (status == TimeEntryStatus.APPROVED && !actor.isAdmin()) {
			problems.add("status", "only an admin may record approved time");
		}
		return status;
	}

	/**
	 * The request with its date when it left it out: the entry's own on a change, today
	 * (the workspace's) for a new one, as the timer logs. A date that could not be read
	 * stays out, so the answer names it.
	 */
	private TimeEntryRequest withDate(TimeEntryRequest input, List<FieldProblem> unreadable, TimeEntry existing,
			UUID workspaceId) {
		if (input.date() != null || unreadable.stream().anyMatch((problem) -> problem.field().equals("date"))) {
			return input;
		}
		LocalDate date = (existing != null) ? existing.getEntryDate() : this.clock.today(workspaceId);
		return new TimeEntryRequest(input.userId(), date, input.minutes(), input.sowId(), input.campaignId(),
				input.taskId(), input.billable(), input.note(), input.status(), input.version());
	}

	/** The person's other minutes on the date, one sum over their index. */
	long otherMinutes(UUID workspaceId, UUID userId, LocalDate date, TimeEntry existing) {
		return this.jdbc.sql("""
				SELECT coalesce(sum(minutes), 0) FROM time_entry
				WHERE workspace_id = :workspaceId AND user_id = :userId AND entry_date = :date AND id <> :id
				""")
			.param("workspaceId", workspaceId)
			.param("userId", userId)
			.param("date", date)
			.param("id", (existing != null) ? existing.getId() : new UUID(0, 0))
			.query(Long.class)
			.single();
	}

}
