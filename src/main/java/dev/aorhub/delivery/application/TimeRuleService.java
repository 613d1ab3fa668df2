package dev.aorhub.delivery.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.contracts.StatementsOfWork;
import dev.aorhub.contracts.StatementsOfWork.SowSummary;
import dev.aorhub.delivery.DeliveryRecords;
import dev.aorhub.delivery.domain.TimeRounding;
import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.StaleVersionException;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.shared.validation.ConstraintViolations;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditedChange;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.CurrentUser;
import jakarta.validation.Validator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes how a SOW rounds its time. A change applies at once to the SOW's
 * draft and submitted time (one statement); approved time keeps the minutes it was
 * approved with, as the client saw them.
 */
@Service
public class TimeRuleService {

	/** A SOW's rule as shown: the SOW, the rounding and the version to change it with. */
	public record TimeRule(SowSummary sow, TimeRounding rounding, long version) {
	}

	private final TimeRules rules;

	private final StatementsOfWork sows;

	private final Validator validator;

	private final WorkspaceClock clock;

	private final ApplicationEventPublisher events;

	TimeRuleService(TimeRules rules, StatementsOfWork sows, Validator validator, WorkspaceClock clock,
			ApplicationEventPublisher events) {
		this.rules = rules;
		this.sows = sows;
		this.validator = validator;
		this.clock = clock;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public TimeRule get(CurrentUser viewer, UUID sowId) {
		SowSummary sow = sow(viewer, sowId);
		return this.rules.find(viewer.workspaceId(), sowId)
			.map((stored) -> new TimeRule(sow, stored.rounding(), stored.version()))
			.orElse(new TimeRule(sow, TimeRounding.NONE, 0));
	}

	@CanEdit
	@Transactional
	public TimeRule change(CurrentUser actor, UUID sowId, TimeRuleRequest request, List<FieldProblem> unreadable) {
		TimeRule current = get(actor, sowId);
		var problems = ConstraintViolations.collect(this.validator, request, unreadable);
		Integer increment = request.roundingIncrement();
		if (increment != null && !TimeRounding.INCREMENTS.contains(increment)) {
			problems.add("roundingIncrement", "must be 0 (none), 6, 15 or 30 minutes");
		}
		problems.throwIfAny();
		long version = (request.version() != null) ? request.version() : -1;
		StaleVersionException.check("The SOW's time rule", version, current.version());
		TimeRounding rounding = new TimeRounding(increment,
				(request.roundingMode() != null) ? request.roundingMode() : TimeRounding.Mode.UP);
		if (!this.rules.save(actor.workspaceId(), sowId, rounding, current.version(), this.clock.now())) {
			throw new StaleVersionException("The SOW's time rule", current.version() + 1);
		}
		int rerounded = this.rules.reround(actor.workspaceId(), sowId, rounding, this.clock.now());
		AuditEntry entry = AuditEntry.updated(DeliveryRecords.TIME_RULE, sowId,
				"Time on " + current.sow().number() + " is rounded "
						+ rounding.label().toLowerCase(java.util.Locale.ROOT) + " (" + rerounded
						+ " unapproved entries recomputed)",
				state(current.rounding()), state(rounding));
		if (entry != null) {
			this.events.publishEvent(new AuditedChange(actor.workspaceId(), entry));
		}
		return get(actor, sowId);
	}

	private static Map<String, Object> state(TimeRounding rounding) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("roundingIncrement", rounding.increment());
		state.put("roundingMode", rounding.mode());
		return state;
	}

	private SowSummary sow(CurrentUser user, UUID sowId) {
		return this.sows.find(user.workspaceId(), sowId).orElseThrow(() -> new NotFoundException("SOW", sowId));
	}

}
