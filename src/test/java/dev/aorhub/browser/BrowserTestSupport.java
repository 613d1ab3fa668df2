package dev.aorhub.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Runs the application on a random port and drives the system Chromium with Playwright:
 * headless, no sandbox (CI runs as root), no background networking (the machine has no
 * internet), and never a browser download. Without Chromium installed the tests are
 * skipped with a message saying so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc // the same configuration as the API tests, so both share one cached
						// context
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTestSupport {

	static final Path CHROMIUM = Paths.get(System.getProperty("aorhub.chromium", "/usr/bin/chromium"));

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	@LocalServerPort
	int port;

	Playwright playwright;

	Browser browser;

	BrowserContext context;

	protected Page page;

	@Autowired
	private JsonMapper apiJson;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	void launchBrowser() {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
				"Browser tests skipped: no Chromium at " + CHROMIUM + " (install the Debian package chromium)");
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.browser = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage")));
	}

	@BeforeEach
	void openPage() {
		this.context = this.browser.newContext(new Browser.NewContextOptions().setViewportSize(1360, 860));
		this.page = this.context.newPage();
		this.page.setDefaultTimeout(15_000);
	}

	/**
	 * Assertions wait as long as actions: on a CI machine busy with the other test
	 * database a page can take more than Playwright's default 5 seconds.
	 */
	@BeforeAll
	static void waitForAssertionsAsLongAsForActions() {
		PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
	}

	@AfterEach
	void closePage() {
		if (this.context != null) {
			this.context.close();
		}
	}

	@AfterAll
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
		if (this.playwright != null) {
			this.playwright.close();
		}
	}

	/** Signs in through the login form, as a person does. */
	protected void signIn(String email, String password) {
		this.page.navigate(url("/login"));
		this.page.getByLabel("E-mail").fill(email);
		this.page.getByLabel("Password").fill(password);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		// A navigation that starts before the sign-in's answer arrives can keep the
		// session cookie of before the sign-in (a passkey registration then failed its
		// CSRF check): wait until the browser has left the sign-in page.
		this.page.waitForURL(Pattern.compile(".*(?<!/login)$"));
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	protected void screenshot(String name) {
		this.page
			.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	/** Sets a journey's data up through the API, as an integration would. */
	protected JsonNode api(String method, String path, String token, Object body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "application/json")
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(this.apiJson.writeValueAsString(body))
					: HttpRequest.BodyPublishers.noBody());
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		org.assertj.core.api.Assertions.assertThat(response.statusCode())
			.as(method + " " + path + ": " + response.body())
			.isBetween(200, 299);
		return this.apiJson.readTree(response.body());
	}

}
