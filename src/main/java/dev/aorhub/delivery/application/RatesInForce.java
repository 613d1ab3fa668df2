package dev.aorhub.delivery.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.aorhub.contracts.StatementsOfWork;
import dev.aorhub.contracts.StatementsOfWork.SowSummary;
import dev.aorhub.delivery.domain.RateInForce;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The role and hourly rate a person's time under a SOW is worth on a date: their role is
 * their team commitment on the SOW's designation in force that day (the largest
 * allocation when they hold several), the rate that role's on the SOW's rate card less
 * the MSA discount. No commitment, no role and no rate: the entry is still logged.
 */
@Component
class RatesInForce {

	private final JdbcClient jdbc;

	private final StatementsOfWork sows;

	RatesInForce(JdbcClient jdbc, StatementsOfWork sows) {
		this.jdbc = jdbc;
		this.sows = sows;
	}

	RateInForce of(UUID workspaceId, UUID userId, SowSummary sow, LocalDate date) {
		if (sow == null || sow.designationId() == null) {
			return RateInForce.NONE;
		}
		String role = this.jdbc.sql("""
				SELECT role FROM team_commitment
				WHERE workspace_id = :workspaceId AND designation_id = :designationId AND user_id = :userId
				  AND (start_date IS NULL OR start_date <= :date) AND (end_date IS NULL OR end_date >= :date)
				ORDER BY allocation_percent DESC, id
				LIMIT 1
				""")
			.param("workspaceId", workspaceId)
			.param("designationId", sow.designationId())
			.param("userId", userId)
			.param("date", date)
			.query(String.class)
			.optional()
			.orElse(null);
		if (role == null) {
			return RateInForce.NONE;
		}
		return new RateInForce(role, this.sows.hourlyRate(workspaceId, sow.id(), role, date).orElse(null));
	}

	/** A person's time under a SOW on a date, as {@link #ofAll} prices it. */
	record RateKey(UUID userId, UUID sowId, LocalDate date) {
	}

	/**
	 * The rates in force for many entries at once (an import): one query for the roles of
	 * everyone on the SOWs' teams, then one per distinct SOW, role and date for the rate.
	 * The role is chosen as {@link #of} chooses it.
	 */
	Map<RateKey, RateInForce> ofAll(UUID workspaceId, Collection<RateKey> keys, Map<UUID, SowSummary> sows) {
		Set<UUID> designations = keys.stream()
			.map((key) -> sows.get(key.sowId()))
			.filter((sow) -> sow != null && sow.designationId() != null)
			.map(SowSummary::designationId)
			.collect(Collectors.toSet());
		Map<RateKey, RateInForce> rates = new HashMap<>();
		if (designations.isEmpty()) {
			keys.forEach((key) -> rates.put(key, RateInForce.NONE));
			return rates;
		}
		record Commitment(UUID designationId, UUID userId, String role, LocalDate start, LocalDate end) {
			boolean covers(LocalDate date) {
				return (this.start == null || !this.start.isAfter(date))
						&& (this.end == null || !this.end.isBefore(date));
			}
		}
		List<Commitment> commitments = this.jdbc.sql("""
				SELECT designation_id, user_id, role, start_date, end_date FROM team_commitment
				WHERE workspace_id = :workspaceId AND designation_id IN (:designations) AND user_id IN (:users)
				ORDER BY allocation_percent DESC, id
				""")
			.param("workspaceId", workspaceId)
			.param("designations", designations)
			.param("users", keys.stream().map(RateKey::userId).collect(Collectors.toSet()))
			.query((rs, n) -> new Commitment(rs.getObject("designation_id", UUID.class),
					rs.getObject("user_id", UUID.class), rs.getString("role"),
					rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class)))
			.list();
		Map<String, RateInForce> byRoleAndDate = new HashMap<>();
		for (RateKey key : keys) {
			SowSummary sow = sows.get(key.sowId());
			String role = (sow == null || sow.designationId() == null) ? null
					: commitments.stream()
						.filter((c) -> c.designationId().equals(sow.designationId()) && c.userId().equals(key.userId())
								&& c.covers(key.date()))
						.map(Commitment::role)
						.findFirst()
						.orElse(null);
			rates.put(key,
					(role == null) ? RateInForce.NONE
							: byRoleAndDate
								.computeIfAbsent(sow.id() + "|" + role + "|" + key.date(), (k) -> new RateInForce(role,
										this.sows.hourlyRate(workspaceId, sow.id(), role, key.date()).orElse(null))));
		}
		return rates;
	}

}
