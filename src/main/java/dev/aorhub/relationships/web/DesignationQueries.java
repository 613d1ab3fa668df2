package dev.aorhub.relationships.web;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import dev.aorhub.relationships.DesignationKind;
import dev.aorhub.relationships.DesignationStatus;
import dev.aorhub.relationships.domain.RenewalWindow;
import dev.aorhub.shared.Money;
import dev.aorhub.shared.persistence.SqlConditions;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.shared.web.PageResponse;
import dev.aorhub.shared.web.Sorting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Designations as lists: the API's list and export, the portfolio and the renewal
 * pipeline. Each page is one summary query (a count, and on the pages that show them the
 * values per currency) and one page query with the client, category and lead names joined
 * in; never a query per row.
 */
@Component
class DesignationQueries {

	// By the client's stored lower-cased name: the order of the index on client
	// (workspace_id, name_key), so a page walks the clients in order instead of sorting
	// the workspace's designations by an expression first.
	static final Sorting SORTING = Sorting.by("client", "c.name_key")
		.and("category", "lower(sc.name)")
		.and("agency", "lower(coalesce(d.agency_name, ''))")
		.and("market", "d.market_key")
		.and("kind", "d.kind")
		.and("status", "d.status")
		.and("startDate", "d.start_date")
		.and("endDate", "d.end_date")
		.and("renewal", "d.renewal_notice_date")
		.and("annualValue", "d.annual_value_amount")
		.and("lead", "lower(u.name)")
		.and("createdAt", "d.created_at")
		.defaultAscending("client");

	/** The renewal pipeline has one order: most urgent first. */
	static final Sorting RENEWAL_SORTING = Sorting.by("renewal", "d.renewal_notice_date").defaultAscending("renewal");

	/**
	 * Optional filters; {@code ours} true is our agency's, false other agencies';
	 * archived designations are listed only when {@code archived} is true.
	 */
	record Filter(UUID clientId, UUID categoryId, DesignationStatus status, DesignationKind kind, Boolean ours,
			UUID leadId, boolean archived) {

		static Filter none() {
			return new Filter(null, null, null, null, null, null, false);
		}

	}

	record Row(UUID id, UUID clientId, String clientName, UUID categoryId, String categoryName, String agencyName,
			DesignationKind kind, DesignationStatus status, String market, String scope, LocalDate startDate,
			LocalDate endDate, int renewalNoticeDays, boolean autoRenew, Money annualValue, UUID accountLeadId,
			String leadName, boolean archived, long version) {

		public boolean isOurs() {
			return this.agencyName == null;
		}

		public RenewalWindow renewalWindow() {
			return RenewalWindow.of(this.endDate, this.renewalNoticeDays);
		}

		/** The status dot's colour class. */
		public String statusCss() {
			return switch (this.status) {
				case ACTIVE -> "status-ok";
				case UNDER_REVIEW -> "status-warn";
				case PITCHING -> "status-info";
				case LOST -> "status-danger";
				case ENDED -> "status-muted";
			};
		}

		/** {@code 1 Jan 2026 – 31 Dec 2027}, or {@code – open-ended}. */
		public String termLabel() {
			return DATE.format(this.startDate) + " – "
					+ ((this.endDate != null) ? DATE.format(this.endDate) : "open-ended");
		}

		/**
		 * The annual value for a table: {@code USD 850,000}, cents only when there are
		 * some.
		 */
		public String annualValueLabel() {
			return label(this.annualValue);
		}

	}

	/** The total of annual values in one currency. */
	record ValueTotal(Currency currency, BigDecimal amount, long designations) {

		public Money money() {
			return new Money(this.amount, this.currency);
		}

		public String label() {
			return DesignationQueries.label(money());
		}

	}

	/** A list's page with what the whole filtered list adds up to. */
	record Listing(PageResponse<Row> page, List<ValueTotal> totals, long openWindows) {
	}

	private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter
		.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);

	/**
	 * Lists filter and sort by client and lead names, so they join the read views the
	 * clients and workspace modules publish for that (never their tables).
	 */
	private static final String FROM = """
			 FROM designation d
			JOIN client_directory c ON c.workspace_id = d.workspace_id AND c.id = d.client_id
			JOIN service_category sc ON sc.workspace_id = d.workspace_id AND sc.id = d.category_id
			LEFT JOIN user_directory u ON u.workspace_id = d.workspace_id AND u.id = d.account_lead_id
			""";

	private static final String COLUMNS = """
			SELECT d.id, d.client_id, c.name AS client_name, d.category_id, sc.name AS category_name, d.agency_name,
			       d.kind, d.status, d.market, d.scope, d.start_date, d.end_date, d.renewal_notice_days, d.auto_renew,
			       d.annual_value_amount, d.annual_value_currency, d.account_lead_id, u.name AS lead_name, d.archived,
			       d.version""";

	private final JdbcClient jdbc;

	DesignationQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Listing list(UUID workspaceId, Filter filter, PageQuery query, LocalDate today) {
		return listing(where(workspaceId, filter, query), query, today);
	}

	/**
	 * The same list without what it adds up to, for the API, the exports and the
	 * dashboard, which show no totals: a count of the designations (the names joined only
	 * when the text is matched against them) and the page.
	 */
	PageResponse<Row> page(UUID workspaceId, Filter filter, PageQuery query) {
		return page(where(workspaceId, filter, query), query);
	}

	private PageResponse<Row> page(SqlConditions where, PageQuery query) {
		String from = (query.likePattern() != null) ? FROM : " FROM designation d ";
		long total = this.jdbc.sql("SELECT count(*)" + from + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		return PageResponse.of(rows(where, query), query, total);
	}

	/**
	 * Our running designations whose notice window is open or opens within
	 * {@link RenewalWindow#PIPELINE_HORIZON_DAYS}, the most urgent first; an archived
	 * client's are no renewal to prepare.
	 */
	Listing renewals(UUID workspaceId, UUID leadId, PageQuery query, LocalDate today) {
		SqlConditions where = ourRunning(workspaceId).and("d.renewal_notice_date <= :horizon")
			.param("horizon", today.plusDays(RenewalWindow.PIPELINE_HORIZON_DAYS))
			.andIf(leadId, "d.account_lead_id = :leadId", "leadId")
			.andIf(query.likePattern(), "(lower(c.name) LIKE :q ESCAPE '\\' OR lower(sc.name) LIKE :q ESCAPE '\\')",
					"q");
		return listing(where, query, today);
	}

	/**
	 * Our running designations whose notice window is open today, the most urgent first:
	 * the dashboard's renewals due, at most {@code limit} of them (two statements).
	 */
	PageResponse<Row> openRenewals(UUID workspaceId, LocalDate today, int limit) {
		SqlConditions where = ourRunning(workspaceId).and("d.renewal_notice_date <= :noticeBy")
			.param("noticeBy", today);
		return page(where, PageQuery.of(0, limit, null, null, RENEWAL_SORTING));
	}

	/** What a renewal is about: our live designations of clients still on the books. */
	private static SqlConditions ourRunning(UUID workspaceId) {
		return SqlConditions.forWorkspace("d.workspace_id", workspaceId)
			.and("d.agency_name IS NULL")
			.and("d.archived = FALSE")
			.and("d.client_archived = FALSE")
			.and("d.status IN ('ACTIVE', 'UNDER_REVIEW')");
	}

	/**
	 * The annual value of our active designations in one service category and currency.
	 */
	record CategoryValue(UUID categoryId, String category, ValueTotal value) {
	}

	/**
	 * Our active AORs' annual value by service category and currency, the largest
	 * categories first by count; one statement, at most {@code limit} rows.
	 */
	List<CategoryValue> valueByCategory(UUID workspaceId, int limit) {
		return this.jdbc.sql("""
				SELECT d.category_id, sc.name AS category, d.annual_value_currency AS currency,
				       count(*) AS designations, sum(d.annual_value_amount) AS amount
				FROM designation d
				JOIN service_category sc ON sc.workspace_id = d.workspace_id AND sc.id = d.category_id
				WHERE d.workspace_id = :workspaceId AND d.agency_name IS NULL AND d.status = 'ACTIVE'
				  AND d.archived = FALSE AND d.client_archived = FALSE AND d.annual_value_currency IS NOT NULL
				GROUP BY d.category_id, sc.name, d.annual_value_currency
				ORDER BY lower(sc.name), d.annual_value_currency
				LIMIT :limit
				""")
			.param("workspaceId", workspaceId)
			.param("limit", limit)
			.query((rs, n) -> new CategoryValue(rs.getObject("category_id", UUID.class), rs.getString("category"),
					new ValueTotal(Currency.getInstance(rs.getString("currency")), rs.getBigDecimal("amount"),
							rs.getLong("designations"))))
			.list();
	}

	private Listing listing(SqlConditions where, PageQuery query, LocalDate today) {
		List<ValueTotal> totals = new ArrayList<>();
		long[] counts = new long[2];
		this.jdbc
			.sql("""
					SELECT d.annual_value_currency AS currency, count(*) AS designations,
					       sum(d.annual_value_amount) AS amount,
					       sum(CASE WHEN d.renewal_notice_date <= :today AND d.status IN ('ACTIVE', 'UNDER_REVIEW')
					                THEN 1 ELSE 0 END) AS open_windows""" + FROM + where.sql()
					+ "GROUP BY d.annual_value_currency ORDER BY d.annual_value_currency")
			.params(where.params())
			.param("today", today)
			.query((rs) -> {
				counts[0] += rs.getLong("designations");
				counts[1] += rs.getLong("open_windows");
				String currency = rs.getString("currency");
				if (currency != null) {
					totals.add(new ValueTotal(Currency.getInstance(currency), rs.getBigDecimal("amount"),
							rs.getLong("designations")));
				}
			});
		return new Listing(PageResponse.of(rows(where, query), query, counts[0]), totals, counts[1]);
	}

	private List<Row> rows(SqlConditions where, PageQuery query) {
		return this.jdbc
			.sql(COLUMNS + FROM + where.sql() + "ORDER BY " + query.orderBy("d.id") + " LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("limit", query.size())
			.param("offset", query.offset())
			.query((rs, n) -> row(rs))
			.list();
	}

	private static SqlConditions where(UUID workspaceId, Filter filter, PageQuery query) {
		SqlConditions where = SqlConditions.forWorkspace("d.workspace_id", workspaceId)
			.andIf(filter.clientId(), "d.client_id = :clientId", "clientId")
			.andIf(filter.categoryId(), "d.category_id = :categoryId", "categoryId")
			.andIf((filter.status() != null) ? filter.status().name() : null, "d.status = :status", "status")
			.andIf((filter.kind() != null) ? filter.kind().name() : null, "d.kind = :kind", "kind")
			.andIf(filter.leadId(), "d.account_lead_id = :leadId", "leadId")
			.andIf(query.likePattern(),
					"(lower(c.name) LIKE :q ESCAPE '\\' OR lower(sc.name) LIKE :q ESCAPE '\\'"
							+ " OR lower(d.agency_name) LIKE :q ESCAPE '\\' OR d.market_key LIKE :q ESCAPE '\\'"
							+ " OR lower(d.scope) LIKE :q ESCAPE '\\')",
					"q")
			.and("d.archived = :archived")
			.param("archived", filter.archived());
		if (filter.ours() != null) {
			where.and(filter.ours() ? "d.agency_name IS NULL" : "d.agency_name IS NOT NULL");
		}
		return where;
	}

	/** One client's designations that are not archived, for its roster and timeline. */
	List<Row> ofClient(UUID workspaceId, UUID clientId) {
		return this.jdbc.sql(COLUMNS + FROM + """
				WHERE d.workspace_id = :workspaceId AND d.client_id = :clientId AND d.archived = FALSE
				ORDER BY lower(sc.name), d.start_date, d.id
				""").param("workspaceId", workspaceId).param("clientId", clientId).query((rs, n) -> row(rs)).list();
	}

	static Row row(ResultSet rs) throws SQLException {
		BigDecimal amount = rs.getBigDecimal("annual_value_amount");
		Money value = (amount != null) ? new Money(amount, Currency.getInstance(rs.getString("annual_value_currency")))
				: null;
		return new Row(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				rs.getString("client_name"), rs.getObject("category_id", UUID.class), rs.getString("category_name"),
				rs.getString("agency_name"), DesignationKind.valueOf(rs.getString("kind")),
				DesignationStatus.valueOf(rs.getString("status")), rs.getString("market"), rs.getString("scope"),
				rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
				rs.getInt("renewal_notice_days"), rs.getBoolean("auto_renew"), value,
				rs.getObject("account_lead_id", UUID.class), rs.getString("lead_name"), rs.getBoolean("archived"),
				rs.getLong("version"));
	}

	/** The markets used in the workspace, for the form's suggestions. */
	List<String> markets(UUID workspaceId) {
		return this.jdbc.sql("""
				SELECT min(market) AS market FROM designation WHERE workspace_id = :workspaceId
				GROUP BY market_key ORDER BY min(market_key) LIMIT 200
				""").param("workspaceId", workspaceId).query(String.class).list();
	}

	static String label(Money money) {
		if (money == null) {
			return "—";
		}
		boolean whole = money.amount().stripTrailingZeros().scale() <= 0;
		return money.currency().getCurrencyCode() + " "
				+ String.format(java.util.Locale.ENGLISH, whole ? "%,.0f" : "%,.2f", money.amount());
	}

}
