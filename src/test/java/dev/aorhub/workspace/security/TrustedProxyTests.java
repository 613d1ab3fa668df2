package dev.aorhub.workspace.security;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import static dev.aorhub.workspace.security.ForwardedHeadersTests.FORGED_ADDRESS;
import static dev.aorhub.workspace.security.ForwardedHeadersTests.addressesOf;
import static dev.aorhub.workspace.security.ForwardedHeadersTests.forwarded;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a proxy named in {@code server.tomcat.remoteip.internal-proxies} (here the
 * loopback address the test connects from), its forwarded headers count: HSTS is sent for
 * HTTPS, cookies are {@code Secure} and {@code __Host-} named, and the security log keeps
 * the client's address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1")
// A context no other test shares: closed afterwards, so its connections go back to
// PostgreSQL at once.
@DirtiesContext
class TrustedProxyTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTrustedProxysForwardedHeadersCount() throws Exception {
		HttpResponse<String> login = forwarded(this.port, "GET", "/login", null);
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age="));
		assertThat(login.headers().allValues("Set-Cookie")).isNotEmpty().allSatisfy((cookie) -> {
			assertThat(cookie).startsWith("__Host-SESSION=");
			assertThat(cookie).contains("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
			assertThat(cookie).contains("Path=/").doesNotContainIgnoringCase("Domain=");
		});

		String email = "nobody-" + UUID.randomUUID() + "@example.test";
		forwarded(this.port, "POST", "/api/v1/auth/tokens",
				"{\"email\":\"" + email + "\",\"password\":\"not-the-password\",\"name\":\"x\"}");
		assertThat(addressesOf(this.jdbc, email)).containsExactly(FORGED_ADDRESS);
	}

}
