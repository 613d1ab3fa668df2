package dev.aorhub.relationships.web;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import dev.aorhub.relationships.DesignationKind;
import dev.aorhub.shared.Money;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.shared.web.PageResponse;
import dev.aorhub.shared.web.Sorting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A designation's terms, the current one and those renewals replaced, newest first: its
 * page's "Terms" section and the API's {@code /terms}.
 */
@Component
class DesignationTermQueries {

	/** Terms have one order: the newest first. */
	static final Sorting SORTING = Sorting.by("startDate", "start_date").defaultDescending("startDate");

	/**
	 * A term: {@code current} for the one the designation runs on; a past term says when
	 * it was renewed and by whom ({@code renewedByName} null when AOR Hub itself did).
	 */
	record TermRow(LocalDate startDate, LocalDate endDate, Money annualValue, DesignationKind kind, boolean current,
			Instant renewedAt, UUID renewedBy, String renewedByName) {
	}

	private final JdbcClient jdbc;

	DesignationTermQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PageResponse<TermRow> terms(UUID workspaceId, UUID designationId, PageQuery query) {
		long total = this.jdbc.sql("""
				SELECT 1 + (SELECT count(*) FROM designation_term
				            WHERE workspace_id = :workspaceId AND designation_id = :designationId)
				""").param("workspaceId", workspaceId).param("designationId", designationId).query(Long.class).single();
		List<TermRow> rows = this.jdbc.sql("""
				SELECT d.start_date, d.end_date, d.annual_value_amount, d.annual_value_currency, d.kind,
				       TRUE AS is_current, CAST(NULL AS TIMESTAMP WITH TIME ZONE) AS renewed_at,
				       CAST(NULL AS UUID) AS renewed_by, CAST(NULL AS VARCHAR(200)) AS renewed_by_name
				  FROM designation d
				 WHERE d.workspace_id = :workspaceId AND d.id = :designationId
				UNION ALL
				SELECT t.start_date, t.end_date, t.annual_value_amount, t.annual_value_currency, t.kind,
				       FALSE, t.renewed_at, t.renewed_by, u.name
				  FROM designation_term t
				  LEFT JOIN user_directory u ON u.workspace_id = t.workspace_id AND u.id = t.renewed_by
				 WHERE t.workspace_id = :workspaceId AND t.designation_id = :designationId
				""" + "ORDER BY " + query.orderBy("is_current") + " LIMIT :limit OFFSET :offset")
			.param("workspaceId", workspaceId)
			.param("designationId", designationId)
			.param("limit", query.size())
			.param("offset", query.offset())
			.query((rs, n) -> row(rs))
			.list();
		return PageResponse.of(rows, query, total);
	}

	private static TermRow row(ResultSet rs) throws SQLException {
		BigDecimal amount = rs.getBigDecimal("annual_value_amount");
		Money value = (amount != null) ? new Money(amount, Currency.getInstance(rs.getString("annual_value_currency")))
				: null;
		Timestamp renewedAt = rs.getTimestamp("renewed_at");
		return new TermRow(rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
				value, DesignationKind.valueOf(rs.getString("kind")), rs.getBoolean("is_current"),
				(renewedAt != null) ? renewedAt.toInstant() : null, rs.getObject("renewed_by", UUID.class),
				rs.getString("renewed_by_name"));
	}

}
