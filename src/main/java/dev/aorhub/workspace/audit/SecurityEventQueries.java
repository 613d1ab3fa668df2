package dev.aorhub.workspace.audit;

import java.sql.Timestamp;
import java.time.Instant;
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
 * The security log of one workspace as the admin reads it: sign-ins, second-factor checks
 * and refused requests of its users, newest first, filtered by kind, outcome, e-mail or
 * address and time.
 */
@Component
public class SecurityEventQueries {

	public static final Sorting SORTING = Sorting.by("occurredAt", "occurred_at")
		.and("email", "email")
		.and("kind", "kind")
		.and("outcome", "outcome")
		.and("clientAddress", "client_address")
		.defaultDescending("occurredAt");

	/** Filters; each null one is not applied. */
	public record SecurityEventFilter(String kind, String outcome, UUID userId, Instant from, Instant to) {
	}

	public record SecurityEventRow(UUID id, Instant occurredAt, UUID userId, String email, String clientAddress,
			String kind, String outcome, String request) {

		/** "Sign in", "Wrong password": the words of the admin's page. */
		public String kindLabel() {
			return words(this.kind);
		}

		public String outcomeLabel() {
			return words(this.outcome);
		}

		public boolean succeeded() {
			return "SUCCEEDED".equals(this.outcome);
		}

	}

	private final JdbcClient jdbc;

	SecurityEventQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public PageResponse<SecurityEventRow> page(UUID workspaceId, SecurityEventFilter filter, PageQuery query) {
		SqlConditions where = SqlConditions.forWorkspace("workspace_id", workspaceId)
			.andIf(blankToNull(filter.kind()), "kind = :kind", "kind")
			.andIf(blankToNull(filter.outcome()), "outcome = :outcome", "outcome")
			.andIf(filter.userId(), "user_id = :userId", "userId")
			.andIf(timestamp(filter.from()), "occurred_at >= :from", "from")
			.andIf(timestamp(filter.to()), "occurred_at < :to", "to")
			.andIf(query.likePattern(), "(lower(email) LIKE :q ESCAPE '\\' OR client_address LIKE :q ESCAPE '\\'"
					+ " OR lower(request) LIKE :q ESCAPE '\\')", "q");
		long total = this.jdbc.sql("SELECT count(*) FROM security_event" + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		List<SecurityEventRow> rows = this.jdbc
			.sql("SELECT id, occurred_at, user_id, email, client_address, kind, outcome, request FROM security_event"
					+ where.sql() + "ORDER BY " + query.orderBy("id") + " LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("limit", query.size())
			.param("offset", query.offset())
			.query((rs, n) -> new SecurityEventRow(rs.getObject("id", UUID.class),
					rs.getTimestamp("occurred_at").toInstant(), rs.getObject("user_id", UUID.class),
					rs.getString("email"), rs.getString("client_address"), rs.getString("kind"),
					rs.getString("outcome"), rs.getString("request")))
			.list();
		return PageResponse.of(rows, query, total);
	}

	/** The filtered log as a CSV or XLSX table, every row the filter matches. */
	public TableExport export(UUID workspaceId, SecurityEventFilter filter, String q, String sort) {
		var table = new TableExport("Security log",
				List.of("When (UTC)", "E-mail", "User id", "Client address", "Event", "Outcome", "Request"));
		page(workspaceId, filter, PageQuery.forExport(q, sort, SORTING)).items()
			.forEach((event) -> table.row(event.occurredAt(), event.email(),
					(event.userId() != null) ? event.userId().toString() : "", event.clientAddress(), event.kind(),
					event.outcome(), event.request()));
		return table;
	}

	/** "WRONG_PASSWORD" as the page reads it: "Wrong password". */
	public static String words(String constant) {
		if (constant == null || constant.isEmpty()) {
			return "";
		}
		String lower = constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
