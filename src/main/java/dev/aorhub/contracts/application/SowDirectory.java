package dev.aorhub.contracts.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.contracts.SowStatus;
import dev.aorhub.contracts.StatementsOfWork;
import dev.aorhub.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * SOWs for other modules: the SOW, its MSA's discount and its retainer fees in one query.
 */
@Component
class SowDirectory implements StatementsOfWork {

	private static final String SELECT = """
			SELECT s.id, s.client_id, s.designation_id, s.msa_id, s.number, s.title, s.status, s.start_date,
			       s.end_date, s.budget_currency, m.discount_percent,
			       f.id AS fee_id, f.currency AS fee_currency, f.monthly_fee_amount, f.included_hours, f.rollover,
			       f.overage_rate_amount
			FROM sow s
			JOIN msa m ON m.workspace_id = s.workspace_id AND m.id = s.msa_id
			LEFT JOIN sow_fee f ON f.workspace_id = s.workspace_id AND f.sow_id = s.id AND f.fee_type = 'RETAINER'
			""";

	private final JdbcClient jdbc;

	SowDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SowSummary> find(UUID workspaceId, UUID sowId) {
		return findAll(workspaceId, List.of(sowId)).values().stream().findFirst();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, SowSummary> findAll(UUID workspaceId, Collection<UUID> sowIds) {
		if (sowIds.isEmpty()) {
			return Map.of();
		}
		return summaries(this.jdbc.sql(SELECT + """
				WHERE s.workspace_id = :workspaceId AND s.id IN (:ids)
				ORDER BY s.number, f.position
				""").param("workspaceId", workspaceId).param("ids", Set.copyOf(sowIds)));
	}

	@Override
	@Transactional(readOnly = true)
	public List<SowSummary> ofClient(UUID workspaceId, UUID clientId) {
		return List.copyOf(summaries(this.jdbc.sql(SELECT + """
				WHERE s.workspace_id = :workspaceId AND s.client_id = :clientId AND s.archived = FALSE
				  AND s.status <> 'CANCELLED'
				ORDER BY s.start_date DESC, s.number, f.position
				""").param("workspaceId", workspaceId).param("clientId", clientId)).values());
	}

	@Override
	@Transactional(readOnly = true)
	public List<SowSummary> workableIn(UUID workspaceId, YearMonth month) {
		return List.copyOf(summaries(this.jdbc.sql(SELECT + """
				WHERE s.workspace_id = :workspaceId AND s.archived = FALSE
				  AND s.status IN ('APPROVED', 'ACTIVE', 'COMPLETED')
				  AND s.start_date <= :last AND s.end_date >= :first
				ORDER BY s.number, f.position
				""")
			.param("workspaceId", workspaceId)
			.param("first", month.atDay(1))
			.param("last", month.atEndOfMonth())).values());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Money> hourlyRate(UUID workspaceId, UUID sowId, String role, LocalDate date) {
		if (role == null || role.isBlank()) {
			return Optional.empty();
		}
		// The SOW's own card comes first, then its MSA's, then the workspace's default;
		// the
		// first card in force on the date that names the role decides.
		List<Map<String, Object>> rates = this.jdbc.sql("""
				SELECT r.hourly_rate_amount, r.hourly_rate_currency, m.discount_percent,
				       CASE WHEN c.id = f.rate_card_id THEN 0 WHEN c.id = m.rate_card_id THEN 1 ELSE 2 END AS preference
				FROM sow s
				JOIN msa m ON m.workspace_id = s.workspace_id AND m.id = s.msa_id
				LEFT JOIN sow_fee f ON f.workspace_id = s.workspace_id AND f.sow_id = s.id
				     AND f.fee_type = 'TIME_AND_MATERIALS' AND f.rate_card_id IS NOT NULL
				JOIN rate_card c ON c.workspace_id = s.workspace_id
				     AND (c.id = f.rate_card_id OR c.id = m.rate_card_id OR c.default_key = 'DEFAULT')
				JOIN rate_card_rate r ON r.workspace_id = c.workspace_id AND r.rate_card_id = c.id
				     AND r.role_key = :roleKey
				WHERE s.workspace_id = :workspaceId AND s.id = :sowId AND c.archived = FALSE
				  AND c.effective_from <= :date AND (c.effective_to IS NULL OR c.effective_to >= :date)
				ORDER BY preference
				""")
			.param("workspaceId", workspaceId)
			.param("sowId", sowId)
			.param("roleKey", role.strip().toLowerCase(Locale.ROOT))
			.param("date", date)
			.query()
			.listOfRows();
		if (rates.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> best = rates.get(0);
		BigDecimal discount = (BigDecimal) best.get("discount_percent");
		BigDecimal factor = BigDecimal.ONE
			.subtract(discount.divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_EVEN));
		Money rate = new Money((BigDecimal) best.get("hourly_rate_amount"),
				Currency.getInstance((String) best.get("hourly_rate_currency")));
		return Optional.of(rate.times(factor));
	}

	private static Map<UUID, SowSummary> summaries(JdbcClient.StatementSpec statement) {
		Map<UUID, SowSummary> found = new LinkedHashMap<>();
		Map<UUID, List<RetainerTerms>> retainers = new LinkedHashMap<>();
		statement.query((ResultSet rs) -> {
			UUID id = rs.getObject("id", UUID.class);
			List<RetainerTerms> terms = retainers.computeIfAbsent(id, (key) -> new ArrayList<>());
			found.computeIfAbsent(id, (key) -> summary(rs, terms));
			UUID feeId = rs.getObject("fee_id", UUID.class);
			if (feeId != null) {
				terms.add(retainer(rs, feeId));
			}
		});
		return found;
	}

	private static SowSummary summary(ResultSet rs, List<RetainerTerms> retainers) {
		try {
			return new SowSummary(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
					rs.getObject("designation_id", UUID.class), rs.getObject("msa_id", UUID.class),
					rs.getString("number"), rs.getString("title"), SowStatus.valueOf(rs.getString("status")),
					rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
					rs.getString("budget_currency"), rs.getBigDecimal("discount_percent"), retainers);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RetainerTerms retainer(ResultSet rs, UUID feeId) throws SQLException {
		Currency currency = Currency.getInstance(rs.getString("fee_currency"));
		BigDecimal overage = rs.getBigDecimal("overage_rate_amount");
		return new RetainerTerms(feeId, new Money(rs.getBigDecimal("monthly_fee_amount"), currency),
				rs.getInt("included_hours"), "NEXT_MONTH".equals(rs.getString("rollover")),
				(overage != null) ? new Money(overage, currency) : null);
	}

}
