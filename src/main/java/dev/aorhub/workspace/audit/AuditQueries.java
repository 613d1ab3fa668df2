package dev.aorhub.workspace.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.shared.persistence.SqlConditions;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.shared.web.PageResponse;
import dev.aorhub.shared.web.Sorting;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.AuditEntry.FieldChange;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.Role;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit log as a filtered, paged list.
 */
@Component
public class AuditQueries {

	public static final Sorting SORTING = Sorting.by("occurredAt", "occurred_at")
		.and("entityType", "entity_type")
		.and("actorName", "actor_name")
		.and("action", "action")
		.defaultDescending("occurredAt");

	/** Filters; each null one is not applied. */
	public record AuditFilter(UUID entityId, String entityType, UUID actorId, String action, Instant from, Instant to) {
	}

	/**
	 * One entry. {@code valuesHidden} says that the reader's roles may not see this
	 * record's values: {@code changes} then names the changed fields with neither value.
	 */
	public record AuditEventRow(UUID id, Instant occurredAt, UUID actorId, String actorName, String entityType,
			UUID entityId, String action, String summary, Map<String, FieldChange> changes, boolean valuesHidden) {
	}

	private static final FieldChange HIDDEN = new FieldChange(null, null);

	private static final TypeReference<Map<String, FieldChange>> CHANGES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditQueries(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** A page of the reader's workspace's log, with the values their roles may read. */
	public PageResponse<AuditEventRow> page(CurrentUser reader, AuditFilter filter, PageQuery query) {
		UUID workspaceId = reader.workspaceId();
		Set<Role> readerRoles = reader.roles();
		SqlConditions where = conditions(workspaceId, filter, query);
		long total = this.jdbc.sql("SELECT count(*) FROM audit_event" + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		List<AuditEventRow> rows = this.jdbc
			.sql("SELECT * FROM audit_event" + where.sql() + "ORDER BY " + query.orderBy("id")
					+ " LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("limit", query.size())
			.param("offset", query.offset())
			.query((rs, n) -> new AuditEventRow(rs.getObject("id", UUID.class),
					rs.getTimestamp("occurred_at").toInstant(), rs.getObject("actor_id", UUID.class),
					rs.getString("actor_name"), rs.getString("entity_type"), rs.getObject("entity_id", UUID.class),
					rs.getString("action"), rs.getString("summary"), changes(rs.getString("changes")),
					!AuditEntry.valuesVisibleTo(roles(rs.getString("values_read_by")), readerRoles)))
			.list()
			.stream()
			.map(AuditQueries::withVisibleValues)
			.toList();
		return PageResponse.of(rows, query, total);
	}

	/** The entity types that occur in the workspace's log, for the filter's choices. */
	public List<String> entityTypes(UUID workspaceId) {
		return this.jdbc
			.sql("SELECT DISTINCT entity_type FROM audit_event WHERE workspace_id = :workspaceId ORDER BY entity_type")
			.param("workspaceId", workspaceId)
			.query(String.class)
			.list();
	}

	private static SqlConditions conditions(UUID workspaceId, AuditFilter filter, PageQuery query) {
		return SqlConditions.forWorkspace("workspace_id", workspaceId)
			.andIf(filter.entityId(), "entity_id = :entityId", "entityId")
			.andIf(blankToNull(filter.entityType()), "entity_type = :entityType", "entityType")
			.andIf(filter.actorId(), "actor_id = :actorId", "actorId")
			.andIf(blankToNull(filter.action()), "action = :action", "action")
			.andIf(timestamp(filter.from()), "occurred_at >= :from", "from")
			.andIf(timestamp(filter.to()), "occurred_at < :to", "to")
			.andIf(query.likePattern(), "(lower(summary) LIKE :q ESCAPE '\\' OR lower(actor_name) LIKE :q ESCAPE '\\')",
					"q");
	}

	private static AuditEventRow withVisibleValues(AuditEventRow row) {
		if (!row.valuesHidden()) {
			return row;
		}
		Map<String, FieldChange> fieldsOnly = new LinkedHashMap<>();
		row.changes().keySet().forEach((field) -> fieldsOnly.put(field, HIDDEN));
		return new AuditEventRow(row.id(), row.occurredAt(), row.actorId(), row.actorName(), row.entityType(),
				row.entityId(), row.action(), row.summary(), fieldsOnly, true);
	}

	/** The roles column: role names separated by commas, null for everyone. */
	static String rolesText(Set<Role> roles) {
		return roles.isEmpty() ? null
				: roles.stream().map(Role::name).sorted().collect(java.util.stream.Collectors.joining(","));
	}

	private static Set<Role> roles(String text) {
		if (text == null || text.isBlank()) {
			return Set.of();
		}
		return java.util.Arrays.stream(text.split(","))
			.map(String::strip)
			.map(Role::valueOf)
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	private Map<String, FieldChange> changes(String text) {
		return (text == null) ? Map.of() : this.json.readValue(text, CHANGES);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
