package dev.aorhub.clients.web;

import jakarta.servlet.http.Cookie;
import java.util.UUID;

import dev.aorhub.ApiTestSupport;
import dev.aorhub.clients.ClientTestData;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

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

	@Test
	void clientPageShowsTheOrgChartEscaped() {
		Account admin = signUp();
		String id = body(postJson("/api/v1/clients", admin, ClientTestData.client("<b>Bold</b> Foods"))).get("id")
			.asString();
		String boss = body(postJson("/api/v1/clients/" + id + "/contacts", admin,
				ClientTestData.contact("Erin Boss", "EXECUTIVE")))
			.get("id")
			.asString();
		postJson("/api/v1/clients/" + id + "/contacts", admin,
				ClientTestData.with(ClientTestData.contact("Sam Report", "MANAGER"), "reportsToId", boss));

		Cookie session = signIn(admin);
		MvcTestResult result = page("/clients/" + id, session);
		assertThat(result).hasStatusOk();
		String html = text(result);
		assertThat(html).contains("&lt;b&gt;Bold&lt;/b&gt; Foods").doesNotContain("<b>Bold</b>");
		assertThat(html).contains("Erin Boss", "Sam Report");
		assertThat(result).hasStatusOk();
		assertThat(page("/clients", session)).hasStatusOk();
		assertThat(page("/contacts", session)).hasStatusOk();
		assertThat(page("/clients/new", session)).hasStatusOk();
		assertThat(page("/clients/" + id + "/edit", session)).hasStatusOk();
		assertThat(page("/clients/" + id + "/contacts/new", session)).hasStatusOk();
		assertThat(page("/clients/" + id + "/contacts/" + boss, session)).hasStatusOk();
		assertThat(page("/clients/" + UUID.randomUUID(), session)).hasStatus(404);
	}

}
