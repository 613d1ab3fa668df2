package dev.aorhub.delivery.application;

import java.time.LocalDate;
import java.util.UUID;

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

}
