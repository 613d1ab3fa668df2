package dev.aorhub.contracts.application;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import dev.aorhub.contracts.ContractAlerts;
import dev.aorhub.contracts.SowStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contracts that need attention, by indexed date ranges: one query each.
 */
@Component
class ContractAlertQueries implements ContractAlerts {

	private final JdbcClient jdbc;

	ContractAlertQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<EndingSow> sowsEnding(UUID workspaceId, LocalDate today, int withinDays) {
		return this.jdbc.sql("""
				SELECT s.id, s.number, s.title, s.client_id, c.name AS client_name, s.end_date, s.status
				FROM sow s JOIN client c ON c.workspace_id = s.workspace_id AND c.id = s.client_id
				WHERE s.workspace_id = :workspaceId AND s.status IN ('APPROVED', 'ACTIVE') AND s.archived = FALSE
				  AND s.end_date >= :today AND s.end_date <= :until
				ORDER BY s.end_date, s.number
				""")
			.param("workspaceId", workspaceId)
			.param("today", today)
			.param("until", today.plusDays(withinDays))
			.query((rs, n) -> {
				LocalDate end = rs.getObject("end_date", LocalDate.class);
				return new EndingSow(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("title"),
						rs.getObject("client_id", UUID.class), rs.getString("client_name"), end,
						SowStatus.valueOf(rs.getString("status")), ChronoUnit.DAYS.between(today, end));
			})
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ExpiringMsa> msasExpiring(UUID workspaceId, LocalDate today, int withinDays) {
		return this.jdbc.sql("""
				SELECT m.id, m.title, m.client_id, c.name AS client_name, m.expiry_date, m.notice_period_days
				FROM msa m JOIN client c ON c.workspace_id = m.workspace_id AND c.id = m.client_id
				WHERE m.workspace_id = :workspaceId AND m.status = 'SIGNED' AND m.archived = FALSE
				  AND m.expiry_date IS NOT NULL AND m.expiry_date <= :until
				ORDER BY m.expiry_date, m.title
				""").param("workspaceId", workspaceId).param("until", today.plusDays(withinDays)).query((rs, n) -> {
			LocalDate expiry = rs.getObject("expiry_date", LocalDate.class);
			return new ExpiringMsa(rs.getObject("id", UUID.class), rs.getString("title"),
					rs.getObject("client_id", UUID.class), rs.getString("client_name"), expiry,
					rs.getInt("notice_period_days"), ChronoUnit.DAYS.between(today, expiry));
		}).list();
	}

}
