package dev.aorhub.contracts.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.contracts.ChangeOrderStatus;
import dev.aorhub.contracts.MsaStatus;
import dev.aorhub.contracts.SowStatus;
import dev.aorhub.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's contracts as a tree: MSAs, their SOWs, and the SOWs' change orders, in three
 * queries whatever the size. The same model feeds the client's contracts page and (once
 * the clients module offers its page sections) a card on the client page.
 */
@Component
class ContractTree {

	record Section(UUID clientId, List<MsaNode> msas) {

		/** The section as the fragment {@code contracts/fragments :: tree} reads it. */
		Map<String, Object> model() {
			return Map.of("clientId", this.clientId, "msas", this.msas);
		}

	}

	record MsaNode(UUID id, String title, MsaStatus status, LocalDate effectiveDate, LocalDate expiryDate,
			List<SowNode> sows) {
	}

	record SowNode(UUID id, String number, String title, SowStatus status, LocalDate endDate, Money currentBudget,
			List<ChangeNode> changeOrders) {
	}

	record ChangeNode(String label, String description, Money budgetChange, ChangeOrderStatus status) {
	}

	private final JdbcClient jdbc;

	ContractTree(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	Section of(UUID workspaceId, UUID clientId) {
		Map<UUID, List<ChangeNode>> changes = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT o.sow_id, o.number, o.description, o.budget_change_amount, o.budget_change_currency, o.status
				FROM change_order o JOIN sow s ON s.workspace_id = o.workspace_id AND s.id = o.sow_id
				WHERE o.workspace_id = :workspaceId AND s.client_id = :clientId
				ORDER BY o.sow_id, o.number
				""").param("workspaceId", workspaceId).param("clientId", clientId).query((rs) -> {
			changes.computeIfAbsent(rs.getObject("sow_id", UUID.class), (id) -> new ArrayList<>())
				.add(new ChangeNode("CO-" + rs.getInt("number"), rs.getString("description"),
						money(rs.getBigDecimal("budget_change_amount"), rs.getString("budget_change_currency")),
						ChangeOrderStatus.valueOf(rs.getString("status"))));
		});
		Map<UUID, List<SowNode>> sows = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT id, msa_id, number, title, status, end_date, current_budget_amount, budget_currency FROM sow
				WHERE workspace_id = :workspaceId AND client_id = :clientId AND archived = FALSE
				ORDER BY start_date, number
				""").param("workspaceId", workspaceId).param("clientId", clientId).query((rs) -> {
			UUID id = rs.getObject("id", UUID.class);
			sows.computeIfAbsent(rs.getObject("msa_id", UUID.class), (msa) -> new ArrayList<>())
				.add(new SowNode(id, rs.getString("number"), rs.getString("title"),
						SowStatus.valueOf(rs.getString("status")), rs.getObject("end_date", LocalDate.class),
						money(rs.getBigDecimal("current_budget_amount"), rs.getString("budget_currency")),
						changes.getOrDefault(id, List.of())));
		});
		List<MsaNode> msas = this.jdbc.sql("""
				SELECT id, title, status, effective_date, expiry_date FROM msa
				WHERE workspace_id = :workspaceId AND client_id = :clientId AND archived = FALSE
				ORDER BY effective_date DESC, title
				""").param("workspaceId", workspaceId).param("clientId", clientId).query((rs, n) -> {
			UUID id = rs.getObject("id", UUID.class);
			return new MsaNode(id, rs.getString("title"), MsaStatus.valueOf(rs.getString("status")),
					rs.getObject("effective_date", LocalDate.class), rs.getObject("expiry_date", LocalDate.class),
					sows.getOrDefault(id, List.of()));
		}).list();
		return new Section(clientId, msas);
	}

	private static Money money(BigDecimal amount, String currency) {
		return new Money(amount, Currency.getInstance(currency));
	}

}
