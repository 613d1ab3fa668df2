package dev.aorhub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one Spring context every API test shares: the whole application with MockMvc. Each
 * test signs up its own workspace with unique e-mails, so tests never depend on an empty
 * database (CI runs them against a shared PostgreSQL database too).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "aorhub.operator.token=" + ApiTestSupport.OPERATOR_TOKEN,
				"aorhub.operations.count-statements=true" })
@AutoConfigureMockMvc
public abstract class ApiTestSupport {

	/** The instance operator's token, for the actuator's metrics. */
	protected static final String OPERATOR_TOKEN = "operator-token-for-tests-0123456789";

	/** A password the policy accepts. */
	protected static final String PASSWORD = "Blue-Harbour-Lantern-42";

	/**
	 * Sign-in failures are also counted per client address; each request that signs in
	 * gets its own address so tests never lock each other out, not even across runs on
	 * one PostgreSQL database.
	 */
	private static final AtomicInteger ADDRESSES = new AtomicInteger(
			java.util.concurrent.ThreadLocalRandom.current().nextInt(1 << 23));

	@Autowired
	protected MockMvcTester mvc;

	@Autowired
	protected JsonMapper json;

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	/** A signed-up user and a working API token of theirs. */
	public record Account(UUID workspaceId, UUID userId, String email, String password, String token) {

		public String bearer() {
			return "Bearer " + this.token;
		}

	}

	protected static String uniqueEmail(String label) {
		return label + "-" + UUID.randomUUID() + "@example.test";
	}

	/** Signs up a new workspace through the API and takes a token for its admin. */
	protected Account signUp() {
		return signUp("Agency " + UUID.randomUUID().toString().substring(0, 8));
	}

	protected Account signUp(String workspaceName) {
		String email = uniqueEmail("admin");
		MvcTestResult result = postSignup(
				Map.of("workspaceName", workspaceName, "email", email, "name", "Ada Admin", "password", PASSWORD));
		assertThat(result).hasStatus(201);
		JsonNode body = body(result);
		return new Account(UUID.fromString(body.get("workspaceId").asString()),
				UUID.fromString(body.get("userId").asString()), email, PASSWORD, token(email, PASSWORD));
	}

	/**
	 * Posts a sign-up from a client address of its own: sign-ups are throttled per
	 * address too.
	 */
	protected MvcTestResult postSignup(Object body) {
		return this.mvc.post()
			.uri("/api/v1/signup")
			.contentType(MediaType.APPLICATION_JSON)
			.content(toJson(body))
			.with(uniqueAddress())
			.exchange();
	}

	/** Creates a user in the admin's workspace through the API and takes a token. */
	protected Account createUser(Account admin, String... roles) {
		String email = uniqueEmail("user");
		MvcTestResult result = postJson("/api/v1/users", admin, userRequest(email, "Una User", roles));
		assertThat(result).hasStatus(201);
		UUID id = UUID.fromString(body(result).get("id").asString());
		return new Account(admin.workspaceId(), id, email, PASSWORD, token(email, PASSWORD));
	}

	protected static Map<String, Object> userRequest(String email, String name, String... roles) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("email", email);
		request.put("name", name);
		request.put("password", PASSWORD);
		request.put("roles", List.of(roles));
		request.put("clientId", null);
		return request;
	}

	/** Takes a new API token with e-mail and password. */
	protected String token(String email, String password) {
		MvcTestResult result = requestToken(email, password);
		assertThat(result).hasStatus(201);
		return body(result).get("token").asString();
	}

	protected MvcTestResult requestToken(String email, String password) {
		return requestToken(email, password, uniqueAddress());
	}

	protected MvcTestResult requestToken(String email, String password, RequestPostProcessor address) {
		return this.mvc.post()
			.uri("/api/v1/auth/tokens")
			.contentType(MediaType.APPLICATION_JSON)
			.content(toJson(Map.of("email", email, "password", password, "name", "tests")))
			.with(address)
			.exchange();
	}

	/** A client address no other request uses. */
	protected static RequestPostProcessor uniqueAddress() {
		int n = ADDRESSES.incrementAndGet();
		String address = "10." + ((n >> 16) & 0xff) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	protected MockMvcRequestBuilder as(Account account, MockMvcRequestBuilder request) {
		return (account != null) ? request.header(HttpHeaders.AUTHORIZATION, account.bearer()) : request;
	}

	protected MvcTestResult get(String uri, Account account) {
		return as(account, this.mvc.get().uri(uri)).exchange();
	}

	protected MvcTestResult postJson(String uri, Account account, Object body) {
		return as(account, this.mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(toJson(body)))
			.exchange();
	}

	protected MvcTestResult putJson(String uri, Account account, Object body) {
		return as(account, this.mvc.put().uri(uri).contentType(MediaType.APPLICATION_JSON).content(toJson(body)))
			.exchange();
	}

	protected MvcTestResult delete(String uri, Account account) {
		return as(account, this.mvc.delete().uri(uri)).exchange();
	}

	/** A request over real HTTP, through the servlet container's error handling. */
	protected HttpResponse<String> overHttp(String method, String path, Account account) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (account != null) {
			request.header(HttpHeaders.AUTHORIZATION, account.bearer());
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	protected String toJson(Object value) {
		return this.json.writeValueAsString(value);
	}

	protected JsonNode body(MvcTestResult result) {
		return this.json.readTree(result.getResponse().getContentAsByteArray());
	}

	protected String text(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	/** The problem type's last segment, e.g. {@code stale-version}. */
	protected String problemType(MvcTestResult result) {
		assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		String type = body(result).path("type").asString();
		assertThat(type).startsWith("https://aorhub.dev/problems/");
		return type.substring(type.lastIndexOf('/') + 1);
	}

	/** The fields named by a validation problem's error list. */
	protected List<String> problemFields(MvcTestResult result) {
		assertThat(problemType(result)).isEqualTo("validation");
		List<String> fields = new ArrayList<>();
		body(result).path("errors").forEach((error) -> fields.add(error.path("field").asString()));
		return fields;
	}

	private final Map<String, jakarta.servlet.http.Cookie[]> sessions = new java.util.HashMap<>();

	/**
	 * A page request of the account's user, signed in through the login form like a
	 * browser, so it carries a real session (with the CSRF token of the page's forms).
	 */
	protected MockMvcRequestBuilder signedIn(Account account, MockMvcRequestBuilder request) {
		return request.cookie(this.sessions.computeIfAbsent(account.email(), (email) -> signIn(account)));
	}

	protected MvcTestResult getPage(String path, Account account) {
		return signedIn(account, this.mvc.get().uri(path)).exchange();
	}

	/** A form post of the signed-in user, with the CSRF token a page's form carries. */
	protected MvcTestResult postForm(String path, Account account, Map<String, String> fields) {
		var request = signedIn(account, this.mvc.post().uri(path))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
		fields.forEach((name, value) -> request.param(name, value));
		return request.exchange();
	}

	private jakarta.servlet.http.Cookie[] signIn(Account account) {
		MvcTestResult result = this.mvc.post()
			.uri("/login")
			.param("email", account.email())
			.param("password", account.password())
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(uniqueAddress())
			.exchange();
		assertThat(result).hasStatus(302);
		assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
		return result.getResponse().getCookies();
	}

}
