package dev.aorhub.workspace.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.ApiTestSupport;
import dev.aorhub.clients.ClientTestData;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's user form: a portal user's client is picked by name from the workspace's
 * clients, never typed as an id.
 */
class UserPagesTests extends ApiTestSupport {

	@Test
	void offersTheWorkspacesActiveClientsByName() {
		Account admin = signUp();
		UUID alpine = createClient(admin, "Alpine Foods");
		UUID archived = createClient(admin, "Bygone Brands");
		assertThat(delete("/api/v1/clients/" + archived, admin).getResponse().getStatus()).isLessThan(300);
		Account other = signUp();
		createClient(other, "Elsewhere Ltd");

		String page = text(getPage("/admin/users/new", admin));

		assertThat(page).contains("<select class=\"form-select\" id=\"clientId\" name=\"clientId\"")
			.contains("<option value=\"" + alpine + "\">Alpine Foods</option>")
			.contains("Only for the Client (portal) role")
			.doesNotContain("Bygone Brands", "Elsewhere Ltd", "The id of the client");
	}

	@Test
	void aPortalUserIsBoundToThePickedClient() {
		Account admin = signUp();
		UUID alpine = createClient(admin, "Alpine Foods");

		MvcTestResult created = postForm("/admin/users/new", admin, portalUser(alpine));

		assertThat(created).hasStatus(302);
		String users = body(get("/api/v1/users?q=Pat", admin)).toString();
		assertThat(users).contains(alpine.toString());
	}

	@Test
	void aClientOfAnotherWorkspaceIsRefusedBesideTheField() {
		Account admin = signUp();
		createClient(admin, "Alpine Foods");
		UUID elsewhere = createClient(signUp(), "Elsewhere Ltd");

		String page = text(postForm("/admin/users/new", admin, portalUser(elsewhere)));

		assertThat(page).contains("id=\"clientId-error\">is not a client of this workspace</div>")
			.contains("aria-invalid=\"true\"");
	}

	private Map<String, String> portalUser(UUID clientId) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", "Pat Portal");
		form.put("email", uniqueEmail("pat"));
		form.put("password", "Quill-Harbour-Portal-58");
		form.put("roles", "CLIENT");
		form.put("clientId", clientId.toString());
		return form;
	}

	private UUID createClient(Account admin, String name) {
		MvcTestResult created = postJson("/api/v1/clients", admin, ClientTestData.client(name));
		assertThat(created).hasStatus(201);
		return UUID.fromString(body(created).get("id").asString());
	}

}
