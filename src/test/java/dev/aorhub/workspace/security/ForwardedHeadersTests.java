package dev.aorhub.workspace.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import dev.aorhub.ApiTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the default settings no address is a trusted proxy: a client that sends
 * {@code X-Forwarded-*} itself changes neither its address (throttles and the security
 * log see the real one), nor the scheme (no HSTS, cookies without the {@code __Host-}
 * prefix). {@link TrustedProxyTests} shows the same requests through a configured proxy.
 */
// The API tests' context: no context of its own, each holds database connections.
class ForwardedHeadersTests extends ApiTestSupport {

	static final String FORGED_ADDRESS = "203.0.113.77";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aClientCannotForgeItsAddressOrTheScheme() throws Exception {
		HttpResponse<String> login = forwarded(this.port, "GET", "/login", null);
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(login.headers().allValues("Set-Cookie")).allSatisfy((cookie) -> {
			assertThat(cookie).doesNotStartWith("__Host-").doesNotContainIgnoringCase("Secure");
			assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
		});
		assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp).contains("base-uri 'none'").contains("frame-ancestors 'none'"));
		assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");

		// A form post without the page's CSRF token is refused.
		HttpResponse<String> forged = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("email=a%40example.test&password=whatever-it-is"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(forged.statusCode()).isEqualTo(403);

		String email = "nobody-" + UUID.randomUUID() + "@example.test";
		forwarded(this.port, "POST", "/api/v1/auth/tokens",
				"{\"email\":\"" + email + "\",\"password\":\"not-the-password\",\"name\":\"x\"}");
		assertThat(addressesOf(this.jdbc, email)).singleElement().isNotEqualTo(FORGED_ADDRESS);
	}

	static HttpResponse<String> forwarded(int port, String method, String path, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("X-Forwarded-For", FORGED_ADDRESS)
			.header("X-Forwarded-Proto", "https");
		if (json != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static List<String> addressesOf(JdbcClient jdbc, String email) {
		return jdbc.sql("SELECT client_address FROM security_event WHERE email = :email")
			.param("email", email)
			.query(String.class)
			.list();
	}

}
