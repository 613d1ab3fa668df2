package dev.aorhub.workspace.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.aorhub.shared.export.TableExport;
import dev.aorhub.shared.persistence.SqlConditions;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.shared.web.PageResponse;
import dev.aorhub.shared.web.Sorting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The workspace's exchange rates as a paged list, by currency and then newest first, each
 * saying whether it is the one in force on the given day.
 */
@Component
class ExchangeRateQueries {

	static final Sorting SORTING = Sorting.by("currency", "r.currency")
		.and("validFrom", "r.valid_from")
		.and("rate", "r.rate")
		.defaultAscending("currency");

	record RateRow(UUID id, String currency, BigDecimal rate, LocalDate validFrom, boolean inForce, long version) {

		public String rateText() {
			return this.rate.stripTrailingZeros().toPlainString();
		}

	}

	private final JdbcClient jdbc;

	ExchangeRateQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One count and one page query; within a currency the newest rate comes first
	 * whatever the sort, so a currency's history reads from today backwards.
	 */
	PageResponse<RateRow> page(UUID workspaceId, String currency, PageQuery query, LocalDate today) {
		SqlConditions where = SqlConditions.forWorkspace("r.workspace_id", workspaceId)
			.andIf((currency != null && !currency.isBlank()) ? currency.strip().toUpperCase(java.util.Locale.ROOT)
					: null, "r.currency = :currency", "currency")
			.andIf((query.likePattern() != null) ? query.likePattern().toUpperCase(java.util.Locale.ROOT) : null,
					"r.currency LIKE :q ESCAPE '\\'", "q");
		long total = this.jdbc.sql("SELECT count(*) FROM exchange_rate r" + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		List<RateRow> rows = this.jdbc
			.sql("""
					SELECT r.id, r.currency, r.rate, r.valid_from, r.version,
					       CASE WHEN r.valid_from = (SELECT max(l.valid_from) FROM exchange_rate l
					                                  WHERE l.workspace_id = r.workspace_id AND l.currency = r.currency
					                                    AND l.valid_from <= :today)
					            THEN 1 ELSE 0 END AS in_force
					  FROM exchange_rate r""" + where.sql() + "ORDER BY " + query.sortExpression()
					+ (query.ascending() ? " ASC" : " DESC") + ", r.valid_from DESC, r.id LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("today", today)
			.param("limit", query.size())
			.param("offset", query.offset())
			.query((rs, n) -> new RateRow(rs.getObject("id", UUID.class), rs.getString("currency"),
					rs.getBigDecimal("rate"), rs.getObject("valid_from", LocalDate.class), rs.getInt("in_force") == 1,
					rs.getLong("version")))
			.list();
		return PageResponse.of(rows, query, total);
	}

	/**
	 * Every rate of the filtered list, with the import's column names so an exported CSV
	 * imports again as it is.
	 */
	TableExport export(UUID workspaceId, String currency, String q, String sort, LocalDate today) {
		var table = new TableExport("Exchange rates", List.of("currency", "rate", "valid_from"));
		page(workspaceId, currency, PageQuery.forExport(q, sort, SORTING), today).items()
			.forEach((row) -> table.row(row.currency(), row.rate(), row.validFrom()));
		return table;
	}

}
