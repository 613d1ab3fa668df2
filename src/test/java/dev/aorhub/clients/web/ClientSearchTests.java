package dev.aorhub.clients.web;

import java.util.List;

import dev.aorhub.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.aorhub.clients.ClientTestData.client;
import static dev.aorhub.clients.ClientTestData.contact;
import static dev.aorhub.clients.ClientTestData.with;
import static org.assertj.core.api.Assertions.assertThat;

class ClientSearchTests extends ApiTestSupport {

	private List<String> hits(Account account, String q, String type) {
		JsonNode items = body(
				as(account, this.mvc.get().uri("/api/v1/search").param("q", q).param("limit", "3")).exchange())
			.get("items");
		return items.values()
			.stream()
			.filter((hit) -> hit.get("type").asString().equals(type))
			.map((hit) -> hit.get("title").asString() + " -> " + hit.get("href").asString())
			.toList();
	}

	@Test
	void findsClientsByNameOrLegalNameAndContactsByNameOrEmail() {
		Account admin = signUp();
		String summit = body(postJson("/api/v1/clients", admin, client("Summit Springs"))).get("id").asString();
		String jennifer = body(postJson("/api/v1/clients/" + summit + "/contacts", admin,
				with(contact("Jennifer Wu", "SENIOR"), "email", "jwu@summitsprings.example")))
			.get("id")
			.asString();

		assertThat(hits(admin, "summit", "Client")).containsExactly("Summit Springs -> /clients/" + summit);
		assertThat(hits(admin, "Springs Inc", "Client")).hasSize(1);
		assertThat(hits(admin, "jennifer", "Contact"))
			.containsExactly("Jennifer Wu -> /clients/" + summit + "#contact-" + jennifer);
		assertThat(hits(admin, "jwu@summit", "Contact")).hasSize(1);
		assertThat(hits(admin, "100%", "Client")).isEmpty();
	}

	@Test
	void answersAtMostTheLimitNamesStartingWithTheTextFirstAndNeverArchived() {
		Account admin = signUp();
		for (String name : List.of("Best Foods", "Foods of Asia", "Foodies", "Great Foods", "Food Court")) {
			postJson("/api/v1/clients", admin, client(name));
		}
		String archived = body(postJson("/api/v1/clients", admin, client("Food Archive"))).get("id").asString();
		delete("/api/v1/clients/" + archived, admin);

		List<String> hits = hits(admin, "food", "Client");
		assertThat(hits).hasSize(3);
		assertThat(hits).allMatch((hit) -> hit.startsWith("Food"));
		assertThat(hits).noneMatch((hit) -> hit.startsWith("Food Archive"));
	}

	@Test
	void neverFindsAnotherWorkspacesClientsOrContacts() {
		Account admin = signUp();
		Account stranger = signUp();
		String theirs = body(postJson("/api/v1/clients", stranger, client("Zephyr Unique"))).get("id").asString();
		postJson("/api/v1/clients/" + theirs + "/contacts", stranger, contact("Zephyr Person", "WORKING"));

		assertThat(hits(admin, "zephyr", "Client")).isEmpty();
		assertThat(hits(admin, "zephyr", "Contact")).isEmpty();
		assertThat(hits(stranger, "zephyr", "Client")).hasSize(1);
	}

}
