package dev.aorhub.browser;

import java.util.UUID;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

/**
 * The first journey of every agency: create a workspace, sign in, see the dashboard, add
 * a colleague and find that change in the audit log.
 */
class FoundationJourneyTests extends BrowserTestSupport {

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

		this.page.getByLabel("Password").fill("northstar-launch-2026");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create workspace")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Northstar Collective is ready");
		assertThat(this.page.getByLabel("E-mail")).hasValue(email);

		this.page.getByLabel("Password").fill("northstar-launch-2026");
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
		this.page.getByLabel("Initial password").fill("casey-secret-2026");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add user")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("<b>Casey</b> Morgan can now sign in");
		assertThat(this.page.locator("#results")).containsText("<b>Casey</b> Morgan");
		screenshot("users");

		this.page.navigate(url("/admin/audit"));
		assertThat(this.page.locator("#results")).containsText("Created user <b>Casey</b> Morgan");
		screenshot("audit-log");

		this.page.navigate(url("/account/profile"));
		this.page.getByLabel("Current password").fill("not-my-password");
		this.page.getByLabel("New password").fill("northstar-relaunch-2027");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
		assertThat(this.page.locator("#currentPassword-error")).hasText("is not your current password");
		this.page.getByLabel("Current password").fill("northstar-launch-2026");
		this.page.getByLabel("New password").fill("northstar-relaunch-2027");
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
