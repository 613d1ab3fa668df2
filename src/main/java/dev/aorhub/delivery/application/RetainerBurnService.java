package dev.aorhub.delivery.application;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.aorhub.contracts.StatementsOfWork;
import dev.aorhub.contracts.StatementsOfWork.RetainerTerms;
import dev.aorhub.contracts.StatementsOfWork.SowSummary;
import dev.aorhub.delivery.RetainerBurns;
import dev.aorhub.delivery.RetainerMonth;
import dev.aorhub.delivery.domain.BurnProjection;
import dev.aorhub.delivery.domain.RetainerBurn;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.time.WorkspaceClock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retainer burn for the API, the pages and billing: the SOW's retainer terms from
 * contracts, the approved billable minutes per month (after rounding) from one grouped
 * query, and the months from the SOW's start so rollover is exact.
 */
@Service
public class RetainerBurnService implements RetainerBurns {

	/**
	 * Time that counts against a retainer: approved (or already invoiced) and billable.
	 */
	static final String COUNTED = "billable = TRUE AND status IN ('APPROVED', 'INVOICED')";

	private final StatementsOfWork sows;

	private final JdbcClient jdbc;

	private final WorkspaceClock clock;

	RetainerBurnService(StatementsOfWork sows, JdbcClient jdbc, WorkspaceClock clock) {
		this.sows = sows;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A retainer's burn in one month, with the months before it and the month's days. */
	public record Burn(SowSummary sow, RetainerTerms fee, RetainerMonth month, List<RetainerMonth> history,
			Map<LocalDate, Long> usedMinutesByDay, Optional<LocalDate> projectedRunOut, LocalDate today) {
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RetainerMonth> month(UUID workspaceId, UUID sowId, UUID feeId, YearMonth month) {
		Optional<SowSummary> sow = this.sows.find(workspaceId, sowId);
		if (sow.isEmpty() || !inTerm(sow.get(), month)) {
			return Optional.empty();
		}
		return fee(sow.get(), feeId).map((fee) -> last(months(workspaceId, sow.get(), fee, month)));
	}

	/**
	 * The burn of a month (null: this month), for the API and the page.
	 * @throws NotFoundException when the SOW is not the workspace's or has no retainer
	 * @throws InvalidInputException when the month is outside the SOW's term
	 */
	@Transactional(readOnly = true)
	public Burn burn(UUID workspaceId, UUID sowId, UUID feeId, YearMonth month) {
		SowSummary sow = this.sows.find(workspaceId, sowId).orElseThrow(() -> new NotFoundException("SOW", sowId));
		RetainerTerms fee = fee(sow, feeId).orElseThrow(() -> new NotFoundException(
				"SOW " + sow.number() + " has no retainer fee" + ((feeId != null) ? " with id " + feeId : "")));
		LocalDate today = this.clock.today(workspaceId);
		YearMonth wanted = (month != null) ? month : clampToTerm(sow, YearMonth.from(today));
		if (!inTerm(sow, wanted)) {
			throw new InvalidInputException("month", "is outside the SOW's term, " + YearMonth.from(sow.startDate())
					+ " to " + YearMonth.from(sow.endDate()));
		}
		List<RetainerMonth> history = months(workspaceId, sow, fee, wanted);
		RetainerMonth current = last(history);
		Map<LocalDate, Long> days = usedByDay(workspaceId, sowId, wanted);
		return new Burn(sow, fee, current, history, days,
				BurnProjection.runOutDate(wanted, today, current.usedHours(), current.remainingHours()), today);
	}

	/**
	 * This month's burn of every retainer of these SOWs, in one grouped query: the
	 * retainers page.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, RetainerMonth> currentMonths(UUID workspaceId, Collection<SowSummary> sows, YearMonth month) {
		Map<UUID, RetainerMonth> burns = new LinkedHashMap<>();
		List<SowSummary> retained = sows.stream()
			.filter((sow) -> !sow.retainers().isEmpty() && inTerm(sow, month))
			.toList();
		if (retained.isEmpty()) {
			return burns;
		}
		LocalDate from = retained.stream().map(SowSummary::startDate).min(LocalDate::compareTo).orElseThrow();
		Map<UUID, Map<YearMonth, Long>> used = new LinkedHashMap<>();
		this.jdbc
			.sql("""
					SELECT sow_id, EXTRACT(YEAR FROM entry_date) AS entry_year, EXTRACT(MONTH FROM entry_date) AS entry_month,
					       SUM(rounded_minutes) AS minutes
					FROM time_entry
					WHERE workspace_id = :workspaceId AND sow_id IN (:sowIds) AND entry_date BETWEEN :from AND :to
					  AND %s
					GROUP BY sow_id, EXTRACT(YEAR FROM entry_date), EXTRACT(MONTH FROM entry_date)
					"""
				.formatted(COUNTED))
			.param("workspaceId", workspaceId)
			.param("sowIds", retained.stream().map(SowSummary::id).toList())
			.param("from", from)
			.param("to", month.atEndOfMonth())
			.query((rs, n) -> {
				used.computeIfAbsent(rs.getObject("sow_id", UUID.class), (key) -> new LinkedHashMap<>())
					.put(YearMonth.of(rs.getInt("entry_year"), rs.getInt("entry_month")), rs.getLong("minutes"));
				return null;
			})
			.list();
		for (SowSummary sow : retained) {
			RetainerTerms fee = sow.retainers().get(0);
			burns.put(sow.id(), last(RetainerBurn.months(fee.includedHours(), fee.rollsOverToNextMonth(),
					YearMonth.from(sow.startDate()), month, used.getOrDefault(sow.id(), Map.of()))));
		}
		return burns;
	}

	List<RetainerMonth> months(UUID workspaceId, SowSummary sow, RetainerTerms fee, YearMonth last) {
		YearMonth first = YearMonth.from(sow.startDate());
		Map<YearMonth, Long> used = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT EXTRACT(YEAR FROM entry_date) AS entry_year, EXTRACT(MONTH FROM entry_date) AS entry_month,
				       SUM(rounded_minutes) AS minutes
				FROM time_entry
				WHERE workspace_id = :workspaceId AND sow_id = :sowId AND entry_date BETWEEN :from AND :to AND %s
				GROUP BY EXTRACT(YEAR FROM entry_date), EXTRACT(MONTH FROM entry_date)
				""".formatted(COUNTED))
			.param("workspaceId", workspaceId)
			.param("sowId", sow.id())
			.param("from", first.atDay(1))
			.param("to", last.atEndOfMonth())
			.query((rs, n) -> used.put(YearMonth.of(rs.getInt("entry_year"), rs.getInt("entry_month")),
					rs.getLong("minutes")))
			.list();
		return RetainerBurn.months(fee.includedHours(), fee.rollsOverToNextMonth(), first, last, used);
	}

	private Map<LocalDate, Long> usedByDay(UUID workspaceId, UUID sowId, YearMonth month) {
		Map<LocalDate, Long> days = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT entry_date, SUM(rounded_minutes) AS minutes
				FROM time_entry
				WHERE workspace_id = :workspaceId AND sow_id = :sowId AND entry_date BETWEEN :from AND :to AND %s
				GROUP BY entry_date
				ORDER BY entry_date
				""".formatted(COUNTED))
			.param("workspaceId", workspaceId)
			.param("sowId", sowId)
			.param("from", month.atDay(1))
			.param("to", month.atEndOfMonth())
			.query((rs, n) -> days.put(rs.getObject("entry_date", LocalDate.class), rs.getLong("minutes")))
			.list();
		return days;
	}

	static RetainerMonth last(List<RetainerMonth> months) {
		return months.get(months.size() - 1);
	}

	private static Optional<RetainerTerms> fee(SowSummary sow, UUID feeId) {
		return sow.retainers().stream().filter((fee) -> feeId == null || fee.feeId().equals(feeId)).findFirst();
	}

	static boolean inTerm(SowSummary sow, YearMonth month) {
		return !month.isBefore(YearMonth.from(sow.startDate())) && !month.isAfter(YearMonth.from(sow.endDate()));
	}

	private static YearMonth clampToTerm(SowSummary sow, YearMonth month) {
		YearMonth first = YearMonth.from(sow.startDate());
		YearMonth last = YearMonth.from(sow.endDate());
		return month.isBefore(first) ? first : month.isAfter(last) ? last : month;
	}

	/**
	 * The months a listener must look at: each distinct month of these entries, by SOW.
	 */
	Map<UUID, List<YearMonth>> monthsOf(UUID workspaceId, Collection<UUID> entryIds) {
		Map<UUID, List<YearMonth>> months = new LinkedHashMap<>();
		if (entryIds.isEmpty()) {
			return months;
		}
		this.jdbc.sql("""
				SELECT DISTINCT sow_id, EXTRACT(YEAR FROM entry_date) AS entry_year,
				       EXTRACT(MONTH FROM entry_date) AS entry_month
				FROM time_entry
				WHERE workspace_id = :workspaceId AND id IN (:ids) AND sow_id IS NOT NULL
				""")
			.param("workspaceId", workspaceId)
			.param("ids", List.copyOf(entryIds))
			.query((rs, n) -> months.computeIfAbsent(rs.getObject("sow_id", UUID.class), (key) -> new ArrayList<>())
				.add(YearMonth.of(rs.getInt("entry_year"), rs.getInt("entry_month"))))
			.list();
		return months;
	}

}
