package dev.aorhub.delivery.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.aorhub.delivery.TimeEntryStatus;
import dev.aorhub.delivery.application.TimeRuleService.TimeRule;
import dev.aorhub.delivery.application.TimerService.RunningTimer;
import dev.aorhub.delivery.application.TimesheetService.Saved;
import dev.aorhub.delivery.domain.TimeEntry;
import dev.aorhub.delivery.domain.TimeRounding;
import dev.aorhub.shared.Money;

/**
 * The shapes of the time tracking API.
 */
final class TimeEntryApi {

	private TimeEntryApi() {
	}

	/**
	 * An entry; {@code roundedMinutes} (after the SOW's rounding), {@code clientId},
	 * {@code role}, {@code rate} (the hourly rate in force on its date) and
	 * {@code userName} are read-only.
	 */
	record TimeEntryResponse(UUID id, UUID userId, String userName, LocalDate date, int minutes, int roundedMinutes,
			UUID clientId, UUID sowId, UUID campaignId, UUID taskId, boolean billable, String note,
			TimeEntryStatus status, String role, Money rate, long version) {

		static TimeEntryResponse of(TimeEntry e, String userName) {
			return new TimeEntryResponse(e.getId(), e.getUserId(), userName, e.getEntryDate(), e.getMinutes(),
					e.getRoundedMinutes(), e.getClientId(), e.getSowId(), e.getCampaignId(), e.getTaskId(),
					e.isBillable(), e.getNote(), e.getStatus(), e.getRole(), e.rate(), e.getVersion());
		}

		static TimeEntryResponse of(TimeEntryQueries.Row r) {
			return new TimeEntryResponse(r.id(), r.userId(), r.userName(), r.date(), r.minutes(), r.roundedMinutes(),
					r.clientId(), r.sowId(), r.campaignId(), r.taskId(), r.billable(), r.note(), r.status(), r.role(),
					r.rate(), r.version());
		}

	}

	/** The entries a bulk verb names. */
	record IdsRequest(List<UUID> ids) {
	}

	/** The entries to reopen and why (required). */
	record ReopenRequest(List<UUID> ids, String reason) {
	}

	record Submitted(int submitted) {
	}

	record Approved(int approved) {
	}

	record Reopened(int reopened) {
	}

	record TimeRuleResponse(UUID sowId, int roundingIncrement, TimeRounding.Mode roundingMode, long version) {

		static TimeRuleResponse of(TimeRule rule) {
			return new TimeRuleResponse(rule.sow().id(), rule.rounding().increment(), rule.rounding().mode(),
					rule.version());
		}

	}

	record TimesheetSaved(String week, int logged, int changed, int deleted) {

		static TimesheetSaved of(String week, Saved saved) {
			return new TimesheetSaved(week, saved.logged(), saved.changed(), saved.deleted());
		}

	}

	record TimerResponse(boolean running, Instant startedAt, UUID sowId, UUID campaignId, UUID taskId, Boolean billable,
			String note) {

		static TimerResponse of(RunningTimer timer) {
			return (timer == null) ? new TimerResponse(false, null, null, null, null, null, null)
					: new TimerResponse(true, timer.startedAt(), timer.sowId(), timer.campaignId(), timer.taskId(),
							timer.billable(), timer.note());
		}

	}

}
