package dev.aorhub.clients.web;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.aorhub.ApiTestSupport;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.export.TableExport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.aorhub.clients.ClientTestData.client;
import static dev.aorhub.clients.ClientTestData.contact;
import static dev.aorhub.clients.ClientTestData.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ImportApiTests extends ApiTestSupport {

	private MvcTestResult upload(String path, Account account, String fileName, byte[] content, String mapping,
			boolean dryRun) {
		var request = this.mvc.post()
			.uri(path)
			.multipart()
			.file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
			.header(HttpHeaders.AUTHORIZATION, account.bearer());
		if (mapping != null) {
			request = request.param("mapping", mapping);
		}
		if (dryRun) {
			request = request.param("dryRun", "true");
		}
		return request.exchange();
	}

	@Autowired
	private DataSource dataSource;

	private MvcTestResult importClients(Account account, String csv) {
		return upload("/api/v1/clients/import", account, "clients.csv", csv.getBytes(StandardCharsets.UTF_8), null,
				false);
	}

	private MvcTestResult importContacts(Account account, String csv) {
		return upload("/api/v1/contacts/import", account, "contacts.csv", csv.getBytes(StandardCharsets.UTF_8), null,
				false);
	}

	private long clientCount(Account account) {
		return body(get("/api/v1/clients", account)).get("total").asLong();
	}

	private long contactCount(Account account) {
		return body(get("/api/v1/contacts", account)).get("total").asLong();
	}

	private JsonNode clientNamed(Account account, String name) {
		JsonNode items = body(as(account, this.mvc.get().uri("/api/v1/clients").param("q", name)).exchange())
			.get("items");
		assertThat(items.size()).isEqualTo(1);
		return body(get("/api/v1/clients/" + items.get(0).get("id").asString(), account));
	}

	private JsonNode contactNamed(Account account, String name) {
		JsonNode items = body(as(account, this.mvc.get().uri("/api/v1/contacts").param("q", name)).exchange())
			.get("items");
		assertThat(items.size()).isEqualTo(1);
		return items.get(0);
	}

	private List<Integer> errorLines(MvcTestResult result) {
		return body(result).get("errors").values().stream().map((e) -> e.get("line").asInt()).toList();
	}

	private String createClient(Account account, String name) {
		MvcTestResult result = postJson("/api/v1/clients", account, client(name));
		assertThat(result).hasStatus(201);
		return body(result).get("id").asString();
	}

	@Test
	void importsAValidCsvOfClients() {
		Account admin = signUp();
		MvcTestResult result = importClients(admin,
				"""
						Name,Legal name,Industry,Website,Currency,Payment terms (days),Status,Tags,City,Country
						Northwind Outfitters,"Northwind Outfitters, Inc.",Retail,northwind.example,usd,Net 45,active,"key account, EMEA",Seattle,United States
						Volta Motors,,Automotive,https://volta.example,EUR,60,Prospect,,Detroit,
						Ledgerline,,Fintech,,,,,,,
						""");

		assertThat(result).hasStatus(200);
		JsonNode summary = body(result);
		assertThat(summary.get("rowsRead").asInt()).isEqualTo(3);
		assertThat(summary.get("rowsImported").asInt()).isEqualTo(3);
		assertThat(summary.get("rowsRejected").asInt()).isZero();
		assertThat(summary.get("errors").size()).isZero();
		assertThat(clientCount(admin)).isEqualTo(3);

		JsonNode northwind = clientNamed(admin, "Northwind Outfitters");
		assertThat(northwind.get("legalName").asString()).isEqualTo("Northwind Outfitters, Inc.");
		assertThat(northwind.get("currency").asString()).isEqualTo("USD");
		assertThat(northwind.get("paymentTermsDays").asInt()).isEqualTo(45);
		assertThat(northwind.get("tags").values()).extracting(JsonNode::asString)
			.containsExactly("key account", "EMEA");
		assertThat(northwind.get("billingAddress").get("city").asString()).isEqualTo("Seattle");
		assertThat(clientNamed(admin, "Volta Motors").get("status").asString()).isEqualTo("PROSPECT");
		assertThat(clientNamed(admin, "Ledgerline").get("paymentTermsDays").asInt()).isEqualTo(30);
	}

	@Test
	void anImportRefreshesPostgresPlannerStatisticsOfTheTablesItFilled() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			assumeTrue("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()),
					"H2 keeps no planner statistics");
		}
		Account admin = signUp();
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		Timestamp before = jdbc.queryForObject("SELECT now()", Timestamp.class);

		assertThat(importClients(admin, "Name\nAnalysed Alpha\nAnalysed Beta\n")).hasStatus(200);
		assertThat(importContacts(admin, "Client,Name,Level\nAnalysed Alpha,Ada Analysed,Manager\n")).hasStatus(200);

		for (String table : List.of("client", "contact")) {
			Timestamp analysed = jdbc.queryForObject("SELECT last_analyze FROM pg_stat_user_tables WHERE relname = ?",
					Timestamp.class, table);
			assertThat(analysed).as(table).isNotNull().isAfterOrEqualTo(before);
		}
	}

	@Test
	void oneBadRowRejectsTheWholeFileWith422ItsLineAndNothingSaved() {
		Account admin = signUp();
		createClient(admin, "Already Here");
		MvcTestResult result = importClients(admin, """
				Name,Website,Payment terms (days)
				Good One,good.example,30

				Bad Website,not a website,30
				,nameless.example,30
				Already Here,,45
				Good Two,,thirty
				""");

		assertThat(result).hasStatus(422);
		assertThat(problemType(result)).isEqualTo("import-rejected");
		JsonNode summary = body(result);
		assertThat(summary.get("rowsRead").asInt()).isEqualTo(5);
		assertThat(summary.get("rowsImported").asInt()).isZero();
		assertThat(summary.get("rowsRejected").asInt()).isEqualTo(4);
		assertThat(errorLines(result)).containsExactly(4, 5, 6, 7);
		assertThat(summary.get("errors").values()).extracting((e) -> e.get("message").asString())
			.containsExactly("Website must be a web address such as https://acme.com", "Name is required",
					"Name 'Already Here' is already a client; choose to update existing clients to change it",
					"Payment terms (days) must be a whole number of days (not 'thirty')");
		assertThat(clientCount(admin)).isEqualTo(1);
	}

	@Test
	void twoRowsWithOneNameAreRejectedAtTheSecond() {
		Account admin = signUp();
		MvcTestResult result = importClients(admin, "Name\nTwin Co\ntwin co\n");

		assertThat(result).hasStatus(422);
		assertThat(errorLines(result)).containsExactly(3);
		assertThat(body(result).get("errors").get(0).get("message").asString())
			.isEqualTo("Name 'twin co' is on line 2 too");
		assertThat(clientCount(admin)).isZero();
	}

	@Test
	void importsAnXlsxWorkbook() {
		Account admin = signUp();
		byte[] xlsx = new TableExport("Clients", List.of("Name", "Industry", "Payment terms (days)", "Status"))
			.row("Crestline Mobile", "Telecom", 60, "ACTIVE")
			.row("Burger Republic", "Quick-service restaurants", 45, "PROSPECT")
			.toBytes(ExportFormat.XLSX);

		MvcTestResult result = upload("/api/v1/clients/import", admin, "clients.xlsx", xlsx, null, false);

		assertThat(result).hasStatus(200);
		assertThat(body(result).get("rowsImported").asInt()).isEqualTo(2);
		JsonNode crestline = clientNamed(admin, "Crestline Mobile");
		assertThat(crestline.get("paymentTermsDays").asInt()).isEqualTo(60);
		assertThat(crestline.get("industry").asString()).isEqualTo("Telecom");
		assertThat(clientNamed(admin, "Burger Republic").get("status").asString()).isEqualTo("PROSPECT");
	}

	@Test
	void anXlsxRowProblemNamesItsSheetRow() {
		Account admin = signUp();
		byte[] xlsx = new TableExport("Clients", List.of("Name", "Website")).row("Fine Co", "fine.example")
			.row("Broken Co", "no way")
			.toBytes(ExportFormat.XLSX);

		MvcTestResult result = upload("/api/v1/clients/import", admin, "clients.xlsx", xlsx, null, false);

		assertThat(result).hasStatus(422);
		assertThat(errorLines(result)).containsExactly(3);
	}

	@Test
	void aDryRunChecksEveryRowAndSavesNothing() {
		Account admin = signUp();
		byte[] csv = "Name,Industry\nDry One,Retail\nDry Two,Travel\n".getBytes(StandardCharsets.UTF_8);

		MvcTestResult result = upload("/api/v1/clients/import", admin, "clients.csv", csv, null, true);

		assertThat(result).hasStatus(200);
		JsonNode summary = body(result);
		assertThat(summary.get("dryRun").asBoolean()).isTrue();
		assertThat(summary.get("rowsRead").asInt()).isEqualTo(2);
		assertThat(summary.get("rowsImported").asInt()).isZero();
		assertThat(summary.get("rowsRejected").asInt()).isZero();
		assertThat(clientCount(admin)).isZero();

		MvcTestResult bad = upload("/api/v1/clients/import", admin, "clients.csv",
				"Name,Industry\n,Retail\n".getBytes(StandardCharsets.UTF_8), null, true);
		assertThat(bad).hasStatus(422);
		assertThat(body(bad).get("dryRun").asBoolean()).isTrue();
		assertThat(errorLines(bad)).containsExactly(2);
	}

	@Test
	void honoursTheMappingOverTheHeaderNamesAndIgnoresColumnsMappedToNothing() {
		Account admin = signUp();
		byte[] csv = """
				Company,Name,Sector,Internal code
				Summit Springs,Summit Springs Beverage Co.,Beverages,=SECRET()
				""".getBytes(StandardCharsets.UTF_8);
		String mapping = "{\"Company\": \"name\", \"Name\": \"legalName\", \"Internal code\": \"\"}";

		MvcTestResult result = upload("/api/v1/clients/import", admin, "clients.csv", csv, mapping, false);

		assertThat(result).hasStatus(200);
		JsonNode summit = clientNamed(admin, "Summit Springs");
		assertThat(summit.get("legalName").asString()).isEqualTo("Summit Springs Beverage Co.");
		assertThat(summit.get("industry").asString()).isEqualTo("Beverages");
		assertThat(summit.get("notes").isNull()).isTrue();
	}

	@Test
	void anInvalidMappingIs422NamingTheMapping() {
		Account admin = signUp();
		byte[] csv = "Company,Sector\nAcme,Retail\n".getBytes(StandardCharsets.UTF_8);

		MvcTestResult unknownField = upload("/api/v1/clients/import", admin, "c.csv", csv,
				"{\"Company\": \"nickname\"}", false);
		assertThat(unknownField).hasStatus(422);
		assertThat(problemFields(unknownField)).containsExactly("mapping");

		MvcTestResult notJson = upload("/api/v1/clients/import", admin, "c.csv", csv, "Company=name", false);
		assertThat(notJson).hasStatus(422);
		assertThat(problemFields(notJson)).containsExactly("mapping");

		MvcTestResult noName = upload("/api/v1/clients/import", admin, "c.csv", csv, "{\"Company\": \"\"}", false);
		assertThat(noName).hasStatus(422);
		assertThat(body(noName).get("errors").get(0).get("message").asString()).isEqualTo("needs a column for Name");

		MvcTestResult twice = upload("/api/v1/clients/import", admin, "c.csv", csv,
				"{\"Company\": \"name\", \"Sector\": \"name\"}", false);
		assertThat(twice).hasStatus(422);
		assertThat(problemFields(twice)).containsExactly("mapping");
		assertThat(clientCount(admin)).isZero();
	}

	@Test
	void anExportedClientListImportsBackIntoAnotherWorkspace() {
		Account agency = signUp();
		Account other = signUp();
		postJson("/api/v1/clients", agency, with(client("Round Trip Co"), "status", "FORMER"));
		postJson("/api/v1/clients", agency, client("Second Trip Co"));
		byte[] exported = get("/api/v1/clients/export?format=xlsx", agency).getResponse().getContentAsByteArray();

		MvcTestResult result = upload("/api/v1/clients/import", other, "clients.xlsx", exported, null, false);

		assertThat(result).hasStatus(200);
		assertThat(body(result).get("rowsImported").asInt()).isEqualTo(2);
		JsonNode roundTrip = clientNamed(other, "Round Trip Co");
		assertThat(roundTrip.get("status").asString()).isEqualTo("FORMER");
		assertThat(roundTrip.get("paymentTermsDays").asInt()).isEqualTo(45);
		assertThat(roundTrip.get("tags").values()).extracting(JsonNode::asString).containsExactly("key account");
	}

	@Test
	void importedTextStaysTextAndItsExportIsNeutralised() {
		Account admin = signUp();
		MvcTestResult result = importClients(admin,
				"Name,Notes\n\"=HYPERLINK(\"\"http://evil.example\"\")\",@SUM(1)\n");

		assertThat(result).hasStatus(200);
		JsonNode imported = body(get("/api/v1/clients", admin)).get("items").get(0);
		assertThat(imported.get("name").asString()).isEqualTo("=HYPERLINK(\"http://evil.example\")");
		String csv = new String(get("/api/v1/clients/export?format=csv", admin).getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(csv).contains("'=HYPERLINK").doesNotContain("\n=HYPERLINK").doesNotContain("\n\"=HYPERLINK");
	}

	@Test
	void competitorsThatAreClientsAreLinkedEvenWhenFurtherDownTheFile() {
		Account admin = signUp();
		createClient(admin, "Existing Rival");
		MvcTestResult result = importClients(admin, """
				Name,Competitors
				Fizzwell,"Summit Springs; Existing Rival; Bubble Co"
				Summit Springs,Fizzwell
				""");

		assertThat(result).hasStatus(200);
		JsonNode fizzwell = clientNamed(admin, "Fizzwell");
		assertThat(fizzwell.get("competitors").values()).extracting((c) -> c.get("name").asString())
			.containsExactlyInAnyOrder("Summit Springs", "Existing Rival", "Bubble Co");
		assertThat(fizzwell.get("competitors").values()).filteredOn((c) -> !c.get("clientId").isNull()).hasSize(2);
		assertThat(clientNamed(admin, "Summit Springs").get("competitors").get(0).get("clientId").asString())
			.isEqualTo(fizzwell.get("id").asString());
	}

	@Test
	void contactsAreMatchedToClientsByNameAndToTheirManagers() {
		Account admin = signUp();
		String summit = createClient(admin, "Summit Springs");
		createClient(admin, "Fizzwell");
		String michael = body(
				postJson("/api/v1/clients/" + summit + "/contacts", admin, contact("Michael Ross", "EXECUTIVE")))
			.get("id")
			.asString();

		MvcTestResult result = importContacts(admin, """
				Client,First name,Last name,E-mail,Title,Level,Primary,Reports to
				summit springs,Daniel,Kim,daniel@summit.example,Brand Manager,Manager,no,JENNIFER@summit.example
				Summit Springs,Jennifer,Wu,jennifer@summit.example,VP Marketing,senior,yes,Michael Ross
				Fizzwell,Amy,Chen,amy@fizzwell.example,,WORKING,,
				""");

		assertThat(result).hasStatus(200);
		assertThat(body(result).get("rowsImported").asInt()).isEqualTo(3);
		JsonNode jennifer = contactNamed(admin, "Jennifer Wu");
		JsonNode daniel = contactNamed(admin, "Daniel Kim");
		assertThat(jennifer.get("reportsToId").asString()).isEqualTo(michael);
		assertThat(jennifer.get("primary").asBoolean()).isTrue();
		assertThat(jennifer.get("level").asString()).isEqualTo("SENIOR");
		assertThat(daniel.get("reportsToId").asString()).isEqualTo(jennifer.get("id").asString());
		assertThat(daniel.get("clientId").asString()).isEqualTo(summit);
		assertThat(contactNamed(admin, "Amy Chen").get("active").asBoolean()).isTrue();
	}

	@Test
	void contactRowsAreRejectedWithTheirLinesAndNothingIsSaved() {
		Account admin = signUp();
		String summit = createClient(admin, "Summit Springs");
		postJson("/api/v1/clients/" + summit + "/contacts", admin,
				with(contact("Saved Person", "SENIOR"), "email", "saved@summit.example"));

		MvcTestResult result = importContacts(admin, """
				Client,Name,E-mail,Level,Primary,Reports to
				Nowhere Inc,Lost Soul,lost@nowhere.example,Manager,,
				Summit Springs,Bad Level,badlevel@summit.example,Boss,,
				Summit Springs,First Primary,first@summit.example,Senior,yes,
				Summit Springs,Second Primary,second@summit.example,Senior,yes,
				Summit Springs,Copy Cat,saved@summit.example,Manager,,
				Summit Springs,Orphan,orphan@summit.example,Working,,Nobody Known
				Summit Springs,Loop A,a@summit.example,Manager,,b@summit.example
				Summit Springs,Loop B,b@summit.example,Manager,,a@summit.example
				Summit Springs,Fine Person,fine@summit.example,Working,,First Primary
				""");

		assertThat(result).hasStatus(422);
		assertThat(body(result).get("rowsRead").asInt()).isEqualTo(9);
		assertThat(body(result).get("rowsRejected").asInt()).isEqualTo(7);
		assertThat(errorLines(result)).containsExactly(2, 3, 5, 6, 7, 8, 9);
		assertThat(body(result).get("errors").values()).extracting((e) -> e.get("message").asString())
			.contains("Client 'Nowhere Inc' is not one of your clients",
					"Level must be EXECUTIVE, SENIOR, MANAGER or WORKING (not 'Boss')",
					"Primary: Summit Springs can have one primary contact, and line 4 is primary too",
					"E-mail saved@summit.example is already a contact at Summit Springs; choose to update existing contacts to change it",
					"Reports to 'Nobody Known' is not a contact at Summit Springs",
					"Reports to makes a loop in the org chart (lines 8, 9)");
		assertThat(contactCount(admin)).isEqualTo(1);
	}

	@Test
	void anotherWorkspacesClientIsNoMatchForAContact() {
		Account admin = signUp();
		Account stranger = signUp();
		createClient(stranger, "Their Client");

		MvcTestResult result = importContacts(admin, "Client,Name,Level\nTheir Client,Someone,Manager\n");

		assertThat(result).hasStatus(422);
		assertThat(body(result).get("errors").get(0).get("message").asString())
			.isEqualTo("Client 'Their Client' is not one of your clients");
		assertThat(contactCount(stranger)).isZero();
	}

	@Test
	void aFileOverTheSizeOrRowLimitIs413() {
		Account admin = signUp();
		byte[] big = new byte[5 * 1024 * 1024 + 1];
		java.util.Arrays.fill(big, (byte) 'a');
		MvcTestResult tooBig = upload("/api/v1/clients/import", admin, "big.csv", big, null, false);
		assertThat(tooBig).hasStatus(413);
		assertThat(problemType(tooBig)).isEqualTo("too-large");

		StringBuilder rows = new StringBuilder("Name\n");
		for (int i = 0; i <= 10_000; i++) {
			rows.append("Client ").append(i).append('\n');
		}
		MvcTestResult tooMany = importClients(admin, rows.toString());
		assertThat(tooMany).hasStatus(413);
		assertThat(body(tooMany).get("detail").asString()).contains("more than 10000 rows");
		assertThat(clientCount(admin)).isZero();
	}

	@Test
	void anUnreadableFileIs422NamingTheFile() {
		Account admin = signUp();
		MvcTestResult empty = upload("/api/v1/clients/import", admin, "empty.csv", new byte[0], null, false);
		assertThat(empty).hasStatus(422);
		assertThat(problemFields(empty)).containsExactly("file");

		MvcTestResult fakeXlsx = upload("/api/v1/clients/import", admin, "fake.xlsx",
				"Name\nAcme\n".getBytes(StandardCharsets.UTF_8), null, false);
		assertThat(fakeXlsx).hasStatus(422);
		assertThat(problemFields(fakeXlsx)).containsExactly("file");

		MvcTestResult brokenZip = upload("/api/v1/clients/import", admin, "broken.xlsx",
				new byte[] { 'P', 'K', 3, 4, 0, 0, 0, 0, 0 }, null, false);
		assertThat(brokenZip).hasStatus(422);
		assertThat(problemFields(brokenZip)).containsExactly("file");

		MvcTestResult noFile = this.mvc.post()
			.uri("/api/v1/clients/import")
			.multipart()
			.param("dryRun", "true")
			.header(HttpHeaders.AUTHORIZATION, admin.bearer())
			.exchange();
		assertThat(noFile).hasStatus(400);
	}

	@Test
	void aViewerCannotImport() {
		Account admin = signUp();
		Account viewer = createUser(admin, "VIEWER");

		MvcTestResult result = importClients(viewer, "Name\nViewer Co\n");

		assertThat(result).hasStatus(403);
		assertThat(clientCount(admin)).isZero();
	}

	private MvcTestResult updateImport(String path, Account account, String csv, boolean dryRun) {
		var request = this.mvc.post()
			.uri(path)
			.multipart()
			.file(new MockMultipartFile("file", "update.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("updateExisting", "true")
			.header(HttpHeaders.AUTHORIZATION, account.bearer());
		if (dryRun) {
			request = request.param("dryRun", "true");
		}
		return request.exchange();
	}

	@Test
	void anUpdateImportChangesTheClientsItNamesAndKeepsWhatItsBlankCellsLeaveOut() {
		Account admin = signUp();
		String summit = body(postJson("/api/v1/clients", admin,
				with(with(client("Summit Springs"), "industry", "Beverages"), "paymentTermsDays", 45)))
			.get("id")
			.asString();
		String csv = """
				Name,Industry,Payment terms (days),Website
				summit springs,,30,https://summit.example
				Fizzwell,Snacks,,
				""";

		MvcTestResult refused = importClients(admin, csv);
		assertThat(refused).hasStatus(422);
		assertThat(body(refused).get("errors").get(0).get("message").asString())
			.isEqualTo("Name 'summit springs' is already a client; choose to update existing clients to change it");

		MvcTestResult dryRun = updateImport("/api/v1/clients/import", admin, csv, true);
		assertThat(dryRun).hasStatus(200);
		assertThat(body(dryRun).get("rowsUpdated").asInt()).isEqualTo(1);
		assertThat(clientCount(admin)).isEqualTo(1);

		MvcTestResult result = updateImport("/api/v1/clients/import", admin, csv, false);
		assertThat(result).hasStatus(200);
		assertThat(body(result).get("rowsImported").asInt()).isEqualTo(2);
		assertThat(body(result).get("rowsUpdated").asInt()).isEqualTo(1);
		JsonNode updated = body(get("/api/v1/clients/" + summit, admin));
		assertThat(updated.get("name").asString()).isEqualTo("Summit Springs");
		assertThat(updated.get("industry").asString()).isEqualTo("Beverages");
		assertThat(updated.get("paymentTermsDays").asInt()).isEqualTo(30);
		assertThat(updated.get("website").asString()).isEqualTo("https://summit.example");
		assertThat(clientCount(admin)).isEqualTo(2);
	}

	@Test
	void anUpdateImportChangesContactsMatchedByClientAndEmailAndChecksTheChangeAsAWhole() {
		Account admin = signUp();
		String summit = createClient(admin, "Summit Springs");
		String michael = body(postJson("/api/v1/clients/" + summit + "/contacts", admin,
				with(contact("Michael Ross", "EXECUTIVE"), "email", "michael@summit.example")))
			.get("id")
			.asString();
		String jennifer = body(postJson("/api/v1/clients/" + summit + "/contacts", admin, with(
				with(contact("Jennifer Wu", "SENIOR"), "email", "jennifer@summit.example"), "reportsToId", michael)))
			.get("id")
			.asString();

		MvcTestResult result = updateImport("/api/v1/contacts/import", admin, """
				Client,Name,E-mail,Title,Level,Reports to
				Summit Springs,,JENNIFER@summit.example,VP Marketing,,
				Summit Springs,Daniel Kim,daniel@summit.example,Brand Manager,Manager,jennifer@summit.example
				""", false);

		assertThat(result).hasStatus(200);
		assertThat(body(result).get("rowsUpdated").asInt()).isEqualTo(1);
		JsonNode changed = contactNamed(admin, "Jennifer Wu");
		assertThat(changed.get("id").asString()).isEqualTo(jennifer);
		assertThat(changed.get("title").asString()).isEqualTo("VP Marketing");
		assertThat(changed.get("level").asString()).isEqualTo("SENIOR");
		assertThat(changed.get("reportsToId").asString()).isEqualTo(michael);
		assertThat(contactNamed(admin, "Daniel Kim").get("reportsToId").asString()).isEqualTo(jennifer);

		MvcTestResult badLevel = updateImport("/api/v1/contacts/import", admin, """
				Client,Name,E-mail,Level
				Summit Springs,,jennifer@summit.example,Boss
				""", false);
		assertThat(badLevel).hasStatus(422);
		assertThat(errorLines(badLevel)).containsExactly(2);
		assertThat(contactNamed(admin, "Jennifer Wu").get("level").asString()).isEqualTo("SENIOR");
	}

}
