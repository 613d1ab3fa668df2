package dev.aorhub.contracts.web;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.contracts.FeeType;
import dev.aorhub.contracts.MsaStatus;
import dev.aorhub.contracts.SowStatus;
import dev.aorhub.contracts.domain.Percent;
import dev.aorhub.shared.Money;
import dev.aorhub.shared.persistence.SqlConditions;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.shared.web.PageResponse;
import dev.aorhub.shared.web.Sorting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rate cards, cost rates, MSAs and SOWs as searchable, sortable, paged lists: a count and
 * a page query each, with names and counts joined in (and a SOW page's fee types in one
 * more query), never a query per row. Client and staff names are searched and sorted in
 * SQL, so they come from the read views the clients and workspace modules publish
 * ({@code client_directory}, {@code user_directory}), never from their tables.
 */
@Component
public class ContractQueries {

	public static final Sorting RATE_CARD_SORTING = Sorting.by("name", "lower(r.name)")
		.and("currency", "r.currency")
		.and("effectiveFrom", "r.effective_from")
		.defaultAscending("name");

	public static final Sorting COST_RATE_SORTING = Sorting.by("user", "lower(u.name)")
		.and("effectiveFrom", "k.effective_from")
		.and("hourlyCost", "k.hourly_cost_amount")
		.defaultAscending("user");

	public static final Sorting MSA_SORTING = Sorting.by("title", "lower(m.title)")
		.and("client", "lower(c.name)")
		.and("status", "m.status")
		.and("effectiveDate", "m.effective_date")
		.and("expiryDate", "m.expiry_date")
		.defaultAscending("client");

	public static final Sorting SOW_SORTING = Sorting.by("number", "s.number")
		.and("title", "lower(s.title)")
		.and("client", "lower(c.name)")
		.and("status", "s.status")
		.and("startDate", "s.start_date")
		.and("endDate", "s.end_date")
		.and("budget", "s.budget_amount")
		.and("currentBudget", "s.current_budget_amount")
		.defaultDescending("number");

	public record RateCardRow(UUID id, String name, String currency, LocalDate effectiveFrom, LocalDate effectiveTo,
			boolean isDefault, long roleCount, long msaCount, boolean archived, long version) {
	}

	public record CostRateRow(UUID id, UUID userId, String userName, String userEmail, Money hourlyCost,
			LocalDate effectiveFrom, long version) {
	}

	public record MsaFilter(UUID clientId, MsaStatus status, Integer expiringWithinDays, LocalDate today,
			boolean archived) {
	}

	public record MsaRow(UUID id, UUID clientId, String clientName, String title, MsaStatus status,
			LocalDate effectiveDate, LocalDate expiryDate, int paymentTermsDays, UUID rateCardId, String rateCardName,
			Percent discountPercent, int noticePeriodDays, long sowCount, boolean archived, long version) {
	}

	public record SowFilter(UUID msaId, UUID clientId, SowStatus status, Integer endingWithinDays, LocalDate today,
			boolean archived) {
	}

	public record SowRow(UUID id, String number, String title, UUID msaId, String msaTitle, UUID clientId,
			String clientName, UUID designationId, SowStatus status, LocalDate startDate, LocalDate endDate,
			Money budget, Integer budgetHours, Money currentBudget, Integer currentBudgetHours, List<FeeType> feeTypes,
			boolean archived, long version) {

		public String feeLabels() {
			return String.join(", ", this.feeTypes.stream().map(FeeType::label).toList());
		}

		/** Current minus original budget: what the approved change orders added. */
		public Money approvedChanges() {
			return this.currentBudget.minus(this.budget);
		}

	}

	private final JdbcClient jdbc;

	ContractQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public PageResponse<RateCardRow> rateCards(UUID workspaceId, boolean archived, PageQuery query) {
		SqlConditions where = SqlConditions.forWorkspace("r.workspace_id", workspaceId)
			.andIf(query.likePattern(), "lower(r.name) LIKE :q ESCAPE '\\'", "q")
			.and("r.archived = :archived")
			.param("archived", archived);
		long total = count("SELECT count(*) FROM rate_card r" + where.sql(), where);
		List<RateCardRow> rows = this.jdbc
			.sql("""
					SELECT r.*,
					       (SELECT count(*) FROM rate_card_rate x WHERE x.workspace_id = r.workspace_id AND x.rate_card_id = r.id) AS role_count,
					       (SELECT count(*) FROM msa m WHERE m.workspace_id = r.workspace_id AND m.rate_card_id = r.id) AS msa_count
					FROM rate_card r"""
					+ where.sql() + "ORDER BY " + query.orderBy("r.id") + " LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("limit", query.size())
			.param("offset", query.offset())
			.query((rs, n) -> new RateCardRow(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("currency"), rs.getObject("effective_from", LocalDate.class),
					rs.getObject("effective_to", LocalDate.class), rs.getString("default_key") != null,
					rs.getLong("role_count"), rs.getLong("msa_count"), rs.getBoolean("archived"),
					rs.getLong("version")))
			.list();
		return PageResponse.of(rows, query, total);
	}

	public PageResponse<CostRateRow> costRates(UUID workspaceId, UUID userId, PageQuery query) {
		SqlConditions where = SqlConditions.forWorkspace("k.workspace_id", workspaceId)
			.andIf(userId, "k.user_id = :userId", "userId")
			.andIf(query.likePattern(), "(lower(u.name) LIKE :q ESCAPE '\\' OR lower(u.email) LIKE :q ESCAPE '\\')",
					"q");
		String from = " FROM staff_cost_rate k"
				+ " JOIN user_directory u ON u.workspace_id = k.workspace_id AND u.id = k.user_id";
		long total = count("SELECT count(*)" + from + where.sql(), where);
		List<CostRateRow> rows = this.jdbc
			.sql("SELECT k.*, u.name AS user_name, u.email AS user_email" + from + where.sql() + "ORDER BY "
					+ query.orderBy("k.id") + " LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("limit", query.size())
			.param("offset", query.offset())
			.query((rs, n) -> new CostRateRow(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
					rs.getString("user_name"), rs.getString("user_email"),
					money(rs, "hourly_cost_amount", "hourly_cost_currency"),
					rs.getObject("effective_from", LocalDate.class), rs.getLong("version")))
			.list();
		return PageResponse.of(rows, query, total);
	}

	public PageResponse<MsaRow> msas(UUID workspaceId, MsaFilter filter, PageQuery query) {
		SqlConditions where = SqlConditions.forWorkspace("m.workspace_id", workspaceId)
			.andIf(query.likePattern(), "(lower(m.title) LIKE :q ESCAPE '\\' OR lower(c.name) LIKE :q ESCAPE '\\')",
					"q")
			.andIf(filter.clientId(), "m.client_id = :clientId", "clientId")
			.andIf((filter.status() != null) ? filter.status().name() : null, "m.status = :status", "status")
			.andIf((filter.expiringWithinDays() != null) ? filter.today().plusDays(filter.expiringWithinDays()) : null,
					"m.expiry_date IS NOT NULL AND m.expiry_date <= :until AND m.status = 'SIGNED'", "until")
			.and("m.archived = :archived")
			.param("archived", filter.archived());
		String from = " FROM msa m JOIN client_directory c ON c.workspace_id = m.workspace_id AND c.id = m.client_id"
				+ " LEFT JOIN rate_card r ON r.workspace_id = m.workspace_id AND r.id = m.rate_card_id";
		long total = count("SELECT count(*)" + from + where.sql(), where);
		List<MsaRow> rows = this.jdbc
			.sql("""
					SELECT m.*, c.name AS client_name, r.name AS rate_card_name,
					       (SELECT count(*) FROM sow s WHERE s.workspace_id = m.workspace_id AND s.msa_id = m.id
					        AND s.archived = FALSE) AS sow_count""" + from + where.sql() + "ORDER BY "
					+ query.orderBy("m.id") + " LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("limit", query.size())
			.param("offset", query.offset())
			.query((rs, n) -> new MsaRow(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
					rs.getString("client_name"), rs.getString("title"), MsaStatus.valueOf(rs.getString("status")),
					rs.getObject("effective_date", LocalDate.class), rs.getObject("expiry_date", LocalDate.class),
					rs.getInt("payment_terms_days"), rs.getObject("rate_card_id", UUID.class),
					rs.getString("rate_card_name"), new Percent(rs.getBigDecimal("discount_percent")),
					rs.getInt("notice_period_days"), rs.getLong("sow_count"), rs.getBoolean("archived"),
					rs.getLong("version")))
			.list();
		return PageResponse.of(rows, query, total);
	}

	public PageResponse<SowRow> sows(UUID workspaceId, SowFilter filter, PageQuery query) {
		SqlConditions where = SqlConditions.forWorkspace("s.workspace_id", workspaceId)
			.andIf(query.likePattern(),
					"(lower(s.title) LIKE :q ESCAPE '\\' OR lower(s.number) LIKE :q ESCAPE '\\'"
							+ " OR lower(c.name) LIKE :q ESCAPE '\\')",
					"q")
			.andIf(filter.msaId(), "s.msa_id = :msaId", "msaId")
			.andIf(filter.clientId(), "s.client_id = :clientId", "clientId")
			.andIf((filter.status() != null) ? filter.status().name() : null, "s.status = :status", "status")
			.and("s.archived = :archived")
			.param("archived", filter.archived());
		if (filter.endingWithinDays() != null) {
			where.and("s.status IN ('APPROVED', 'ACTIVE') AND s.end_date >= :today AND s.end_date <= :until")
				.param("today", filter.today())
				.param("until", filter.today().plusDays(filter.endingWithinDays()));
		}
		String from = " FROM sow s JOIN client_directory c ON c.workspace_id = s.workspace_id AND c.id = s.client_id"
				+ " JOIN msa m ON m.workspace_id = s.workspace_id AND m.id = s.msa_id";
		long total = count("SELECT count(*)" + from + where.sql(), where);
		List<SowRow> rows = this.jdbc
			.sql("SELECT s.*, c.name AS client_name, m.title AS msa_title" + from + where.sql() + "ORDER BY "
					+ query.orderBy("s.id") + " LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("limit", query.size())
			.param("offset", query.offset())
			.query((rs, n) -> sowRow(rs, List.of()))
			.list();
		Map<UUID, List<FeeType>> feeTypes = feeTypes(workspaceId, rows.stream().map(SowRow::id).toList());
		List<SowRow> withFees = new ArrayList<>();
		for (SowRow row : rows) {
			withFees.add(new SowRow(row.id(), row.number(), row.title(), row.msaId(), row.msaTitle(), row.clientId(),
					row.clientName(), row.designationId(), row.status(), row.startDate(), row.endDate(), row.budget(),
					row.budgetHours(), row.currentBudget(), row.currentBudgetHours(),
					feeTypes.getOrDefault(row.id(), List.of()), row.archived(), row.version()));
		}
		return PageResponse.of(withFees, query, total);
	}

	private Map<UUID, List<FeeType>> feeTypes(UUID workspaceId, List<UUID> sowIds) {
		Map<UUID, List<FeeType>> types = new LinkedHashMap<>();
		if (sowIds.isEmpty()) {
			return types;
		}
		this.jdbc.sql("""
				SELECT sow_id, fee_type FROM sow_fee WHERE workspace_id = :workspaceId AND sow_id IN (:ids)
				ORDER BY sow_id, position
				""").param("workspaceId", workspaceId).param("ids", Set.copyOf(sowIds)).query((rs) -> {
			types.computeIfAbsent(rs.getObject("sow_id", UUID.class), (id) -> new ArrayList<>())
				.add(FeeType.valueOf(rs.getString("fee_type")));
		});
		return types;
	}

	private static SowRow sowRow(ResultSet rs, List<FeeType> fees) throws SQLException {
		return new SowRow(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("title"),
				rs.getObject("msa_id", UUID.class), rs.getString("msa_title"), rs.getObject("client_id", UUID.class),
				rs.getString("client_name"), rs.getObject("designation_id", UUID.class),
				SowStatus.valueOf(rs.getString("status")), rs.getObject("start_date", LocalDate.class),
				rs.getObject("end_date", LocalDate.class), money(rs, "budget_amount", "budget_currency"),
				(Integer) rs.getObject("budget_hours"), money(rs, "current_budget_amount", "budget_currency"),
				(Integer) rs.getObject("current_budget_hours"), fees, rs.getBoolean("archived"), rs.getLong("version"));
	}

	private long count(String sql, SqlConditions where) {
		return this.jdbc.sql(sql).params(where.params()).query(Long.class).single();
	}

	private static Money money(ResultSet rs, String amount, String currency) throws SQLException {
		BigDecimal value = rs.getBigDecimal(amount);
		return (value != null) ? new Money(value, Currency.getInstance(rs.getString(currency))) : null;
	}

}
