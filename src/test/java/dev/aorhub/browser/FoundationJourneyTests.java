package dev.aorhub.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.options.AriaRole;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.DemoWorkspaceCreated;
import dev.aorhub.workspace.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

/**
 * The first journey of every agency: create a workspace, sign in, see the dashboard, add
 * a colleague and find that change in the audit log.
 */
class FoundationJourneyTests extends BrowserTestSupport {

	/**
	 * The demo agency's staff, by the e-mails its seeders know them by, and their roles.
	 */
	private static final Map<String, String> DEMO_STAFF = Map.of("marcus.lee@brightline.example", "ACCOUNT",
			"priya.raman@brightline.example", "STRATEGY", "tom.becker@brightline.example", "CREATIVE",
			"aisha.okafor@brightline.example", "CREATIVE", "sofia.alvarez@brightline.example", "MEDIA",
			"daniel.novak@brightline.example", "MEDIA", "grace.kim@brightline.example", "FINANCE",
			"oliver.grant@brightline.example", "NEW_BUSINESS", "hannah.cole@brightline.example", "ACCOUNT",
			"ravi.shah@brightline.example", "VIEWER");

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transaction;

	@Test
	void theDemoAgencysDashboardShowsWhatNeedsAttention() throws Exception {
		String email = "dana-" + UUID.randomUUID() + "@brightline.example";
		String password = "Brightline-Cedar-Falcon-48";
		var signedUp = api("POST", "/api/v1/signup", null, Map.of("workspaceName", "Brightline Partners", "email",
				email, "name", "Dana Whitfield", "password", password));
		UUID workspaceId = UUID.fromString(signedUp.get("workspaceId").asString());
		UUID adminId = UUID.fromString(signedUp.get("userId").asString());
		String token = api("POST", "/api/v1/auth/tokens", null,
				Map.of("email", email, "password", password, "name", "demo"))
			.get("token")
			.asString();
		Map<String, UUID> staff = new LinkedHashMap<>();
		staff.put(email, adminId);
		for (var person : DEMO_STAFF.entrySet()) {
			var user = api("POST", "/api/v1/users", token, Map.of("email", UUID.randomUUID() + "-" + person.getKey(),
					"name", name(person.getKey()), "password", password, "roles", List.of(person.getValue())));
			staff.put(person.getKey(), UUID.fromString(user.get("id").asString()));
		}
		seedDemo(new CurrentUser(adminId, workspaceId, "Brightline Partners", email, "Dana Whitfield",
				Set.of(Role.ADMIN, Role.ACCOUNT), null), staff);

		this.page.navigate(url("/login"));
		this.page.getByLabel("E-mail").fill(email);
		this.page.getByLabel("Password").fill(password);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(this.page.locator("[data-section=renewals]")).containsText("Renewals due");
		assertThat(this.page.locator("[data-section=value]")).containsText("AOR annual value");
		assertThat(this.page.locator("[data-section=ending]")).containsText("Contracts ending");
		assertThat(this.page.locator("[data-section=allocation]")).containsText("Over-allocated people");
		assertThat(this.page.locator("[data-getting-started]")).containsText("Getting started");
		screenshot("demo-dashboard");
	}

	/** What the demo seeder does for its workspace, for the one this test signed up. */
	private void seedDemo(CurrentUser admin, Map<String, UUID> staff) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null,
				admin.roles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList()));
		SecurityContextHolder.setContext(context);
		try {
			this.transaction
				.executeWithoutResult((status) -> this.events.publishEvent(new DemoWorkspaceCreated(admin, staff)));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** {@code marcus.lee@…} is Marcus Lee. */
	private static String name(String email) {
		String[] parts = email.substring(0, email.indexOf('@')).split("\\.");
		return Character.toUpperCase(parts[0].charAt(0)) + parts[0].substring(1) + " "
				+ Character.toUpperCase(parts[1].charAt(0)) + parts[1].substring(1);
	}

	@Test
	void signsUpSignsInAndSeesTheDashboard() {
		String email = "lead-" + UUID.randomUUID() + "@northstar.example";
		this.page.navigate(url("/signup"));
		this.page.getByLabel("Agency name").fill("Northstar Collective");
		this.page.getByLabel("Your name").fill("Jordan Avery");
		this.page.getByLabel("Work e-mail").fill(email);
		this.page.getByLabel("Password").fill("short");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create workspace")).click();
		assertThat(this.page.locator("#password-error")).hasText("must be at least 10 characters");
		screenshot("signup-error");

		this.page.getByLabel("Password").fill("Lighthouse-Bramble-Ferry-15");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create workspace")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Northstar Collective is ready");
		assertThat(this.page.getByLabel("E-mail")).hasValue(email);

		this.page.getByLabel("Password").fill("Lighthouse-Bramble-Ferry-15");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Good to see you, Jordan");
		assertThat(this.page.locator(".sidebar-workspace")).containsText("Northstar Collective");
		assertThat(this.page.locator(".activity")).containsText("Created workspace Northstar Collective");
		screenshot("dashboard");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users").setExact(true)).click();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add user")).click();
		Page.GetByLabelOptions exact = new Page.GetByLabelOptions().setExact(true);
		assertThat(this.page.getByLabel("Client (portal users only)", exact)).isHidden();
		this.page.getByLabel("Client (portal)", exact).check();
		assertThat(this.page.getByLabel("Client (portal users only)", exact)).isVisible();
		this.page.getByLabel("Client (portal)", exact).uncheck();
		assertThat(this.page.getByLabel("Client (portal users only)", exact)).isHidden();
		this.page.getByLabel("Name").fill("<b>Casey</b> Morgan");
		this.page.getByLabel("E-mail").fill("casey-" + UUID.randomUUID() + "@northstar.example");
		this.page.getByLabel("Initial password").fill("Marble-Finch-Window-73");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add user")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("<b>Casey</b> Morgan can now sign in");
		assertThat(this.page.locator("#results")).containsText("<b>Casey</b> Morgan");
		screenshot("users");

		this.page.navigate(url("/admin/audit"));
		assertThat(this.page.locator("#results")).containsText("Created user <b>Casey</b> Morgan");
		screenshot("audit-log");

		this.page.navigate(url("/account/profile"));
		this.page.getByLabel("Current password").fill("not-my-password");
		this.page.getByLabel("New password").fill("Saffron-Glacier-Relay-92");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
		assertThat(this.page.locator("#currentPassword-error")).hasText("is not your current password");
		this.page.getByLabel("Current password").fill("Lighthouse-Bramble-Ferry-15");
		this.page.getByLabel("New password").fill("Saffron-Glacier-Relay-92");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Your password is changed.");
		screenshot("profile");
	}

	@Test
	void wrongPasswordShowsAMessageAndNoDashboard() {
		this.page.navigate(url("/login"));
		this.page.getByLabel("E-mail").fill("nobody-" + UUID.randomUUID() + "@example.com");
		this.page.getByLabel("Password").fill("not-the-password");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(this.page.getByRole(AriaRole.ALERT)).hasText("E-mail or password is wrong.");
		screenshot("login-error");
	}

}
