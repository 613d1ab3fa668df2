package dev.aorhub.workspace.audit;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.shared.web.PageResponse;
import dev.aorhub.workspace.AuditEntry;
import dev.aorhub.workspace.ClientDirectory;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.audit.AuditQueries.AuditEventRow;
import dev.aorhub.workspace.audit.AuditQueries.AuditFilter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit log as the admin's page shows it: labels, words, names, formatted money and
 * dates (see {@link AuditLabels}). The ids in a page's changes are named with one query
 * for people and one for clients, whatever the page holds; an id of any other record
 * reads as a linked record (its entry's summary names it).
 */
@Component
public class AuditLogPage {

	private static final Pattern UUID_TEXT = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	/** What a reader whose roles may not see a record's values reads instead. */
	static final String HIDDEN_VALUE = "hidden for your roles";

	private final AuditQueries audit;

	private final JdbcClient jdbc;

	private final ObjectProvider<ClientDirectory> clients;

	AuditLogPage(AuditQueries audit, JdbcClient jdbc, ObjectProvider<ClientDirectory> clients) {
		this.audit = audit;
		this.jdbc = jdbc;
		this.clients = clients;
	}

	/** One event: when, who, what happened to which record, and the changed fields. */
	public record Event(UUID id, Instant occurredAt, String actorName, String entityType, String entityTypeLabel,
			UUID entityId, String action, String actionLabel, String summary, List<Change> changes) {

		public boolean created() {
			return AuditEntry.CREATED.equals(this.action);
		}

	}

	/**
	 * A changed field: its label, and its value before (null when it was set) and after.
	 */
	public record Change(String label, String from, String to) {

	}

	public PageResponse<Event> page(CurrentUser reader, AuditFilter filter, PageQuery query) {
		PageResponse<AuditEventRow> rows = this.audit.page(reader, filter, query);
		Map<UUID, String> names = names(reader.workspaceId(), rows.items());
		return rows.map((row) -> event(row, names));
	}

	static Event event(AuditEventRow row, Map<UUID, String> names) {
		boolean created = AuditEntry.CREATED.equals(row.action());
		List<Change> changes = row.changes()
			.entrySet()
			.stream()
			.map((change) -> row.valuesHidden() ? new Change(AuditLabels.field(change.getKey()), null, HIDDEN_VALUE)
					: new Change(AuditLabels.field(change.getKey()),
							(created && change.getValue().from() == null) ? null
									: AuditLabels.value(change.getKey(), change.getValue().from(), names),
							AuditLabels.value(change.getKey(), change.getValue().to(), names)))
			.toList();
		return new Event(row.id(), row.occurredAt(), row.actorName(), row.entityType(),
				AuditLabels.entityType(row.entityType()), row.entityId(), row.action(),
				AuditLabels.action(row.action()), AuditLabels.dates(row.summary()), changes);
	}

	private Map<UUID, String> names(UUID workspaceId, List<AuditEventRow> rows) {
		Set<UUID> ids = new LinkedHashSet<>();
		for (AuditEventRow row : rows) {
			row.changes().values().forEach((change) -> {
				collect(change.from(), ids);
				collect(change.to(), ids);
			});
		}
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<UUID, String> names = new HashMap<>();
		this.jdbc.sql("SELECT id, name FROM user_directory WHERE workspace_id = :workspaceId AND id IN (:ids)")
			.param("workspaceId", workspaceId)
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("name")))
			.list()
			.forEach((entry) -> names.put(entry.getKey(), entry.getValue()));
		this.clients.ifAvailable((directory) -> names.putAll(directory.clientNames(workspaceId, ids)));
		return names;
	}

	private static void collect(String text, Set<UUID> ids) {
		if (text == null) {
			return;
		}
		Matcher id = UUID_TEXT.matcher(text);
		while (id.find()) {
			ids.add(UUID.fromString(id.group()));
		}
	}

}
