package dev.aorhub.relationships.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.aorhub.SqlStatementCounter;
import dev.aorhub.clients.ClientTestData;
import dev.aorhub.SqlStatementCounter.Counted;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's lists run one count and one page query and nothing they do not answer: the
 * designations list computes no totals (it shows none), the clients list counts contacts
 * only for its page and gets them right in every order.
 */
@Import(SqlStatementCounter.Configuration.class)
class ListStatementCountTests extends RelationshipsApiTestSupport {

	@Autowired
	private SqlStatementCounter counter;

	@Test
	void theDesignationsListRunsACountAndAPageAndNoTotals() {
		Account admin = signUp();
		UUID social = category(admin, "Social");
		for (int i = 0; i < 3; i++) {
			createDesignation(admin, designation(createClient(admin, "Listed " + i), social));
		}
		int overhead = count(admin, "/api/v1/me").count();

		Counted<MvcTestResult> list = count(admin, "/api/v1/designations?size=2");
		assertThat(body(list.result()).get("total").asInt()).isEqualTo(3);
		assertThat(body(list.result()).get("items")).hasSize(2);
		assertThat(list.count() - overhead).as(list.listing()).isEqualTo(2);
		assertThat(list.statements()).as(list.listing())
			.noneMatch((sql) -> sql.toLowerCase().contains("sum(") || sql.toLowerCase().contains("group by"));
	}

	@Test
	void theClientsListCountsEachPagesContactsInEveryOrder() {
		Account admin = signUp();
		List<UUID> clients = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			UUID client = createClient(admin, "Counted-" + i);
			clients.add(client);
			for (int k = 0; k < i; k++) {
				assertThat(postJson("/api/v1/clients/" + client + "/contacts", admin,
						ClientTestData.contact("Person " + i + " " + (char) ('a' + k), "MANAGER")))
					.hasStatus(201);
			}
		}

		assertThat(contactCounts(admin, "/api/v1/clients?size=2&page=1&sort=name,asc")).containsExactly("Counted-2=2",
				"Counted-3=3");
		assertThat(contactCounts(admin, "/api/v1/clients?size=3&sort=contacts,desc")).containsExactly("Counted-3=3",
				"Counted-2=2", "Counted-1=1");
		assertThat(contactCounts(admin, "/api/v1/clients?size=10&q=counted-0")).containsExactly("Counted-0=0");
		int overhead = count(admin, "/api/v1/me").count();
		Counted<MvcTestResult> list = count(admin, "/api/v1/clients?size=2&page=1");
		assertThat(list.count() - overhead).as(list.listing()).isEqualTo(2);
	}

	private List<String> contactCounts(Account admin, String path) {
		JsonNode page = body(get(path, admin));
		return page.get("items")
			.values()
			.stream()
			.map((item) -> item.get("name").asString() + "=" + item.get("contactCount").asLong())
			.toList();
	}

	private Counted<MvcTestResult> count(Account admin, String path) {
		get(path, admin);
		Counted<MvcTestResult> counted = this.counter.count(() -> get(path, admin));
		assertThat(counted.result()).hasStatus(200);
		return counted;
	}

}
