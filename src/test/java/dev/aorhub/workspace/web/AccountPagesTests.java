package dev.aorhub.workspace.web;

import java.util.Map;

import dev.aorhub.ApiTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user's own pages, signed in through the form like a browser, with the session kept
 * in the database (Spring Session JDBC), so everything put in it must serialise.
 */
class AccountPagesTests extends ApiTestSupport {

	@Test
	void creatingATokenOnItsPageShowsTheSecretOnce() {
		Account user = signUp();

		MvcTestResult created = postForm("/account/tokens", user, Map.of("name", "Reporting script"));

		assertThat(created).hasStatus(302);
		assertThat(created.getResponse().getRedirectedUrl()).endsWith("/account/tokens");
		String page = text(signedIn(user, this.mvc.get().uri("/account/tokens")).exchange());
		assertThat(page).contains("Reporting script").contains("aor_");
		String again = text(getPage("/account/tokens", user));
		assertThat(again).contains("Reporting script")
			.doesNotContain("aor_" + user.workspaceId().toString().replace("-", ""));
	}

}
