package dev.aorhub.workspace;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One change to one record, as the audit log keeps it: what kind of record, which one,
 * the action, a readable summary and the changed fields (from, to).
 */
public record AuditEntry(String entityType, UUID entityId, String action, String summary,
		Map<String, FieldChange> changes) {

	public static final String CREATED = "CREATED";

	public static final String UPDATED = "UPDATED";

	public static final String DELETED = "DELETED";

	public AuditEntry {
		changes = (changes != null) ? java.util.Collections.unmodifiableMap(new LinkedHashMap<>(changes)) : Map.of();
	}

	/** A field's value before and after; values are shown as text. */
	public record FieldChange(String from, String to) {

	}

	public static AuditEntry created(String entityType, UUID entityId, String summary, Map<String, ?> state) {
		Map<String, FieldChange> changes = new LinkedHashMap<>();
		state.forEach((field, value) -> {
			if (value != null) {
				changes.put(field, new FieldChange(null, text(value)));
			}
		});
		return new AuditEntry(entityType, entityId, CREATED, summary, changes);
	}

	/** The fields whose value differs between the two snapshots; null when none does. */
	public static AuditEntry updated(String entityType, UUID entityId, String summary, Map<String, ?> before,
			Map<String, ?> after) {
		Map<String, FieldChange> changes = new LinkedHashMap<>();
		after.forEach((field, value) -> {
			String from = text(before.get(field));
			String to = text(value);
			if (!Objects.equals(from, to)) {
				changes.put(field, new FieldChange(from, to));
			}
		});
		return changes.isEmpty() ? null : new AuditEntry(entityType, entityId, UPDATED, summary, changes);
	}

	/**
	 * A state change or another named action, e.g. {@code DEACTIVATED}, {@code APPROVED}.
	 */
	public static AuditEntry action(String entityType, UUID entityId, String action, String summary) {
		return new AuditEntry(entityType, entityId, action, summary, Map.of());
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

}
