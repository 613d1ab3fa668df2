package dev.aorhub.workspace;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.workspace.AuditEntry.FieldChange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AuditEntryTests {

	private static final UUID ID = UUID.fromString("01900000-0000-7000-8000-000000000002");

	@Test
	void updatedKeepsOnlyTheChangedFields() {
		AuditEntry entry = AuditEntry.updated("User", ID, "Changed user Ada",
				state("Ada", "ada@example.com", "ACCOUNT", true), state("Ada L.", "ada@example.com", "ACCOUNT", false));
		assertThat(entry.action()).isEqualTo(AuditEntry.UPDATED);
		assertThat(entry.entityType()).isEqualTo("User");
		assertThat(entry.entityId()).isEqualTo(ID);
		assertThat(entry.summary()).isEqualTo("Changed user Ada");
		assertThat(entry.changes()).containsExactly(Map.entry("name", new FieldChange("Ada", "Ada L.")),
				Map.entry("active", new FieldChange("true", "false")));
	}

	@Test
	void updatedReturnsNullWhenNothingChanged() {
		assertThat(AuditEntry.updated("User", ID, "Changed user Ada", state("Ada", "ada@example.com", "ACCOUNT", true),
				state("Ada", "ada@example.com", "ACCOUNT", true)))
			.isNull();
	}

	@Test
	void updatedComparesValuesAsText() {
		assertThat(AuditEntry.updated("Workspace", ID, "s", Map.of("version", 1L), Map.of("version", 1))).isNull();
	}

	@Test
	void updatedRecordsAFieldThatWasSetOrCleared() {
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("clientId", null);
		before.put("title", "Lead");
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("clientId", ID);
		after.put("title", null);
		assertThat(AuditEntry.updated("User", ID, "s", before, after).changes()).containsExactly(
				Map.entry("clientId", new FieldChange(null, ID.toString())),
				Map.entry("title", new FieldChange("Lead", null)));
	}

	@Test
	void createdRecordsEveryPresentFieldAsSetFromNothing() {
		Map<String, Object> state = new LinkedHashMap<>(state("Ada", "ada@example.com", "ADMIN", true));
		state.put("clientId", null);
		AuditEntry entry = AuditEntry.created("User", ID, "Created user Ada", state);
		assertThat(entry.action()).isEqualTo(AuditEntry.CREATED);
		assertThat(entry.changes()).containsOnlyKeys("name", "email", "roles", "active");
		assertThat(entry.changes().get("active")).isEqualTo(new FieldChange(null, "true"));
	}

	@Test
	void actionHasNoFieldChanges() {
		AuditEntry entry = AuditEntry.action("User", ID, "DEACTIVATED", "Deactivated user Ada");
		assertThat(entry.action()).isEqualTo("DEACTIVATED");
		assertThat(entry.changes()).isEmpty();
	}

	@Test
	void changesCannotBeModifiedAfterwards() {
		AuditEntry entry = AuditEntry.created("User", ID, "s", Map.of("name", "Ada"));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> entry.changes().put("name", new FieldChange(null, "Eve")));
	}

	private static Map<String, Object> state(String name, String email, String roles, boolean active) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("name", name);
		state.put("email", email);
		state.put("roles", roles);
		state.put("active", active);
		return state;
	}

}
