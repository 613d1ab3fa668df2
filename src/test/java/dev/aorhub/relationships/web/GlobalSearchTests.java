package dev.aorhub.relationships.web;

import java.util.List;
import java.util.UUID;

import dev.aorhub.SqlStatementCounter;
import dev.aorhub.SqlStatementCounter.Counted;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one search box across modules: what each kind finds, in which order, and that a
 * search runs no more statements however many records match.
 */
@Import(SqlStatementCounter.Configuration.class)
class GlobalSearchTests extends RelationshipsApiTestSupport {

	@Autowired
	private SqlStatementCounter counter;

	private List<String> titles(Account account, String q, String type) {
		return body(get("/api/v1/search?q=" + q + "&limit=10", account)).get("items")
			.values()
			.stream()
			.filter((hit) -> hit.get("type").asString().equals(type))
			.map((hit) -> hit.get("title").asString())
			.toList();
	}

	@Test
	void twoLettersMatchOnlyWhereANameStartsThreeAnywhere() {
		Account admin = signUp();
		createClient(admin, "Acme Outfitters");
		createClient(admin, "Pacific Airways");

		assertThat(titles(admin, "ac", "Client")).containsExactly("Acme Outfitters");
		assertThat(titles(admin, "aci", "Client")).containsExactly("Pacific Airways");
		assertThat(titles(admin, "a", "Client")).isEmpty();
	}

	@Test
	void namesThatStartWithTheTextComeFirstThenTheRestByName() {
		Account admin = signUp();
		for (String name : List.of("Great Foods", "Foodies", "Best Foods", "Food Court")) {
			createClient(admin, name);
		}

		assertThat(titles(admin, "food", "Client")).containsExactly("Food Court", "Foodies", "Best Foods",
				"Great Foods");
	}

	@Test
	void designationsAreFoundByTheirClientsNameCategoryAgencyOrScope() {
		Account admin = signUp();
		UUID quokka = createClient(admin, "Quokka Outdoor");
		UUID other = createClient(admin, "Wombat Wares");
		createDesignation(admin, designation(quokka, category(admin, "Social")));
		createDesignation(admin, with(designation(other, category(admin, "Search")), "agencyName", "Zephyr Media",
				"scope", "Paid search in the Nordics"));

		assertThat(titles(admin, "quokka", "AOR designation")).containsExactly("Social at Quokka Outdoor");
		assertThat(titles(admin, "outd", "AOR designation")).containsExactly("Social at Quokka Outdoor");
		assertThat(titles(admin, "zephyr", "AOR designation")).containsExactly("Search at Wombat Wares");
		assertThat(titles(admin, "nordics", "AOR designation")).containsExactly("Search at Wombat Wares");
		assertThat(titles(admin, "social", "AOR designation")).containsExactly("Social at Quokka Outdoor");
	}

	@Test
	void aSearchRunsNoMoreStatementsForThirtyMatchingClientsThanForOne() {
		Account admin = signUp();
		UUID social = category(admin, "Social");
		UUID first = createClient(admin, "Matchable 00");
		createDesignation(admin, designation(first, social));
		Counted<MvcTestResult> one = count(admin, "matchable");
		for (int i = 1; i < 30; i++) {
			UUID client = createClient(admin, "Matchable " + String.format("%02d", i));
			createDesignation(admin, designation(client, social));
		}
		Counted<MvcTestResult> thirty = count(admin, "matchable");

		assertThat(titles(admin, "matchable", "Client")).hasSize(10);
		assertThat(titles(admin, "matchable", "AOR designation")).hasSize(10);
		assertThat(thirty.count()).as(thirty.listing()).isLessThanOrEqualTo(one.count());
		// the token, clients (names that start with the text, then inside names when
		// those do not fill the hits), contacts, designations (by the matched clients,
		// then
		// only while the hits are not filled: categories and their designations, then
		// agency or scope), MSAs, SOWs
		assertThat(one.count()).as(one.listing()).isLessThanOrEqualTo(10);
	}

	private Counted<MvcTestResult> count(Account admin, String q) {
		get("/api/v1/me", admin);
		Counted<MvcTestResult> counted = this.counter.count(() -> get("/api/v1/search?q=" + q + "&limit=10", admin));
		assertThat(counted.result()).hasStatus(200);
		return counted;
	}

}
