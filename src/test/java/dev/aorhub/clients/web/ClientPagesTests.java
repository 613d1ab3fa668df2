package dev.aorhub.clients.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import dev.aorhub.ApiTestSupport;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.aorhub.clients.ClientTestData.client;
import static dev.aorhub.clients.ClientTestData.contact;
import static dev.aorhub.clients.ClientTestData.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The clients pages as a browser gets them: signed in through the login form, forms
 * posted with their CSRF token.
 */
class ClientPagesTests extends ApiTestSupport {

	/**
	 * Signs in through the login form, as a browser does, and keeps the session cookie.
	 */
	private Cookie signIn(Account account) {
		MvcTestResult login = this.mvc.post()
			.uri("/login")
			.param("email", account.email())
			.param("password", account.password())
			.with(csrf())
			.with(uniqueAddress())
			.exchange();
		assertThat(login).hasStatus(302);
		Cookie session = login.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	private MvcTestResult page(String path, Cookie session) {
		return this.mvc.get().uri(path).cookie(session).exchange();
	}

	private String html(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return text(result);
	}

	private String newClient(Account account, String name) {
		return body(postJson("/api/v1/clients", account, client(name))).get("id").asString();
	}

	@Test
	void theClientPageShowsTheOrgChartWithEveryNameEscaped() {
		Account admin = signUp();
		String id = newClient(admin, "<b>Bold</b> Foods");
		String boss = body(postJson("/api/v1/clients/" + id + "/contacts", admin,
				with(contact("Erin <i>Boss</i>", "EXECUTIVE"), "primary", true)))
			.get("id")
			.asString();
		postJson("/api/v1/clients/" + id + "/contacts", admin,
				with(with(contact("Sam Report", "MANAGER"), "reportsToId", boss), "active", false));
		postJson("/api/v1/clients/" + id + "/brands", admin, java.util.Map.of("name", "<script>x</script>"));
		Cookie session = signIn(admin);

		String html = html(page("/clients/" + id, session));

		assertThat(html).contains("&lt;b&gt;Bold&lt;/b&gt; Foods").doesNotContain("<b>Bold</b>");
		assertThat(html).contains("Erin &lt;i&gt;Boss&lt;/i&gt;", "Sam Report", "org-inactive", "Primary contact");
		assertThat(html).contains("&lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>x</script>");
		assertThat(html.indexOf("Erin &lt;i&gt;Boss")).isLessThan(html.indexOf("class=\"org-reports\""));
		assertThat(html.indexOf("class=\"org-reports\"")).isLessThan(html.indexOf("Sam Report"));
	}

	@Test
	void everyClientsPageRendersAndAnUnknownClientIs404() {
		Account admin = signUp();
		String id = newClient(admin, "Rendered Co");
		String person = body(postJson("/api/v1/clients/" + id + "/contacts", admin, contact("Pat", "WORKING")))
			.get("id")
			.asString();
		Cookie session = signIn(admin);

		assertThat(html(page("/clients", session))).contains("Rendered Co");
		assertThat(html(this.mvc.get()
			.uri("/clients")
			.param("q", "rendered")
			.param("status", "ACTIVE")
			.param("industry", "Retail")
			.param("tag", "key account")
			.cookie(session)
			.exchange())).contains("Rendered Co");
		assertThat(html(page("/contacts?level=WORKING", session))).contains("Pat");
		assertThat(html(page("/clients/new", session))).contains("Add a client");
		assertThat(html(page("/clients/" + id + "/edit", session))).contains("Edit Rendered Co");
		assertThat(html(page("/clients/" + id + "/contacts/new", session))).contains("Add a contact at Rendered Co");
		assertThat(html(page("/clients/" + id + "/contacts/" + person, session))).contains("Archive contact");
		assertThat(html(page("/clients/import", session))).contains("Import clients");
		assertThat(html(page("/contacts/import", session))).contains("Import contacts");
		assertThat(page("/clients/" + UUID.randomUUID(), session)).hasStatus(404);
	}

	@Test
	void aRejectedClientFormComesBackWithTheMessageBesideTheField() {
		Account admin = signUp();
		Cookie session = signIn(admin);

		MvcTestResult result = this.mvc.post()
			.uri("/clients/new")
			.cookie(session)
			.with(csrf())
			.param("name", "Typo Co")
			.param("website", "not a website")
			.param("paymentTermsDays", "thirty")
			.param("city", "x".repeat(120))
			.exchange();

		String html = html(result);
		assertThat(html).contains("id=\"website-error\"", "must be a web address such as https://acme.com");
		assertThat(html).contains("id=\"paymentTermsDays-error\"", "must be a whole number of days");
		assertThat(html).contains("id=\"city-error\"", "must be at most 100 characters");
		assertThat(html).contains("value=\"Typo Co\"");
		assertThat(body(get("/api/v1/clients", admin)).get("total").asLong()).isZero();
	}

	@Test
	void theClientFormSavesCompetitorsTagsAndAddressAndRedirectsToTheClient() {
		Account admin = signUp();
		String rival = newClient(admin, "Summit Springs");
		Cookie session = signIn(admin);

		MvcTestResult result = this.mvc.post()
			.uri("/clients/new")
			.cookie(session)
			.with(csrf())
			.param("name", "Fizzwell")
			.param("status", "PROSPECT")
			.param("tags", "pitch, beverages")
			.param("city", "Austin")
			.param("currency", "usd")
			.param("paymentTermsDays", "30")
			.param("competitorIds", rival)
			.param("otherCompetitors", "Bubble Co, Pop Inc")
			.exchange();

		assertThat(result).hasStatus(302);
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/clients/");
		JsonNode saved = body(get("/api/v1" + location, admin));
		assertThat(saved.get("status").asString()).isEqualTo("PROSPECT");
		assertThat(saved.get("tags").values()).extracting(JsonNode::asString).containsExactly("pitch", "beverages");
		assertThat(saved.get("billingAddress").get("city").asString()).isEqualTo("Austin");
		assertThat(saved.get("competitors").values()).extracting((c) -> c.get("name").asString())
			.containsExactlyInAnyOrder("Summit Springs", "Bubble Co", "Pop Inc");
		assertThat(html(page(location, session))).contains("Summit Springs", "Bubble Co", "our client");
		assertThat(html(page("/clients/" + rival, session))).contains("Named as a competitor by");
	}

	@Test
	void archiveAndRestoreFromTheClientPage() {
		Account admin = signUp();
		String id = newClient(admin, "Archivable");
		Cookie session = signIn(admin);

		assertThat(this.mvc.post().uri("/clients/" + id + "/archive").cookie(session).with(csrf()).exchange())
			.hasStatus(302);
		assertThat(body(get("/api/v1/clients/" + id, admin)).get("archived").asBoolean()).isTrue();
		assertThat(html(page("/clients/" + id, session))).contains("This client is archived");
		assertThat(this.mvc.post().uri("/clients/" + id + "/restore").cookie(session).with(csrf()).exchange())
			.hasStatus(302);
		assertThat(body(get("/api/v1/clients/" + id, admin)).get("archived").asBoolean()).isFalse();
	}

	@Test
	void theContactFormRefusesALoopBesideTheReportsToField() {
		Account admin = signUp();
		String id = newClient(admin, "Org Co");
		JsonNode boss = body(postJson("/api/v1/clients/" + id + "/contacts", admin, contact("Boss", "EXECUTIVE")));
		String report = body(postJson("/api/v1/clients/" + id + "/contacts", admin,
				with(contact("Report", "MANAGER"), "reportsToId", boss.get("id").asString())))
			.get("id")
			.asString();
		Cookie session = signIn(admin);

		String form = html(page("/clients/" + id + "/contacts/" + boss.get("id").asString(), session));
		assertThat(form).doesNotContain("value=\"" + report + "\"");

		MvcTestResult result = this.mvc.post()
			.uri("/clients/" + id + "/contacts/" + boss.get("id").asString())
			.cookie(session)
			.with(csrf())
			.param("name", "Boss")
			.param("level", "EXECUTIVE")
			.param("reportsToId", report)
			.param("active", "true")
			.param("version", "0")
			.exchange();
		assertThat(html(result)).contains("id=\"reportsToId-error\"", "would make the org chart loop");
	}

	@Test
	void brandsAreAddedRenamedAndArchivedFromTheClientPage() {
		Account admin = signUp();
		String id = newClient(admin, "Brand Owner");
		Cookie session = signIn(admin);

		this.mvc.post()
			.uri("/clients/" + id + "/brands")
			.cookie(session)
			.with(csrf())
			.param("name", "Alpha")
			.exchange();
		JsonNode brand = body(get("/api/v1/clients/" + id + "/brands", admin)).get("items").get(0);
		String brandPath = "/clients/" + id + "/brands/" + brand.get("id").asString();
		this.mvc.post()
			.uri(brandPath)
			.cookie(session)
			.with(csrf())
			.param("name", "Alpha Prime")
			.param("version", "0")
			.exchange();
		assertThat(html(page("/clients/" + id, session))).contains("Alpha Prime");
		this.mvc.post().uri(brandPath + "/archive").cookie(session).with(csrf()).exchange();

		assertThat(body(get("/api/v1/clients/" + id + "/brands?archived=true", admin)).get("items")
			.get(0)
			.get("name")
			.asString()).isEqualTo("Alpha Prime");
		MvcTestResult blank = this.mvc.post()
			.uri("/clients/" + id + "/brands")
			.cookie(session)
			.with(csrf())
			.param("name", "")
			.exchange();
		assertThat(blank).hasStatus(302);
		assertThat(blank.getMvcResult().getFlashMap().get("brandError")).isEqualTo("Brand name is required.");
	}

	@Test
	void importsClientsThroughUploadMatchingPreviewAndImport() {
		Account admin = signUp();
		Cookie session = signIn(admin);
		byte[] csv = "Company,Sector,Payment terms\nNorthwind,Retail,Net 45\nVolta,Automotive,60\n"
			.getBytes(StandardCharsets.UTF_8);

		MvcTestResult uploaded = this.mvc.post()
			.uri("/clients/import")
			.multipart()
			.file(new MockMultipartFile("file", "crm.csv", "text/csv", csv))
			.cookie(session)
			.with(csrf())
			.exchange();
		assertThat(uploaded).hasStatus(302);
		String mappingPage = uploaded.getResponse().getRedirectedUrl();

		String mapping = html(page(mappingPage, session));
		assertThat(mapping).contains("Match the columns", "crm.csv", "Northwind, Volta");
		assertThat(mapping).contains("<option value=\"name\" selected=\"selected\">Name (required)</option>");

		String preview = html(this.mvc.post()
			.uri(mappingPage + "/preview")
			.cookie(session)
			.with(csrf())
			.param("column0", "name")
			.param("column1", "industry")
			.param("column2", "paymentTermsDays")
			.exchange());
		assertThat(preview).contains("Ready to import", "Import 2 clients", "Net 45");
		assertThat(body(get("/api/v1/clients", admin)).get("total").asLong()).isZero();

		MvcTestResult imported = this.mvc.post()
			.uri(mappingPage)
			.cookie(session)
			.with(csrf())
			.param("column0", "name")
			.param("column1", "industry")
			.param("column2", "paymentTermsDays")
			.exchange();
		assertThat(imported).hasStatus(302);
		assertThat(imported.getResponse().getRedirectedUrl()).isEqualTo("/clients");
		assertThat(imported.getMvcResult().getFlashMap().get("flash")).isEqualTo("Imported 2 clients from crm.csv.");
		assertThat(body(get("/api/v1/clients", admin)).get("total").asLong()).isEqualTo(2);
		assertThat(page(mappingPage, session)).hasStatus(404);
	}

	@Test
	void theImportPreviewListsEveryProblemByLineAndOffersNoImport() {
		Account admin = signUp();
		Cookie session = signIn(admin);
		byte[] csv = "Name,Website\nGood,good.example\n,nameless.example\nBad,nope\n".getBytes(StandardCharsets.UTF_8);
		String mappingPage = this.mvc.post()
			.uri("/clients/import")
			.multipart()
			.file(new MockMultipartFile("file", "bad.csv", "text/csv", csv))
			.cookie(session)
			.with(csrf())
			.exchange()
			.getResponse()
			.getRedirectedUrl();

		String preview = html(this.mvc.post()
			.uri(mappingPage + "/preview")
			.cookie(session)
			.with(csrf())
			.param("column0", "name")
			.param("column1", "website")
			.exchange());

		assertThat(preview).contains("Some rows need fixing", "Name is required",
				"Website must be a web address such as https://acme.com");
		assertThat(preview).doesNotContain("Import 3 clients");
		String unmapped = html(this.mvc.post()
			.uri(mappingPage + "/preview")
			.cookie(session)
			.with(csrf())
			.param("column0", "")
			.param("column1", "website")
			.exchange());
		assertThat(unmapped).contains("The mapping needs a column for Name.");
	}

	@Test
	void anUnreadableUploadIsShownOnTheUploadPage() {
		Account admin = signUp();
		Cookie session = signIn(admin);

		String html = html(this.mvc.post()
			.uri("/contacts/import")
			.multipart()
			.file(new MockMultipartFile("file", "fake.xlsx", "application/octet-stream",
					"not a workbook".getBytes(StandardCharsets.UTF_8)))
			.cookie(session)
			.with(csrf())
			.exchange());

		assertThat(html).contains("id=\"file-error\"", "The file is not a readable XLSX workbook.");
	}

	@Test
	void someoneElsesUploadIsNotFound() {
		Account admin = signUp();
		Account colleague = createUser(admin, "ACCOUNT");
		Cookie mine = signIn(admin);
		String mappingPage = this.mvc.post()
			.uri("/clients/import")
			.multipart()
			.file(new MockMultipartFile("file", "c.csv", "text/csv", "Name\nA\n".getBytes(StandardCharsets.UTF_8)))
			.cookie(mine)
			.with(csrf())
			.exchange()
			.getResponse()
			.getRedirectedUrl();

		assertThat(page(mappingPage, signIn(colleague))).hasStatus(404);
		assertThat(page(mappingPage.replace("/clients/", "/contacts/"), mine)).hasStatus(404);
	}

	@Test
	void aViewerSeesClientsWithoutEditButtons() {
		Account admin = signUp();
		Account viewer = createUser(admin, "VIEWER");
		String id = newClient(admin, "Look Only");
		Cookie session = signIn(viewer);

		String html = html(page("/clients/" + id, session));
		assertThat(html).contains("Look Only").doesNotContain("Add contact").doesNotContain("Archive</button>");
		assertThat(html(page("/clients", session))).doesNotContain("Add client");
		assertThat(this.mvc.post().uri("/clients/" + id + "/archive").cookie(session).with(csrf()).exchange())
			.hasStatus(403);
		assertThat(this.mvc.post()
			.uri("/clients/import")
			.multipart()
			.file(new MockMultipartFile("file", "c.csv", "text/csv", "Name\nA\n".getBytes(StandardCharsets.UTF_8)))
			.cookie(session)
			.with(csrf())
			.exchange()).hasStatus(403);
	}

}
