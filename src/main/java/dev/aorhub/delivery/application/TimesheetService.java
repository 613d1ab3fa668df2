package dev.aorhub.delivery.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.contracts.StatementsOfWork.SowSummary;
import dev.aorhub.delivery.TimeEntryStatus;
import dev.aorhub.delivery.application.TimeEntryService.Target;
import dev.aorhub.delivery.domain.HoursText;
import dev.aorhub.delivery.domain.RateInForce;
import dev.aorhub.delivery.domain.TimeEntry;
import dev.aorhub.delivery.domain.TimeEntryDetails;
import dev.aorhub.delivery.domain.TimeEntryRepository;
import dev.aorhub.delivery.domain.TimeEntryRules;
import dev.aorhub.delivery.domain.TimeRounding;
import dev.aorhub.delivery.domain.Week;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.shared.validation.ConstraintViolations;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.CurrentUser;
import jakarta.validation.Validator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves a person's week from their timesheet at once: each cell is one draft entry
 * (logged, changed or deleted), checked like any entry (the SOW active that day, the
 * campaign and task, 24 hours a day at most across the week's rows), all or nothing.
 */
@Service
public class TimesheetService {

	/** What a save did, for the page's message and the API's answer. */
	public record Saved(int logged, int changed, int deleted) {
	}

	/** A row's identity: what its time is for. */
	record RowKey(UUID sowId, UUID campaignId, UUID taskId, boolean billable) {

		static RowKey of(TimeEntry entry) {
			return new RowKey(entry.getSowId(), entry.getCampaignId(), entry.getTaskId(), entry.isBillable());
		}

	}

	private final TimeEntryRepository entries;

	private final TimeEntryService service;

	private final RatesInForce rates;

	private final TimeRules rules;

	private final TimeEntryTransitions transitions;

	private final Validator validator;

	private final WorkspaceClock clock;

	private final ApplicationEventPublisher events;

	TimesheetService(TimeEntryRepository entries, TimeEntryService service, RatesInForce rates, TimeRules rules,
			TimeEntryTransitions transitions, Validator validator, WorkspaceClock clock,
			ApplicationEventPublisher events) {
		this.entries = entries;
		this.service = service;
		this.rates = rates;
		this.rules = rules;
		this.transitions = transitions;
		this.validator = validator;
		this.clock = clock;
		this.events = events;
	}

	@CanEdit
	@Transactional
	public Saved save(CurrentUser actor, UUID userId, Week week, TimesheetRequest request,
			List<FieldProblem> unreadable) {
		requireOwnOrAdmin(actor, userId);
		UUID workspaceId = actor.workspaceId();
		var problems = ConstraintViolations.collect(this.validator, request, unreadable);
		problems.throwIfAny();
		List<TimeEntry> existing = this.entries.findByWorkspaceIdAndUserIdAndEntryDateBetween(workspaceId, userId,
				week.monday(), week.sunday());
		Map<LocalDate, Long> dayTotals = new HashMap<>();
		existing.forEach((e) -> dayTotals.merge(e.getEntryDate(), (long) e.getMinutes(), Long::sum));

		record Cell(int row, int day, Target target, boolean billable, int minutes, List<TimeEntry> entries) {
		}
		List<Cell> changes = new ArrayList<>();
		Set<RowKey> seen = new LinkedHashSet<>();
		List<LocalDate> days = week.days();
		for (int r = 0; r < request.rows().size(); r++) {
			TimesheetRequest.Row row = request.rows().get(r);
			String prefix = "rows[" + r + "].";
			Target target = this.service.target(workspaceId, row.sowId(), row.campaignId(), row.taskId(), prefix,
					problems);
			RowKey key = new RowKey(target.sowId(), target.campaignId(), target.taskId(), row.isBillable());
			if (!seen.add(key)) {
				problems.add(prefix + "sowId", "is the same as another row's; one row per SOW, campaign and task");
				continue;
			}
			List<TimeEntry> ofRow = existing.stream().filter((e) -> RowKey.of(e).equals(key)).toList();
			if (ofRow.stream().anyMatch((e) -> !e.getStatus().isEditable())) {
				continue; // submitted or approved: the row is read-only
			}
			for (int d = 0; d < 7; d++) {
				String field = prefix + "hours[" + d + "]";
				var minutes = HoursText.minutes(row.hours().get(d));
				if (minutes.isEmpty()) {
					problems.add(field, HoursText.EXPECTED);
					continue;
				}
				LocalDate day = days.get(d);
				List<TimeEntry> ofCell = ofRow.stream().filter((e) -> e.getEntryDate().equals(day)).toList();
				int before = ofCell.stream().mapToInt(TimeEntry::getMinutes).sum();
				int after = minutes.get();
				if (after == before) {
					continue;
				}
				if (ofCell.size() > 1) {
					problems.add(field, "holds " + ofCell.size() + " entries; change them in the list of entries");
					continue;
				}
				if (after > 0) {
					TimeEntryRules.checkMinutes(after, field, problems);
					if (target.sow() != null && !target.sow().workableOn(day)) {
						problems.add(field,
								"SOW " + target.sow().number() + " " + TimeEntryService.notWorkable(target.sow(), day));
					}
				}
				dayTotals.merge(day, (long) (after - before), Long::sum);
				changes.add(new Cell(r, d, target, row.isBillable(), after, ofCell));
			}
		}
		for (Cell cell : changes) {
			long total = dayTotals.getOrDefault(days.get(cell.day()), 0L);
			if (total > TimeEntryRules.MINUTES_PER_DAY && cell.minutes() > 0) {
				TimeEntryRules.checkDayTotal(total - cell.minutes(), cell.minutes(),
						"rows[" + cell.row() + "].hours[" + cell.day() + "]", problems);
			}
		}
		problems.throwIfAny();

		Set<UUID> sowIds = new LinkedHashSet<>();
		changes.forEach((c) -> {
			if (c.target().sowId() != null) {
				sowIds.add(c.target().sowId());
			}
		});
		Map<UUID, TimeRounding> roundings = this.rules.roundings(workspaceId, sowIds);
		Map<String, RateInForce> ratesByDay = new HashMap<>();
		List<TimeEntry> saved = new ArrayList<>();
		int logged = 0;
		int changed = 0;
		int deleted = 0;
		for (Cell cell : changes) {
			LocalDate day = days.get(cell.day());
			Target target = cell.target();
			TimeRounding rounding = (target.sowId() != null) ? roundings.getOrDefault(target.sowId(), TimeRounding.NONE)
					: TimeRounding.NONE;
			if (cell.entries().isEmpty()) {
				SowSummary sow = target.sow();
				RateInForce rate = ratesByDay.computeIfAbsent(target.sowId() + "@" + day,
						(k) -> this.rates.of(workspaceId, userId, sow, day));
				saved
					.add(new TimeEntry(workspaceId, details(userId, day, cell.minutes(), target, cell.billable(), null),
							rounding, rate, TimeEntryStatus.DRAFT, actor.userId(), this.clock.now()));
				logged++;
			}
			else if (cell.minutes() == 0) {
				TimeEntry entry = cell.entries().get(0);
				this.events.publishEvent(entry.deletion());
				this.entries.delete(entry);
				deleted++;
			}
			else {
				TimeEntry entry = cell.entries().get(0);
				TimeEntryDetails current = entry.getDetails();
				entry.revise(details(userId, day, cell.minutes(), target, cell.billable(), current.note()), rounding,
						null);
				saved.add(entry);
				changed++;
			}
		}
		this.entries.saveAll(saved);
		this.entries.flush();
		return new Saved(logged, changed, deleted);
	}

	/** Submits every draft of the person's week. */
	@CanEdit
	@Transactional
	public int submitWeek(CurrentUser actor, UUID userId, Week week) {
		requireOwnOrAdmin(actor, userId);
		List<UUID> drafts = this.entries
			.findByWorkspaceIdAndUserIdAndEntryDateBetween(actor.workspaceId(), userId, week.monday(), week.sunday())
			.stream()
			.filter((e) -> e.getStatus() == TimeEntryStatus.DRAFT)
			.map(TimeEntry::getId)
			.toList();
		if (drafts.isEmpty()) {
			return 0;
		}
		return this.transitions.submit(actor, drafts);
	}

	private static TimeEntryDetails details(UUID userId, LocalDate day, int minutes, Target target, boolean billable,
			String note) {
		return new TimeEntryDetails(userId, day, minutes, target.clientId(), target.sowId(), target.campaignId(),
				target.taskId(), billable, note);
	}

	private static void requireOwnOrAdmin(CurrentUser actor, UUID userId) {
		if (!Objects.equals(actor.userId(), userId) && !actor.isAdmin()) {
			throw new AccessDeniedException("Only an admin may fill in someone else's timesheet");
		}
	}

}
