package dev.aorhub.delivery.application;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.contracts.StatementsOfWork;
import dev.aorhub.contracts.StatementsOfWork.RetainerTerms;
import dev.aorhub.contracts.StatementsOfWork.SowSummary;
import dev.aorhub.delivery.RetainerMonth;
import dev.aorhub.delivery.RetainerThresholdCrossed;
import dev.aorhub.delivery.TimeEntriesApproved;
import dev.aorhub.shared.time.WorkspaceClock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Publishes {@link RetainerThresholdCrossed} when approved time takes a retainer month to
 * 80% or 100% of its available hours, once per SOW, fee, month and threshold: the
 * {@code retainer_threshold} row is written first, so a second approval in the same month
 * (or a resubmitted publication after a crash) finds it and stays quiet.
 */
@Component
class RetainerThresholds {

	static final List<Integer> THRESHOLDS = List.of(80, 100);

	private final RetainerBurnService burns;

	private final StatementsOfWork sows;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final WorkspaceClock clock;

	RetainerThresholds(RetainerBurnService burns, StatementsOfWork sows, JdbcClient jdbc,
			ApplicationEventPublisher events, WorkspaceClock clock) {
		this.burns = burns;
		this.sows = sows;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(TimeEntriesApproved event) {
		UUID workspaceId = event.workspaceId();
		Map<UUID, List<YearMonth>> touched = this.burns.monthsOf(workspaceId, event.timeEntryIds());
		Map<UUID, SowSummary> found = this.sows.findAll(workspaceId, touched.keySet());
		touched.forEach((sowId, months) -> {
			SowSummary sow = found.get(sowId);
			if (sow == null) {
				return;
			}
			for (RetainerTerms fee : sow.retainers()) {
				months.stream()
					.distinct()
					.filter((month) -> RetainerBurnService.inTerm(sow, month))
					.forEach((month) -> check(workspaceId, sow, fee, month));
			}
		});
	}

	private void check(UUID workspaceId, SowSummary sow, RetainerTerms fee, YearMonth month) {
		RetainerMonth burn = RetainerBurnService.last(this.burns.months(workspaceId, sow, fee, month));
		for (int threshold : THRESHOLDS) {
			if (burn.availableHours().signum() > 0 && burn.percentUsed() >= threshold
					&& firstCrossing(workspaceId, sow.id(), fee.feeId(), month, threshold)) {
				this.events.publishEvent(new RetainerThresholdCrossed(workspaceId, sow.id(), fee.feeId(), month,
						threshold, burn.availableHours().doubleValue(), burn.usedHours().doubleValue()));
			}
		}
	}

	private boolean firstCrossing(UUID workspaceId, UUID sowId, UUID feeId, YearMonth month, int threshold) {
		return this.jdbc.sql("""
				INSERT INTO retainer_threshold (workspace_id, sow_id, fee_id, burn_month, threshold_percent, crossed_at)
				SELECT :workspaceId, :sowId, :feeId, :month, :threshold, :now
				WHERE NOT EXISTS (SELECT 1 FROM retainer_threshold WHERE workspace_id = :workspaceId AND sow_id = :sowId
				                  AND fee_id = :feeId AND burn_month = :month AND threshold_percent = :threshold)
				""")
			.param("workspaceId", workspaceId)
			.param("sowId", sowId)
			.param("feeId", feeId)
			.param("month", month.toString())
			.param("threshold", threshold)
			.param("now", java.sql.Timestamp.from(this.clock.now()))
			.update() == 1;
	}

}
