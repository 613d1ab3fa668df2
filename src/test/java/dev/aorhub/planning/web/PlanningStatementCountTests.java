package dev.aorhub.planning.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import dev.aorhub.SqlStatementCounter;
import dev.aorhub.SqlStatementCounter.Counted;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many SQL statements the plans list and a plan run: the same for many plans and long
 * lists as for few, so a query per plan or per entry fails the build. The counter and the
 * properties are those of the other counts, so all share one test context.
 */
@Import(SqlStatementCounter.Configuration.class)
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class PlanningStatementCountTests extends PlanningApiTestSupport {

	@Autowired
	private SqlStatementCounter counter;

	@Test
	void theListAndTheApiListRunAsManyStatementsForSixPlansAsForTwo() {
		Account admin = signUp();
		for (int i = 0; i < 2; i++) {
			plan(admin, "Client " + i, 2);
		}
		getPage("/plans", admin);
		Counted<MvcTestResult> pageSmall = count(() -> getPage("/plans", admin));
		Counted<MvcTestResult> apiSmall = count(() -> get("/api/v1/strategic-plans", admin));
		for (int i = 2; i < 6; i++) {
			plan(admin, "Client " + i, 2);
		}
		Counted<MvcTestResult> pageLarge = count(() -> getPage("/plans", admin));
		Counted<MvcTestResult> apiLarge = count(() -> get("/api/v1/strategic-plans", admin));
		assertThat(body(apiLarge.result()).get("total").asLong()).isEqualTo(6);
		assertThat(pageLarge.count()).as(pageLarge.listing()).isEqualTo(pageSmall.count());
		assertThat(apiLarge.count()).as(apiLarge.listing()).isEqualTo(apiSmall.count());
		// the token, the count, the page, and one statement per kind of entry
		assertThat(apiLarge.count()).as(apiLarge.listing()).isLessThanOrEqualTo(8);
	}

	@Test
	void aPlanPageRunsAsManyStatementsForLongListsAsForShortOnes() {
		Account admin = signUp();
		UUID small = plan(admin, "Small Co", 1);
		UUID large = plan(admin, "Large Co", 8);
		getPage("/plans/" + small, admin);
		Counted<MvcTestResult> pageSmall = count(() -> getPage("/plans/" + small, admin));
		Counted<MvcTestResult> pageLarge = count(() -> getPage("/plans/" + large, admin));
		Counted<MvcTestResult> apiLarge = count(() -> get("/api/v1/strategic-plans/" + large, admin));
		assertThat(pageLarge.result()).hasStatus(200);
		assertThat(pageLarge.count()).as(pageLarge.listing()).isEqualTo(pageSmall.count());
		// the token, the plan, its five lists and the client's competitor list
		assertThat(apiLarge.count()).as(apiLarge.listing()).isLessThanOrEqualTo(8);
	}

	/** A plan with {@code entries} entries in each list. */
	private UUID plan(Account admin, String client, int entries) {
		Account360 account = clientWithDesignation(admin, client);
		Map<String, Object> request = plan(account.designationId(), client + " plan", admin.userId());
		List<Object> research = new ArrayList<>();
		List<Object> competitors = new ArrayList<>();
		List<Object> segments = new ArrayList<>();
		List<Object> objectives = new ArrayList<>();
		List<Object> milestones = new ArrayList<>();
		for (int i = 0; i < entries; i++) {
			research.add(Map.of("note", "Note " + i));
			competitors.add(competitor("Competitor " + i, "10"));
			segments.add(Map.of("name", "Segment " + i, "channels", List.of("Social", "Search")));
			objectives.add(Map.of("text", "Objective " + i));
			milestones.add(milestone("Milestone " + i, "2026-0" + (1 + i % 9) + "-15", admin.userId(), "PLANNED"));
		}
		JsonNode plan = createPlan(admin, with(request, "research", research, "competitors", competitors, "segments",
				segments, "objectives", objectives, "milestones", milestones));
		return id(plan);
	}

	private <T> Counted<T> count(Supplier<T> work) {
		return this.counter.count(work);
	}

}
