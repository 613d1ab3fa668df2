package dev.aorhub.clients.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.aorhub.clients.ClientTestData.client;
import static dev.aorhub.clients.ClientTestData.contact;
import static dev.aorhub.clients.ClientTestData.with;
import static org.assertj.core.api.Assertions.assertThat;

class ContactApiTests extends ApiTestSupport {

	private String newClient(Account account, String name) {
		MvcTestResult result = postJson("/api/v1/clients", account, client(name));
		assertThat(result).hasStatus(201);
		return body(result).get("id").asString();
	}

	private JsonNode newContact(Account account, String clientId, Map<String, Object> request) {
		MvcTestResult result = postJson("/api/v1/clients/" + clientId + "/contacts", account, request);
		assertThat(result).hasStatus(201);
		return body(result);
	}

	private JsonNode contactAt(Account account, String clientId, String contactId) {
		return body(get("/api/v1/clients/" + clientId + "/contacts/" + contactId, account));
	}

	@Test
	void createsAContactWith201LocationAndTheContractsFields() {
		Account admin = signUp();
		String clientId = newClient(admin, "Northwind");
		MvcTestResult result = postJson("/api/v1/clients/" + clientId + "/contacts", admin,
				with(contact("Laura Bennett", "EXECUTIVE"), "email", "Laura.Bennett@Northwind.example"));

		assertThat(result).hasStatus(201);
		JsonNode created = body(result);
		String id = created.get("id").asString();
		assertThat(UUID.fromString(id).version()).isEqualTo(7);
		assertThat(result).headers()
			.hasSingleValue(HttpHeaders.LOCATION, "/api/v1/clients/" + clientId + "/contacts/" + id);
		assertThat(created.get("name").asString()).isEqualTo("Laura Bennett");
		assertThat(created.get("email").asString()).isEqualTo("laura.bennett@northwind.example");
		assertThat(created.get("title").asString()).isEqualTo("Director");
		assertThat(created.get("level").asString()).isEqualTo("EXECUTIVE");
		assertThat(created.get("primary").asBoolean()).isFalse();
		assertThat(created.get("version").asLong()).isZero();
		assertThat(contactAt(admin, clientId, id).get("name").asString()).isEqualTo("Laura Bennett");
	}

	@Test
	void rejectsAnInvalidContactWith422NamingEachField() {
		Account admin = signUp();
		String clientId = newClient(admin, "Northwind");
		MvcTestResult result = postJson("/api/v1/clients/" + clientId + "/contacts", admin,
				Map.of("name", "", "email", "not-an-email", "phone", "call me"));

		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactlyInAnyOrder("name", "email", "phone", "level");
		MvcTestResult badLevel = postJson("/api/v1/clients/" + clientId + "/contacts", admin, contact("Sam", "INTERN"));
		assertThat(badLevel).hasStatus(422);
		assertThat(problemFields(badLevel)).containsExactly("level");
	}

	@Test
	void anotherWorkspacesContactIsNotFoundEvenUnderOurOwnClient() {
		Account admin = signUp();
		Account stranger = signUp();
		String ours = newClient(admin, "Ours");
		String theirs = newClient(stranger, "Theirs");
		String theirContact = newContact(stranger, theirs, contact("Their Person", "SENIOR")).get("id").asString();

		assertThat(get("/api/v1/clients/" + ours + "/contacts/" + theirContact, admin)).hasStatus(404);
		assertThat(get("/api/v1/clients/" + theirs + "/contacts/" + theirContact, admin)).hasStatus(404);
		MvcTestResult write = putJson("/api/v1/clients/" + theirs + "/contacts/" + theirContact, admin,
				with(contact("Hijacked", "SENIOR"), "version", 0));
		assertThat(write).hasStatus(404);
		assertThat(problemType(write)).isEqualTo("not-found");
		assertThat(delete("/api/v1/clients/" + theirs + "/contacts/" + theirContact, admin)).hasStatus(404);
		assertThat(contactAt(stranger, theirs, theirContact).get("name").asString()).isEqualTo("Their Person");
	}

	@Test
	void aContactOfAnotherClientIsNotFoundUnderThisOne() {
		Account admin = signUp();
		String first = newClient(admin, "First");
		String second = newClient(admin, "Second");
		String person = newContact(admin, first, contact("Only At First", "MANAGER")).get("id").asString();

		assertThat(get("/api/v1/clients/" + second + "/contacts/" + person, admin)).hasStatus(404);
	}

	@Test
	void aClientHasOnePrimaryContactAtMost() {
		Account admin = signUp();
		String clientId = newClient(admin, "Summit Springs");
		String first = newContact(admin, clientId, with(contact("Jennifer Wu", "SENIOR"), "primary", true)).get("id")
			.asString();
		String second = newContact(admin, clientId, with(contact("Michael Ross", "EXECUTIVE"), "primary", true))
			.get("id")
			.asString();

		assertThat(contactAt(admin, clientId, first).get("primary").asBoolean()).isFalse();
		assertThat(contactAt(admin, clientId, second).get("primary").asBoolean()).isTrue();
		JsonNode list = body(get("/api/v1/clients/" + clientId + "/contacts", admin));
		assertThat(list.get("items").values()).filteredOn((c) -> c.get("primary").asBoolean()).hasSize(1);
	}

	@Test
	void refusesAReportsToChainThatLoops() {
		Account admin = signUp();
		String clientId = newClient(admin, "Loop Co");
		JsonNode boss = newContact(admin, clientId, contact("Boss", "EXECUTIVE"));
		JsonNode middle = newContact(admin, clientId,
				with(contact("Middle", "SENIOR"), "reportsToId", boss.get("id").asString()));
		JsonNode report = newContact(admin, clientId,
				with(contact("Report", "MANAGER"), "reportsToId", middle.get("id").asString()));

		MvcTestResult loop = putJson("/api/v1/clients/" + clientId + "/contacts/" + boss.get("id").asString(), admin,
				with(with(contact("Boss", "EXECUTIVE"), "reportsToId", report.get("id").asString()), "version", 0));
		assertThat(loop).hasStatus(422);
		assertThat(problemFields(loop)).containsExactly("reportsToId");
		MvcTestResult self = putJson("/api/v1/clients/" + clientId + "/contacts/" + boss.get("id").asString(), admin,
				with(with(contact("Boss", "EXECUTIVE"), "reportsToId", boss.get("id").asString()), "version", 0));
		assertThat(self).hasStatus(422);
		assertThat(contactAt(admin, clientId, boss.get("id").asString()).get("reportsToId").isNull()).isTrue();
	}

	@Test
	void aManagerMustWorkAtTheSameClient() {
		Account admin = signUp();
		String first = newClient(admin, "First");
		String second = newClient(admin, "Second");
		String elsewhere = newContact(admin, first, contact("Elsewhere", "EXECUTIVE")).get("id").asString();

		MvcTestResult result = postJson("/api/v1/clients/" + second + "/contacts", admin,
				with(contact("Report", "MANAGER"), "reportsToId", elsewhere));
		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactly("reportsToId");
	}

	@Test
	void aStaleVersionIs409AndDeleteArchives() {
		Account admin = signUp();
		String clientId = newClient(admin, "Versioned");
		String id = newContact(admin, clientId, contact("Vera", "MANAGER")).get("id").asString();
		String path = "/api/v1/clients/" + clientId + "/contacts/" + id;
		assertThat(putJson(path, admin, with(contact("Vera", "SENIOR"), "version", 0))).hasStatus(200);

		MvcTestResult stale = putJson(path, admin, with(contact("Vera", "WORKING"), "version", 0));
		assertThat(stale).hasStatus(409);
		assertThat(problemType(stale)).isEqualTo("stale-version");

		assertThat(delete(path, admin)).hasStatus(204);
		assertThat(contactAt(admin, clientId, id).get("archived").asBoolean()).isTrue();
		assertThat(body(get("/api/v1/clients/" + clientId + "/contacts", admin)).get("total").asLong()).isZero();
		assertThat(body(postJson(path + "/restore", admin, Map.of())).get("archived").asBoolean()).isFalse();
	}

	@Test
	void listsTheWorkspacesContactsAcrossClientsBySearchAndLevel() {
		Account admin = signUp();
		String first = newClient(admin, "First");
		String second = newClient(admin, "Second");
		newContact(admin, first, with(contact("Ann Exec", "EXECUTIVE"), "email", "ann@first.example"));
		newContact(admin, second, with(contact("Bob Work", "WORKING"), "email", "bob@second.example"));

		JsonNode all = body(get("/api/v1/contacts", admin));
		assertThat(all.get("total").asLong()).isEqualTo(2);
		assertThat(body(get("/api/v1/contacts?q=second.example", admin)).get("items").values())
			.extracting((c) -> c.get("name").asString())
			.containsExactly("Bob Work");
		assertThat(body(get("/api/v1/contacts?level=EXECUTIVE", admin)).get("items").values())
			.extracting((c) -> c.get("clientId").asString())
			.containsExactly(first);
	}

	@Test
	void exportsContactsWithTheirManager() {
		Account admin = signUp();
		String clientId = newClient(admin, "Exported");
		String boss = newContact(admin, clientId, with(contact("Big Boss", "EXECUTIVE"), "email", "boss@x.example"))
			.get("id")
			.asString();
		newContact(admin, clientId, with(contact("@Small Fry", "WORKING"), "reportsToId", boss));

		MvcTestResult csv = get("/api/v1/clients/" + clientId + "/contacts/export?format=csv", admin);
		String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).contains("Client,Name,E-mail,Phone,Title,Level,Primary,Active,Reports to");
		assertThat(text).contains("Exported,'@Small Fry,").contains(",WORKING,false,true,boss@x.example");
		assertThat(List.of(text.split("\r\n"))).hasSize(3);
	}

}
