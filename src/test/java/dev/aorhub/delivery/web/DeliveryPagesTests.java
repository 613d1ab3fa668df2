package dev.aorhub.delivery.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The delivery pages render for an account user with their controls, and for a viewer
 * without any control it could not use; a form's error shows beside its field; a move on
 * the board answers htmx with the board and a plain form with a redirect.
 */
class DeliveryPagesTests extends DeliveryApiTestSupport {

	private static final Pattern POSTING_FORM = Pattern.compile("<form\\b[^>]*method=\"post\"[^>]*>");

	@Test
	void everyPageRendersAndAViewerSeesNoControlItCannotUse() {
		Account admin = signUp();
		Account viewer = createUser(admin, "VIEWER");
		Account360 acme = clientWithSow(admin, "Northwind Foods");
		UUID campaign = createCampaign(admin, campaign(acme.sowId(), "Spring launch"));
		createTask(admin, with(task(campaign, "Kick-off deck"), "assigneeId", admin.userId(), "dueDate", "2020-01-01"));
		List<String> pages = List.of("/campaigns", "/campaigns/" + campaign, "/campaigns/" + campaign + "/board",
				"/tasks", "/tasks?campaignId=" + campaign, "/my-work", "/clients/" + acme.clientId());

		for (String path : pages) {
			String page = html(path, admin);
			assertThat(page).as(path).doesNotContain("Something went wrong");
			String seen = html(path, viewer);
			List<String> forms = POSTING_FORM.matcher(seen)
				.results()
				.map(java.util.regex.MatchResult::group)
				.filter((form) -> !form.contains("action=\"/logout\""))
				.toList();
			assertThat(forms).as("forms that post on " + path + " for a viewer").isEmpty();
			assertThat(seen).as(path).doesNotContain("/campaigns/new", "/edit\"", "New campaign<");
		}
		assertThat(html("/campaigns/" + campaign + "/board", admin)).contains("Kick-off deck",
				"aria-label=\"Move Kick-off deck to In progress\"", "Overdue");
		assertThat(html("/my-work", admin)).contains("Northwind Foods", "Spring launch", "Kick-off deck");
		assertThat(html("/clients/" + acme.clientId(), admin)).contains("Spring launch", "/campaigns/new?clientId=");
		assertThat(getPage("/campaigns/new", viewer)).hasStatus(403);
		assertThat(getPage("/campaigns/" + campaign + "/edit", viewer)).hasStatus(403);
		assertThat(getPage("/campaigns/new", admin)).hasStatus(200);
		assertThat(getPage("/campaigns/" + campaign + "/edit", admin)).hasStatus(200);
	}

	@Test
	void theFormShowsARuleBesideItsFieldAndTheBoardMovesCards() {
		Account admin = signUp();
		Account360 acme = clientWithSow(admin, "Oakline Outfitters");
		MvcTestResult refused = postForm("/campaigns/new", admin,
				Map.of("clientId", acme.clientId().toString(), "sowId", acme.sowId().toString(), "name", "Too early",
						"startDate", "2026-01-15", "budget.amount", "x"));
		assertThat(refused).hasStatus(200);
		assertThat(text(refused)).contains("id=\"startDate-error\"", "must be within the term of SOW",
				"id=\"budget.amount-error\"");

		MvcTestResult created = postForm("/campaigns/new", admin, Map.of("clientId", acme.clientId().toString(),
				"sowId", acme.sowId().toString(), "name", "Autumn launch", "budget.amount", "12000"));
		assertThat(created).hasStatus(302);
		String location = created.getResponse().getRedirectedUrl();
		UUID campaign = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

		assertThat(postForm("/campaigns/" + campaign + "/board/tasks", admin, Map.of("title", "Brief"))).hasStatus(302);
		MvcTestResult invalid = postForm("/campaigns/" + campaign + "/board/tasks", admin,
				Map.of("title", "", "estimateHours", "lots"));
		assertThat(text(invalid)).contains("id=\"title-error\"", "id=\"estimateHours-error\"");
		UUID task = UUID.fromString(ids(get("/api/v1/tasks?campaignId=" + campaign, admin)).get(0));

		var htmx = signedIn(admin, this.mvc.post().uri("/campaigns/" + campaign + "/board/tasks/" + task + "/move"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.header("HX-Request", "true")
			.param("to", "IN_PROGRESS")
			.exchange();
		assertThat(htmx).hasStatus(200);
		assertThat(text(htmx)).startsWith("<div id=\"board\"")
			.contains("data-moved-task=\"" + task + "\"", "Moved Brief to in progress.")
			.doesNotContain("<html");
		MvcTestResult plain = postForm("/campaigns/" + campaign + "/board/tasks/" + task + "/move", admin,
				Map.of("to", "IN_REVIEW"));
		assertThat(plain).hasStatus(302);
		assertThat(body(get("/api/v1/tasks/" + task, admin)).get("status").asString()).isEqualTo("IN_REVIEW");

		MvcTestResult links = getPage("/campaigns/links?clientId=" + acme.clientId(), admin);
		assertThat(text(links)).contains("id=\"campaign-links\"", "Brand campaign 2026", "Creative");
	}

}
