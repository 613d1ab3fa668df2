package dev.aorhub.contracts.application;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.aorhub.clients.ClientSummary;
import dev.aorhub.clients.Clients;
import dev.aorhub.contracts.ContractAlerts;
import dev.aorhub.contracts.SowStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contracts that need attention, by indexed date ranges: one query each, and their
 * clients' names in one batch through the clients module's API.
 */
@Component
class ContractAlertQueries implements ContractAlerts {

	private final JdbcClient jdbc;

	private final Clients clients;

	ContractAlertQueries(JdbcClient jdbc, Clients clients) {
		this.jdbc = jdbc;
		this.clients = clients;
	}

	@Override
	@Transactional(readOnly = true)
	public List<EndingSow> sowsEnding(UUID workspaceId, LocalDate today, int withinDays, int limit) {
		List<EndingSow> sows = this.jdbc.sql("""
				SELECT s.id, s.number, s.title, s.client_id, s.end_date, s.status
				FROM sow s
				WHERE s.workspace_id = :workspaceId AND s.status IN ('APPROVED', 'ACTIVE') AND s.archived = FALSE
				  AND s.end_date >= :today AND s.end_date <= :until
				ORDER BY s.end_date, s.number
				LIMIT :limit
				""")
			.param("workspaceId", workspaceId)
			.param("limit", limit)
			.param("today", today)
			.param("until", today.plusDays(withinDays))
			.query((rs, n) -> {
				LocalDate end = rs.getObject("end_date", LocalDate.class);
				return new EndingSow(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("title"),
						rs.getObject("client_id", UUID.class), null, end, SowStatus.valueOf(rs.getString("status")),
						ChronoUnit.DAYS.between(today, end));
			})
			.list();
		Map<UUID, ClientSummary> names = clients(workspaceId, sows.stream().map(EndingSow::clientId).toList());
		return sows.stream()
			.map((s) -> new EndingSow(s.sowId(), s.number(), s.title(), s.clientId(), name(names, s.clientId()),
					s.endDate(), s.status(), s.daysLeft()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ExpiringMsa> msasExpiring(UUID workspaceId, LocalDate today, int withinDays, int limit) {
		List<ExpiringMsa> msas = this.jdbc.sql("""
				SELECT m.id, m.title, m.client_id, m.expiry_date, m.notice_period_days
				FROM msa m
				WHERE m.workspace_id = :workspaceId AND m.status = 'SIGNED' AND m.archived = FALSE
				  AND m.expiry_date IS NOT NULL AND m.expiry_date <= :until
				ORDER BY m.expiry_date, m.title
				LIMIT :limit
				""")
			.param("workspaceId", workspaceId)
			.param("until", today.plusDays(withinDays))
			.param("limit", limit)
			.query((rs, n) -> {
				LocalDate expiry = rs.getObject("expiry_date", LocalDate.class);
				return new ExpiringMsa(rs.getObject("id", UUID.class), rs.getString("title"),
						rs.getObject("client_id", UUID.class), null, expiry, rs.getInt("notice_period_days"),
						ChronoUnit.DAYS.between(today, expiry));
			})
			.list();
		Map<UUID, ClientSummary> names = clients(workspaceId, msas.stream().map(ExpiringMsa::clientId).toList());
		return msas.stream()
			.map((m) -> new ExpiringMsa(m.msaId(), m.title(), m.clientId(), name(names, m.clientId()), m.expiryDate(),
					m.noticePeriodDays(), m.daysLeft()))
			.toList();
	}

	private Map<UUID, ClientSummary> clients(UUID workspaceId, Collection<UUID> clientIds) {
		return this.clients.findAll(workspaceId, clientIds);
	}

	private static String name(Map<UUID, ClientSummary> clients, UUID clientId) {
		return Optional.ofNullable(clients.get(clientId)).map(ClientSummary::name).orElse(null);
	}

}
