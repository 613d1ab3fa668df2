package dev.aorhub;

import java.util.List;
import java.util.Map;

import dev.aorhub.SqlStatementCounter.Counted;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every signed-in page request pays before its own work: one read of its session.
 * The session is not read again when Spring Session commits it twice, its last access is
 * not rewritten on every request, and the user's state comes from memory, while a
 * deactivation still ends the user's sessions at their next request.
 */
@Import(SqlStatementCounter.Configuration.class)
class PageStatementCountTests extends AgencyRecordsTestSupport {

	@Autowired
	private SqlStatementCounter counter;

	@Test
	void aSignedInPageRequestReadsItsSessionOnceAndWritesNothing() {
		Account admin = signUp();
		html("/account/profile", admin);
		Counted<MvcTestResult> page = this.counter.count(() -> getPage("/account/profile", admin));
		assertThat(page.result()).hasStatus(200);
		assertThat(page.statements()).as(page.listing())
			.singleElement()
			.satisfies((sql) -> assertThat(sql).startsWith("SELECT").containsIgnoringCase("FROM SPRING_SESSION"));
	}

	@Test
	void aDeactivatedUsersNextPageRequestSignsThemOut() {
		Account admin = signUp();
		Account user = createUser(admin, "ACCOUNT");
		assertThat(html("/account/profile", user)).contains("Una User");
		assertThat(postJson("/api/v1/users/" + user.userId() + "/deactivate", admin, Map.of())).hasStatus(200);
		MvcTestResult next = getPage("/account/profile", user);
		assertThat(next).hasStatus(302);
		assertThat(next.getResponse().getRedirectedUrl()).isEqualTo("/login?error=disabled");
	}

	@Test
	void aNewRoleAppliesAtTheNextPageRequest() {
		Account admin = signUp();
		Account user = createUser(admin, "VIEWER");
		assertThat(getPage("/clients/new", user)).hasStatus(403);
		long version = body(get("/api/v1/users/" + user.userId(), admin)).get("version").asLong();
		Map<String, Object> change = Map.of("email", user.email(), "name", "Una User", "roles", List.of("ACCOUNT"),
				"active", true, "version", version);
		MvcTestResult changed = putJson("/api/v1/users/" + user.userId(), admin, change);
		assertThat(changed).as(text(changed)).hasStatus(200);
		assertThat(getPage("/clients/new", user)).hasStatus(200);
	}

}
