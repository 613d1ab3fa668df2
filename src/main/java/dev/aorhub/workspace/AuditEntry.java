package dev.aorhub.workspace;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One change to one record, as the audit log keeps it: what kind of record, which one,
 * the action, a readable summary and the changed fields (from, to). When only some roles
 * may read the record's values (staff cost rates), {@code valuesReadBy} names them and
 * the log shows everyone else which fields changed, never their values.
 */
public record AuditEntry(String entityType, UUID entityId, String action, String summary,
		Map<String, FieldChange> changes, Set<Role> valuesReadBy) {

	public static final String CREATED = "CREATED";

	public static final String UPDATED = "UPDATED";

	public static final String DELETED = "DELETED";

	public AuditEntry {
		changes = (changes != null) ? java.util.Collections.unmodifiableMap(new LinkedHashMap<>(changes)) : Map.of();
		valuesReadBy = (valuesReadBy != null) ? Set.copyOf(valuesReadBy) : Set.of();
	}

	/** An entry whose values every reader of the audit log may see. */
	public AuditEntry(String entityType, UUID entityId, String action, String summary,
			Map<String, FieldChange> changes) {
		this(entityType, entityId, action, summary, changes, Set.of());
	}

	/** This entry with its values shown only to these roles. */
	public AuditEntry readableBy(Role... roles) {
		return new AuditEntry(this.entityType, this.entityId, this.action, this.summary, this.changes, Set.of(roles));
	}

	/** Whether a reader with these roles may see the values of the changed fields. */
	public static boolean valuesVisibleTo(Set<Role> valuesReadBy, Set<Role> readerRoles) {
		return valuesReadBy.isEmpty() || readerRoles.stream().anyMatch(valuesReadBy::contains);
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

	/**
	 * The label a person reads for a field the entry names by its API path:
	 * {@code annualValue} is "Annual value", {@code fees[1].percent} is "Fees 2 percent".
	 */
	public static String label(String field) {
		StringBuilder label = new StringBuilder(field.length() + 8);
		for (int i = 0; i < field.length(); i++) {
			char c = field.charAt(i);
			if (i == 0) {
				label.append(Character.toUpperCase(c));
			}
			else if (Character.isUpperCase(c)) {
				label.append(' ').append(Character.toLowerCase(c));
			}
			else if (c == '.' || c == '_') {
				label.append(' ');
			}
			else if (c == '[') {
				int end = field.indexOf(']', i);
				String index = field.substring(i + 1, (end > i) ? end : field.length());
				label.append(' ')
					.append(index.chars().allMatch(Character::isDigit) ? Integer.parseInt(index) + 1 : index);
				i = (end > i) ? end : field.length();
			}
			else {
				label.append(c);
			}
		}
		return label.toString().replaceAll(" ids?\\b", "");
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

}
