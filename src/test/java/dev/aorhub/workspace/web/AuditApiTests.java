package dev.aorhub.workspace.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

class AuditApiTests extends ApiTestSupport {

	@Test
	void creatingAUserWritesACreatedEventWithItsFields() {
		Account admin = signUp();
		Account user = createUser(admin, "ACCOUNT");

		JsonNode page = body(get("/api/v1/audit?entityId=" + user.userId() + "&action=CREATED", admin));
		assertThat(page.get("total").asLong()).isEqualTo(1);
		JsonNode event = page.get("items").get(0);
		assertThat(event.get("entityType").asString()).isEqualTo("User");
		assertThat(event.get("entityId").asString()).isEqualTo(user.userId().toString());
		assertThat(event.get("action").asString()).isEqualTo("CREATED");
		assertThat(event.get("actorId").asString()).isEqualTo(admin.userId().toString());
		assertThat(event.get("actorName").asString()).isEqualTo("Ada Admin");
		assertThat(event.get("summary").asString()).isEqualTo("Created user Una User");
		JsonNode changes = event.get("changes");
		assertThat(changes.propertyNames()).containsExactlyInAnyOrder("email", "name", "roles", "active");
		assertThat(changes.at("/email/from").isNull()).isTrue();
		assertThat(changes.at("/email/to").asString()).isEqualTo(user.email());
		assertThat(changes.at("/roles/to").asString()).isEqualTo("ACCOUNT");
		assertThat(changes.at("/active/to").asString()).isEqualTo("true");
		assertThat(Instant.parse(event.get("occurredAt").asString())).isCloseTo(Instant.now(),
				org.assertj.core.api.Assertions.within(5, ChronoUnit.MINUTES));
		assertThat(event.toString()).doesNotContain(PASSWORD);
	}

	@Test
	void updatingAUserWritesAnUpdatedEventWithOnlyTheChangedFields() {
		Account admin = signUp();
		Account user = createUser(admin, "ACCOUNT");
		Map<String, Object> change = new LinkedHashMap<>();
		change.put("email", user.email());
		change.put("name", "Una Renamed");
		change.put("roles", List.of("ACCOUNT"));
		change.put("version", 0);
		assertThat(putJson("/api/v1/users/" + user.userId(), admin, change)).hasStatus(200);

		JsonNode page = body(get("/api/v1/audit?entityId=" + user.userId() + "&action=UPDATED", admin));
		assertThat(page.get("total").asLong()).isEqualTo(1);
		JsonNode changes = page.at("/items/0/changes");
		assertThat(changes.propertyNames()).containsExactly("name");
		assertThat(changes.at("/name/from").asString()).isEqualTo("Una User");
		assertThat(changes.at("/name/to").asString()).isEqualTo("Una Renamed");
	}

	@Test
	void anUpdateThatChangesNothingWritesNoEvent() {
		Account admin = signUp();
		Account user = createUser(admin, "ACCOUNT");
		Map<String, Object> same = new LinkedHashMap<>();
		same.put("email", user.email());
		same.put("name", "Una User");
		same.put("roles", List.of("ACCOUNT"));
		same.put("version", 0);
		assertThat(putJson("/api/v1/users/" + user.userId(), admin, same)).hasStatus(200);

		assertThat(
				body(get("/api/v1/audit?entityId=" + user.userId() + "&action=UPDATED", admin)).get("total").asLong())
			.isZero();
	}

	@Test
	void stateChangesAreRecordedByName() {
		Account admin = signUp();
		Account user = createUser(admin, "ACCOUNT");
		assertThat(postJson("/api/v1/users/" + user.userId() + "/deactivate", admin, Map.of())).hasStatus(200);
		assertThat(postJson("/api/v1/users/" + user.userId() + "/password", admin,
				Map.of("password", "Fresh-Meadow-Signal-7")))
			.hasStatus(200);

		JsonNode page = body(get("/api/v1/audit?entityId=" + user.userId() + "&sort=occurredAt,asc", admin));
		assertThat(actions(page)).containsExactly("CREATED", "DEACTIVATED", "PASSWORD_RESET", "SIGN_INS_ENDED");
		assertThat(page.toString()).doesNotContain("Fresh-Meadow-Signal-7");
	}

	@Test
	void filtersByEntityIdEntityTypeAndActor() {
		Account admin = signUp();
		Account first = createUser(admin, "ACCOUNT");
		createUser(admin, "MEDIA");

		JsonNode byEntity = body(get("/api/v1/audit?entityId=" + first.userId(), admin));
		assertThat(byEntity.get("total").asLong()).isEqualTo(1);
		assertThat(byEntity.get("items").values())
			.allSatisfy((event) -> assertThat(event.get("entityId").asString()).isEqualTo(first.userId().toString()));

		JsonNode users = body(get("/api/v1/audit?entityType=User&action=CREATED", admin));
		// the admin made at sign-up and the two users
		assertThat(users.get("total").asLong()).isEqualTo(3);

		JsonNode workspace = body(get("/api/v1/audit?entityType=Workspace", admin));
		assertThat(workspace.get("total").asLong()).isEqualTo(1);
		assertThat(workspace.at("/items/0/entityId").asString()).isEqualTo(admin.workspaceId().toString());

		JsonNode byActor = body(get("/api/v1/audit?actorId=" + first.userId(), admin));
		// the first user's own token
		assertThat(actions(byActor)).containsExactly("CREATED");
		assertThat(byActor.at("/items/0/entityType").asString()).isEqualTo("ApiToken");
	}

	@Test
	void filtersByTime() {
		Account admin = signUp();
		Instant future = Instant.now().plus(1, ChronoUnit.HOURS);
		Instant past = Instant.now().minus(1, ChronoUnit.HOURS);

		assertThat(body(get("/api/v1/audit?from=" + future, admin)).get("total").asLong()).isZero();
		assertThat(body(get("/api/v1/audit?to=" + past, admin)).get("total").asLong()).isZero();
		assertThat(body(get("/api/v1/audit?from=" + past + "&to=" + future, admin)).get("total").asLong())
			.isGreaterThanOrEqualTo(3);
	}

	@Test
	void neverListsAnotherWorkspacesEvents() {
		Account mine = signUp();
		Account theirs = signUp();
		Account theirUser = createUser(theirs, "ACCOUNT");

		JsonNode all = body(get("/api/v1/audit?size=500", mine));
		List<String> entityIds = new ArrayList<>();
		all.get("items").forEach((event) -> entityIds.add(event.get("entityId").asString()));
		assertThat(entityIds).isNotEmpty()
			.doesNotContain(theirs.workspaceId().toString(), theirs.userId().toString(), theirUser.userId().toString());
		assertThat(all.get("items").values())
			.noneSatisfy((event) -> assertThat(event.get("actorId").asString()).isEqualTo(theirs.userId().toString()));

		assertThat(body(get("/api/v1/audit?entityId=" + theirUser.userId(), mine)).get("total").asLong()).isZero();
		assertThat(body(get("/api/v1/audit?actorId=" + theirs.userId(), mine)).get("total").asLong()).isZero();

		String csv = new String(get("/api/v1/audit/export?format=csv", mine).getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(csv).doesNotContain(theirUser.userId().toString()).doesNotContain(theirs.userId().toString());
	}

	@Test
	void exportsTheFilteredLogAsCsv() {
		Account admin = signUp();
		Account user = createUser(admin, "ACCOUNT");

		MvcTestResult result = get("/api/v1/audit/export?format=csv&entityId=" + user.userId(), admin);

		assertThat(result).hasStatus(200);
		assertThat(result.getResponse().getContentType()).startsWith("text/csv");
		String[] lines = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)
			.replace("\uFEFF", "")
			.split("\r\n");
		assertThat(lines[0]).isEqualTo("When,Who,Record type,Record id,Action,Summary,Changed fields");
		assertThat(lines).hasSize(2);
		assertThat(lines[1]).contains(",Ada Admin,User," + user.userId() + ",CREATED,Created user Una User,");
	}

	@Test
	void rejectsAnEntityIdThatIsNotAUuidWith400() {
		Account admin = signUp();
		MvcTestResult result = get("/api/v1/audit?entityId=banana", admin);
		assertThat(result).hasStatus(400);
		assertThat(problemType(result)).isEqualTo("malformed-request");
	}

	private static List<String> actions(JsonNode page) {
		List<String> actions = new ArrayList<>();
		page.get("items").forEach((event) -> actions.add(event.get("action").asString()));
		return actions;
	}

	@Test
	void onlyAdminsReadTheLogAsOnTheAuditPage() {
		Account admin = signUp();
		setCostRate(admin);
		for (String role : List.of("VIEWER", "ACCOUNT", "STRATEGY", "CREATIVE", "MEDIA", "FINANCE", "NEW_BUSINESS")) {
			Account staff = createUser(admin, role);
			assertThat(get("/api/v1/audit", staff)).as(role).hasStatus(403);
			assertThat(get("/api/v1/audit?entityType=CostRate", staff)).as(role).hasStatus(403);
			assertThat(get("/api/v1/audit/export?format=csv", staff)).as(role).hasStatus(403);
		}
		JsonNode costs = body(get("/api/v1/audit?entityType=CostRate", admin));
		assertThat(costs.get("total").asLong()).isEqualTo(1);
		assertThat(costs.at("/items/0/changes/hourlyCost/to").asString()).contains("80.00");
		assertThat(costs.at("/items/0/valuesHidden").asBoolean()).isFalse();
	}

	@Test
	void aRoleThatMayNotReadCostsSeesWhichFieldsChangedButNeverTheirValues() {
		Account admin = signUp();
		setCostRate(admin);
		var reader = new dev.aorhub.workspace.CurrentUser(UUID.randomUUID(), admin.workspaceId(), "Workspace",
				"viewer@example.com", "Vera Viewer",
				java.util.Set.of(dev.aorhub.workspace.Role.VIEWER, dev.aorhub.workspace.Role.ACCOUNT), null);

		var entries = this.auditQueries
			.page(reader,
					new dev.aorhub.workspace.audit.AuditQueries.AuditFilter(null, "CostRate", null, null, null, null),
					dev.aorhub.shared.web.PageQuery.of(0, 50, null, null,
							dev.aorhub.workspace.audit.AuditQueries.SORTING))
			.items();
		assertThat(entries).singleElement().satisfies((entry) -> {
			assertThat(entry.valuesHidden()).isTrue();
			assertThat(entry.changes()).containsKey("hourlyCost");
			assertThat(entry.changes().values()).allSatisfy((change) -> {
				assertThat(change.from()).isNull();
				assertThat(change.to()).isNull();
			});
			assertThat(entry.toString()).doesNotContain("80.00").doesNotContain("80.0");
		});
	}

	private void setCostRate(Account admin) {
		assertThat(postJson("/api/v1/cost-rates", admin, Map.of("userId", admin.userId(), "hourlyCost",
				Map.of("amount", "80.00", "currency", "USD"), "effectiveFrom", "2026-01-01")))
			.hasStatus(201);
	}

	@org.springframework.beans.factory.annotation.Autowired
	private dev.aorhub.workspace.audit.AuditQueries auditQueries;

}
