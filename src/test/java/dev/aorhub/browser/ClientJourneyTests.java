package dev.aorhub.browser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.DemoWorkspaceCreated;
import dev.aorhub.workspace.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An account lead sets up a client: adds it (a hostile name stays text), adds its people
 * into an org chart and a brand, then imports more clients from a spreadsheet.
 */
class ClientJourneyTests extends BrowserTestSupport {

	private static final String PASSWORD = "Orbit-Lantern-Quarry-73";

	private static final String HOSTILE = "<script>alert(1)</script>";

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private JdbcClient jdbc;

	private final List<String> dialogs = new ArrayList<>();

	private String signUpAndSignIn(String agency, String name) {
		String email = "lead-" + UUID.randomUUID() + "@orbit.example";
		this.page.onDialog((dialog) -> {
			this.dialogs.add(dialog.message());
			dialog.dismiss();
		});
		this.page.navigate(url("/signup"));
		this.page.getByLabel("Agency name").fill(agency);
		this.page.getByLabel("Your name").fill(name);
		this.page.getByLabel("Work e-mail").fill(email);
		this.page.getByLabel("Password").fill(PASSWORD);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create workspace")).click();
		this.page.getByLabel("Password").fill(PASSWORD);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(this.page.locator(".sidebar-workspace")).containsText(agency);
		return email;
	}

	private void field(String label, String value) {
		this.page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).fill(value);
	}

	private void click(AriaRole role, String name) {
		this.page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}

	@Test
	void addsAClientWithItsOrgChartAndImportsMore() {
		signUpAndSignIn("Orbit Collective", "Riley Quinn");

		click(AriaRole.LINK, "Clients");
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Clients");
		assertThat(this.page.locator(".empty-state")).containsText("No clients yet");
		screenshot("clients-empty");

		click(AriaRole.LINK, "Add client");
		field("Name", HOSTILE);
		field("Legal name", "Script Foods, Inc.");
		field("Industry", "Consumer packaged goods");
		field("Website", "not a website");
		field("Tags", "key account, EMEA");
		field("City", "Chicago");
		field("Country", "United States");
		click(AriaRole.BUTTON, "Add client");
		assertThat(this.page.locator("#website-error")).hasText("must be a web address such as https://acme.com");
		assertThat(this.page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasValue(HOSTILE);
		screenshot("client-form-error");

		field("Website", "scriptfoods.example");
		click(AriaRole.BUTTON, "Add client");
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText(HOSTILE + " is added.");
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(HOSTILE);
		assertThat(this.page.locator(".client-facts")).containsText("Consumer packaged goods");

		click(AriaRole.LINK, "Add contact");
		field("Name", "Laura Bennett");
		field("Job title", "Chief Marketing Officer");
		field("E-mail", "laura@scriptfoods.example");
		this.page.getByLabel("Level").selectOption("EXECUTIVE");
		this.page.getByLabel("Primary contact").check();
		click(AriaRole.BUTTON, "Add contact");
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Laura Bennett is added to " + HOSTILE);

		click(AriaRole.LINK, "Add contact");
		field("Name", "Mia Torres");
		field("Job title", "Media Manager");
		field("Phone", "+1 312 555 0142");
		this.page.getByLabel("Level").selectOption("MANAGER");
		this.page.getByLabel("Reports to")
			.selectOption(new SelectOption().setLabel("Laura Bennett · Chief Marketing Officer"));
		click(AriaRole.BUTTON, "Add contact");
		assertThat(this.page.locator(".org-chart > .org-node > .org-card")).containsText("Laura Bennett");
		assertThat(this.page.locator(".org-chart .org-reports .org-card")).containsText("Mia Torres");

		this.page.getByLabel("Brand name").fill("Crunch <b>Time</b>");
		click(AriaRole.BUTTON, "Add brand");
		assertThat(this.page.locator("#brands")).containsText("Crunch <b>Time</b>");
		this.page.navigate(this.page.url().replaceFirst("#.*$", ""));
		screenshot("client-page");

		click(AriaRole.LINK, "Mia Torres");
		assertThat(this.page.locator("#reportsToId option:checked")).hasText("Laura Bennett · Chief Marketing Officer");
		screenshot("contact-form");

		click(AriaRole.LINK, "Contacts");
		assertThat(this.page.locator("#results")).containsText("Laura Bennett");
		assertThat(this.page.locator("#results")).containsText(HOSTILE);
		screenshot("contacts");

		click(AriaRole.LINK, "Clients");
		click(AriaRole.LINK, "Import");
		screenshot("import-upload");
		this.page.getByLabel("File").setInputFiles(new FilePayload("crm-export.csv", "text/csv", """
				Company,Sector,Web,Payment terms,Stage,Labels
				Volta Motors,Automotive,voltamotors.example,Net 60,active,"EV, global"
				Ledgerline,Fintech,ledgerline.example,30,prospect,performance
				Bluewave Travel,Travel,bluewave-travel.example,30,active,EMEA
				""".getBytes(StandardCharsets.UTF_8)));
		click(AriaRole.BUTTON, "Upload and match columns");
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Match the columns");
		assertThat(this.page.getByLabel("Company")).hasValue("name");
		assertThat(this.page.getByLabel("Stage")).hasValue("status");
		screenshot("import-mapping");

		click(AriaRole.BUTTON, "Check the rows");
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Ready to import");
		screenshot("import-preview");
		click(AriaRole.BUTTON, "Import 3 clients");
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Imported 3 clients from crm-export.csv.");
		assertThat(this.page.locator("#results tbody tr")).hasCount(4);
		screenshot("clients");

		click(AriaRole.LINK, "Import");
		this.page.getByLabel("File").setInputFiles(new FilePayload("crm-update.csv", "text/csv", """
				Company,Sector
				volta motors,Electric vehicles
				Harbor Lane,Retail
				""".getBytes(StandardCharsets.UTF_8)));
		click(AriaRole.BUTTON, "Upload and match columns");
		this.page.getByLabel("Update the clients you have").check();
		screenshot("import-mapping-update");
		click(AriaRole.BUTTON, "Check the rows");
		assertThat(this.page.locator("#update-count")).hasText("1 to add, 1 to update");
		click(AriaRole.BUTTON, "Add 1 and update 1");
		assertThat(this.page.getByRole(AriaRole.STATUS))
			.containsText("Added 1 client and updated 1 from crm-update.csv.");
		assertThat(this.page.locator("#results")).containsText("Electric vehicles");
		assertThat(this.page.locator("#results tbody tr")).hasCount(5);

		this.page.getByLabel("Search the workspace").fill("script");
		this.page.getByLabel("Search the workspace").press("Enter");
		assertThat(this.page.locator("#results")).containsText(HOSTILE);

		assertThat(this.dialogs).as("no script ran").isEmpty();
	}

	@Test
	void theDemoAgencysClientPageShowsItsWholeAccount() {
		String email = signUpAndSignIn("Brightline Partners", "Dana Whitfield");
		seedDemoClients(email);

		click(AriaRole.LINK, "Clients");
		assertThat(this.page.locator("#results tbody tr")).hasCount(13);
		screenshot("demo-clients");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Summit Springs")).click();
		assertThat(this.page.locator(".org-chart")).containsText("Jennifer Wu");
		assertThat(this.page.locator(".competitor-list")).containsText("Fizzwell");
		screenshot("demo-client-page");

		this.page.navigate(url("/contacts"));
		screenshot("demo-contacts");
		assertThat(this.dialogs).isEmpty();
	}

	@Test
	void theDemoAgencysAuditLogReadsLikeALog() {
		String email = signUpAndSignIn("Brightline Partners", "Dana Whitfield");
		seedDemoClients(email);
		click(AriaRole.LINK, "Clients");
		assertThat(this.page.locator("#results tbody tr")).hasCount(13);

		this.page.navigate(url("/admin/audit"));
		assertThat(this.page.locator("#results tbody tr")).hasCount(25);
		assertThat(this.page.locator(".pager")).containsText("Page 1 of");
		this.page.locator("#results details summary").first().click();
		assertThat(this.page.locator("#results details[open] .changes")).not().containsText("Id");
		screenshot("audit-log-demo");

		this.page.selectOption("select[name=entityType]", "Client");
		assertThat(this.page.locator("#results tbody tr").first()).containsText("Client");
		this.page.locator("#results details summary").nth(1).click();
		screenshot("audit-log-demo-clients");
		assertThat(this.dialogs).isEmpty();
	}

	/** What the demo seeder does for its workspace, for the one this test signed up. */
	private void seedDemoClients(String email) {
		Map<String, Object> ids = this.jdbc.sql("SELECT workspace_id, id FROM app_user WHERE email = :email")
			.param("email", email)
			.query()
			.singleRow();
		CurrentUser admin = new CurrentUser((UUID) ids.get("id"), (UUID) ids.get("workspace_id"), "Brightline Partners",
				email, "Dana Whitfield", Set.of(Role.ADMIN, Role.ACCOUNT), null);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null,
				admin.roles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList()));
		SecurityContextHolder.setContext(context);
		try {
			this.transaction.executeWithoutResult((status) -> this.events
				.publishEvent(new DemoWorkspaceCreated(admin, Map.of(admin.email(), admin.userId()))));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
