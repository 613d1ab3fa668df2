package dev.aorhub.clients.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.ApiTestSupport;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.aorhub.clients.ClientTestData.client;
import static dev.aorhub.clients.ClientTestData.with;
import static org.assertj.core.api.Assertions.assertThat;

class ClientApiTests extends ApiTestSupport {

	private JsonNode create(Account account, Map<String, Object> request) {
		MvcTestResult result = postJson("/api/v1/clients", account, request);
		assertThat(result).hasStatus(201);
		return body(result);
	}

	private List<String> names(MvcTestResult list) {
		return body(list).get("items").values().stream().map((item) -> item.get("name").asString()).toList();
	}

	@Test
	void createsAClientWith201LocationAndTheContractsFields() {
		Account admin = signUp();
		MvcTestResult result = postJson("/api/v1/clients", admin, client("Northwind"));

		assertThat(result).hasStatus(201);
		JsonNode created = body(result);
		String id = created.get("id").asString();
		assertThat(UUID.fromString(id).version()).isEqualTo(7);
		assertThat(result).headers().hasSingleValue(HttpHeaders.LOCATION, "/api/v1/clients/" + id);
		assertThat(created.get("name").asString()).isEqualTo("Northwind");
		assertThat(created.get("legalName").asString()).isEqualTo("Northwind Inc.");
		assertThat(created.get("industry").asString()).isEqualTo("Retail");
		assertThat(created.get("website").asString()).isEqualTo("https://northwind.example");
		assertThat(created.get("currency").asString()).isEqualTo("USD");
		assertThat(created.get("paymentTermsDays").asInt()).isEqualTo(45);
		assertThat(created.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(created.get("version").asLong()).isZero();

		JsonNode fetched = body(get("/api/v1/clients/" + id, admin));
		assertThat(fetched.get("name").asString()).isEqualTo("Northwind");
		assertThat(fetched.get("tags").values()).extracting(JsonNode::asString).containsExactly("key account");
	}

	@Test
	void aClientWithOnlyANameTakesTheWorkspaceCurrencyAnd30DayTerms() {
		Account admin = signUp();
		JsonNode created = create(admin, Map.of("name", "Bare Minimum"));

		assertThat(created.get("currency").asString()).isEqualTo("USD");
		assertThat(created.get("paymentTermsDays").asInt()).isEqualTo(30);
		assertThat(created.get("status").asString()).isEqualTo("ACTIVE");
	}

	@Test
	void rejectsAnInvalidClientWith422NamingEachField() {
		Account admin = signUp();
		Map<String, Object> request = with(
				with(with(with(client("x"), "name", " "), "website", "not a site"), "currency", "XX"),
				"paymentTermsDays", 400);
		MvcTestResult result = postJson("/api/v1/clients", admin, request);

		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactlyInAnyOrder("name", "website", "currency", "paymentTermsDays");
		assertThat(body(get("/api/v1/clients", admin)).get("total").asLong()).isZero();
	}

	@Test
	void anUnknownStatusIs422NamingStatus() {
		Account admin = signUp();
		MvcTestResult result = postJson("/api/v1/clients", admin, with(client("Acme"), "status", "DORMANT"));

		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactly("status");
	}

	@Test
	void twoClientsCannotShareANameWhateverItsCase() {
		Account admin = signUp();
		create(admin, client("Summit Springs"));
		MvcTestResult result = postJson("/api/v1/clients", admin, client("summit springs"));

		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactly("name");
	}

	@Test
	void anotherWorkspacesClientIsNotFound() {
		Account admin = signUp();
		Account stranger = signUp();
		String path = "/api/v1/clients/" + create(stranger, client("Secret Co")).get("id").asString();

		MvcTestResult read = get(path, admin);
		assertThat(read).hasStatus(404);
		assertThat(problemType(read)).isEqualTo("not-found");
		assertThat(putJson(path, admin, with(client("Hijacked"), "version", 0))).hasStatus(404);
		assertThat(delete(path, admin)).hasStatus(404);
		assertThat(get(path + "/contacts", admin)).hasStatus(404);
		assertThat(postJson(path + "/contacts", admin, Map.of("name", "Spy", "level", "WORKING"))).hasStatus(404);
		assertThat(body(get(path, stranger)).get("name").asString()).isEqualTo("Secret Co");
		assertThat(body(get(path, stranger)).get("archived").asBoolean()).isFalse();
	}

	@Test
	void aStaleVersionIs409WithTheCurrentVersion() {
		Account admin = signUp();
		JsonNode created = create(admin, client("Volta"));
		String path = "/api/v1/clients/" + created.get("id").asString();
		assertThat(putJson(path, admin, with(with(client("Volta"), "industry", "Automotive"), "version", 0)))
			.hasStatus(200);

		MvcTestResult stale = putJson(path, admin, with(with(client("Volta"), "industry", "Energy"), "version", 0));
		assertThat(stale).hasStatus(409);
		assertThat(problemType(stale)).isEqualTo("stale-version");
		assertThat(body(stale).get("currentVersion").asLong()).isEqualTo(1);
		assertThat(body(get(path, admin)).get("industry").asString()).isEqualTo("Automotive");
	}

	@Test
	void deleteArchivesAndRestoreBringsTheClientBack() {
		Account admin = signUp();
		String id = create(admin, client("Fizzwell")).get("id").asString();

		assertThat(delete("/api/v1/clients/" + id, admin)).hasStatus(204);
		assertThat(body(get("/api/v1/clients/" + id, admin)).get("archived").asBoolean()).isTrue();
		assertThat(names(get("/api/v1/clients", admin))).doesNotContain("Fizzwell");
		assertThat(names(get("/api/v1/clients?archived=true", admin))).containsExactly("Fizzwell");

		MvcTestResult restored = postJson("/api/v1/clients/" + id + "/restore", admin, Map.of());
		assertThat(restored).hasStatus(200);
		assertThat(body(restored).get("archived").asBoolean()).isFalse();
		assertThat(names(get("/api/v1/clients", admin))).containsExactly("Fizzwell");
	}

	@Test
	void listsInThePaginationEnvelopeWithSearchAndSort() {
		Account admin = signUp();
		for (String name : List.of("Alpha Foods", "Beta Motors", "Gamma Foods")) {
			create(admin, client(name));
		}

		JsonNode first = body(get("/api/v1/clients?page=0&size=2", admin));
		assertThat(first.get("page").asInt()).isZero();
		assertThat(first.get("size").asInt()).isEqualTo(2);
		assertThat(first.get("total").asLong()).isEqualTo(3);
		assertThat(first.get("items").values()).extracting((item) -> item.get("name").asString())
			.containsExactly("Alpha Foods", "Beta Motors");
		assertThat(names(get("/api/v1/clients?page=1&size=2", admin))).containsExactly("Gamma Foods");
		assertThat(names(get("/api/v1/clients?q=foods&sort=name,desc", admin))).containsExactly("Gamma Foods",
				"Alpha Foods");
		assertThat(body(get("/api/v1/clients?q=foods", admin)).get("total").asLong()).isEqualTo(2);

		MvcTestResult badSort = get("/api/v1/clients?sort=secret,asc", admin);
		assertThat(badSort).hasStatus(422);
		assertThat(problemFields(badSort)).containsExactly("sort");
		assertThat(problemFields(get("/api/v1/clients?size=501", admin))).containsExactly("size");
	}

	@Test
	void filtersByStatusIndustryAndTag() {
		Account admin = signUp();
		create(admin, with(with(client("Prospect Co"), "status", "PROSPECT"), "tags", List.of("pitch", "EMEA")));
		create(admin, with(client("Active Co"), "industry", "Telecom"));

		assertThat(names(get("/api/v1/clients?status=PROSPECT", admin))).containsExactly("Prospect Co");
		assertThat(names(get("/api/v1/clients?industry=telecom", admin))).containsExactly("Active Co");
		assertThat(names(get("/api/v1/clients?tag=emea", admin))).containsExactly("Prospect Co");
		assertThat(names(get("/api/v1/clients?tag=EM", admin))).isEmpty();
	}

	@Test
	void competitorsNamedByIdTakeThatClientsNameAndAnotherWorkspacesIdIsRefused() {
		Account admin = signUp();
		Account stranger = signUp();
		String rival = create(admin, client("Summit Springs")).get("id").asString();
		String foreign = create(stranger, client("Elsewhere")).get("id").asString();

		JsonNode created = create(admin, with(client("Fizzwell"), "competitors",
				List.of(Map.of("clientId", rival), Map.of("name", "Bubble Co"))));
		assertThat(created.get("competitors").values()).extracting((c) -> c.get("name").asString())
			.containsExactlyInAnyOrder("Summit Springs", "Bubble Co");

		MvcTestResult refused = postJson("/api/v1/clients", admin,
				with(client("Other"), "competitors", List.of(Map.of("clientId", foreign))));
		assertThat(refused).hasStatus(422);
		assertThat(problemFields(refused)).containsExactly("competitors[0].clientId");
	}

	@Test
	void exportsCsvWithAFormulaNameNeutralised() {
		Account admin = signUp();
		create(admin, client("=cmd|' /C calc'!A0"));
		create(admin, client("Plain Co"));

		MvcTestResult csv = get("/api/v1/clients/export?format=csv", admin);
		assertThat(csv).hasStatus(200);
		assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
		String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text)
			.contains("Name,Legal name,Industry,Website,Currency,Payment terms (days),Status,Tags,Contacts");
		assertThat(text).contains("\r\n'=cmd|' /C calc'!A0,").doesNotContain("\n=cmd").doesNotContain(",=cmd");
		assertThat(text).contains("Plain Co,Plain Co Inc.,Retail");
	}

	@Test
	void exportsXlsxThatReadsBackWithTheSameFilters() throws Exception {
		Account admin = signUp();
		create(admin, client("+Plus Corp"));
		create(admin, with(client("Former Co"), "status", "FORMER"));

		MvcTestResult xlsx = get("/api/v1/clients/export?format=xlsx&status=ACTIVE", admin);
		assertThat(xlsx).hasStatus(200);
		try (ReadableWorkbook workbook = new ReadableWorkbook(
				new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(2);
			assertThat(rows.get(0).getCellText(0)).isEqualTo("Name");
			assertThat(rows.get(1).getCellText(0)).isEqualTo("'+Plus Corp");
		}
	}

	@Test
	void aViewerReadsClientsButCannotChangeThem() {
		Account admin = signUp();
		Account viewer = createUser(admin, "VIEWER");
		String id = create(admin, client("Read Only Co")).get("id").asString();

		assertThat(get("/api/v1/clients/" + id, viewer)).hasStatus(200);
		MvcTestResult refused = postJson("/api/v1/clients", viewer, client("Nope"));
		assertThat(refused).hasStatus(403);
		assertThat(problemType(refused)).isEqualTo("forbidden");
		assertThat(delete("/api/v1/clients/" + id, viewer)).hasStatus(403);
	}

	@Test
	void everyChangeIsAudited() {
		Account admin = signUp();
		String id = create(admin, client("Audited Co")).get("id").asString();
		putJson("/api/v1/clients/" + id, admin, with(with(client("Audited Co"), "industry", "Travel"), "version", 0));
		delete("/api/v1/clients/" + id, admin);

		JsonNode events = body(get("/api/v1/audit?entityId=" + id + "&sort=occurredAt,asc", admin)).get("items");
		assertThat(events.values()).extracting((event) -> event.get("action").asString())
			.containsExactly("CREATED", "UPDATED", "ARCHIVED");
	}

}
