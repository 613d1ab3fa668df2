package dev.aorhub.workspace.web;

import java.util.Map;
import java.util.UUID;

import dev.aorhub.ApiTestSupport;
import dev.aorhub.clients.ClientTestData;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's audit log page reads like a log for people: labels, words, names and
 * formatted money and dates, a page of 25 events at a time, its filters kept in the
 * paging links. The API keeps the field paths, codes and ids.
 */
class AuditPagesTests extends ApiTestSupport {

	@Test
	void showsLabelsWordsAndNamesNotFieldNamesCodesOrIds() {
		Account admin = signUp();
		UUID clientId = createClient(admin, "Alpine Foods");
		Map<String, Object> changed = ClientTestData.with(ClientTestData.client("Alpine Foods"), "paymentTermsDays",
				60);
		changed.put("status", "FORMER");
		changed.put("version", 0);
		assertThat(putJson("/api/v1/clients/" + clientId, admin, changed)).hasStatus(200);
		Map<String, Object> portalUser = userRequest(uniqueEmail("portal"), "Pat Portal", "CLIENT");
		portalUser.put("clientId", clientId);
		assertThat(postJson("/api/v1/users", admin, portalUser)).hasStatus(201);

		String page = visibleText(text(getPage("/admin/audit", admin)));

		assertThat(page)
			.contains("Payment terms (days)", "Legal name", "Changed client Alpine Foods", "Former", "Client (portal)")
			.doesNotContain("paymentTermsDays", "legalName", "FORMER", "CLIENT", "UPDATED", "clientId")
			.doesNotContain(clientId.toString(), admin.userId().toString(), admin.workspaceId().toString());
		assertThat(page).containsPattern("Client\\s+Alpine Foods");
		assertThat(body(get("/api/v1/audit?entityType=User", admin)).toString()).contains("\"clientId\"")
			.contains(clientId.toString());
	}

	@Test
	void showsTwentyFiveEventsAPageWithPagingThatKeepsTheFilters() {
		Account admin = signUp();
		for (int i = 0; i < 27; i++) {
			createClient(admin, "Client " + i);
		}

		String first = text(getPage("/admin/audit?entityType=Client", admin));

		assertThat(first).contains("1–25").contains("27").contains("Page 1 of 2");
		assertThat(first.split("<tr>|<tr ", -1).length - 2).as("event rows").isEqualTo(25);
		assertThat(first).contains("entityType=Client&amp;page=1");
		String second = text(getPage("/admin/audit?entityType=Client&page=1", admin));
		assertThat(second).contains("26–27").contains("Page 2 of 2");
	}

	private UUID createClient(Account admin, String name) {
		MvcTestResult created = postJson("/api/v1/clients", admin, ClientTestData.client(name));
		assertThat(created).hasStatus(201);
		return UUID.fromString(body(created).get("id").asString());
	}

	/**
	 * The page without its tags and attributes (links carry ids, which people do not
	 * read).
	 */
	private static String visibleText(String html) {
		return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<[^>]*>", " ").replaceAll("\\s+", " ");
	}

}
