package dev.aorhub.planning.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The strategic plan pages: the form binds its repeatable rows and shows each problem
 * beside its field, the plan page shows the timeline, the bars and the versions, the
 * client page a card, and a viewer gets no form.
 */
class PlanningPagesTests extends PlanningApiTestSupport {

	@Test
	void theFormBindsItsRowsAndIgnoresBlankOnes() {
		Account admin = signUp();
		Account360 acme = clientWithDesignation(admin, "Acme Foods");
		assertThat(html("/plans/new?clientId=" + acme.clientId(), admin)).contains("competitor-names")
			.contains("Rivalco")
			.contains("data-row-template")
			.contains("Add a milestone");
		Map<String, String> form = new LinkedHashMap<>();
		form.put("clientId", acme.clientId().toString());
		form.put("designationId", acme.designationId().toString());
		form.put("title", "Brand strategy from the form");
		form.put("competitors[0].name", "Rivalco");
		form.put("competitors[0].shareOfVoicePercent", "40");
		form.put("competitors[1].name", "");
		form.put("segments[0].name", "Families");
		form.put("segments[0].priority", "HIGH");
		form.put("segments[0].channels", "Social, Search");
		form.put("objectives[0].text", "Grow awareness");
		form.put("milestones[0].name", "Launch");
		form.put("milestones[0].dueDate", "2026-05-01");
		form.put("milestones[0].ownerId", admin.userId().toString());
		form.put("milestones[0].status", "IN_PROGRESS");
		form.put("research[0].note", "Online grew 6%");
		form.put("research[0].source", "Tracker");
		MvcTestResult result = postForm("/plans/new", admin, form);
		assertThat(result).hasStatus(302);
		String location = result.getResponse().getRedirectedUrl();
		JsonNode plan = body(
				get("/api/v1/strategic-plans/" + location.substring(location.lastIndexOf('/') + 1), admin));
		assertThat(plan.get("competitors").size()).isEqualTo(1);
		assertThat(plan.get("segments").get(0).get("channels").values()).extracting(JsonNode::asString)
			.containsExactly("Social", "Search");
		assertThat(plan.get("milestones").get(0).get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(plan.get("research").get(0).get("source").asString()).isEqualTo("Tracker");
	}

	@Test
	void theFormShowsEachProblemBesideItsField() {
		Account admin = signUp();
		Account360 acme = clientWithDesignation(admin, "Acme Foods");
		Map<String, String> form = new LinkedHashMap<>();
		form.put("clientId", acme.clientId().toString());
		form.put("designationId", acme.designationId().toString());
		form.put("title", "Plan");
		form.put("competitors[0].name", "Rivalco");
		form.put("competitors[0].shareOfVoicePercent", "120");
		form.put("milestones[0].name", "Launch");
		form.put("milestones[0].dueDate", "2026-02-30");
		form.put("milestones[0].status", "PLANNED");
		MvcTestResult result = postForm("/plans/new", admin, form);
		assertThat(result).hasStatus(200);
		String html = text(result);
		assertThat(html).contains("Please correct the 2 fields marked below.")
			.contains("id=\"competitors-0-shareOfVoicePercent-error\"")
			.contains("must be between 0 and 100")
			.contains("id=\"milestones-0-dueDate-error\"")
			.contains("must be a date (YYYY-MM-DD)")
			.contains("value=\"2026-02-30\"")
			.contains("Share of voice (%)");
	}

	@Test
	void thePlanPageShowsTheTimelineTheBarsTheVersionsAndAConfirmBeforeApproval() {
		Account admin = signUp();
		Account360 acme = clientWithDesignation(admin, "Acme Foods");
		JsonNode plan = createPlan(admin, plan(acme.designationId(), "Brand strategy 2027", admin.userId()));
		postJson("/api/v1/strategic-plans/" + id(plan) + "/share", admin, Map.of());
		String html = html("/plans/" + id(plan), admin);
		assertThat(html).contains("class=\"plan-timeline\"")
			.contains("tl-today")
			.contains("ms-done")
			.contains("class=\"sov-bar\" style=\"width: 32.50%\"")
			.contains("Urban young families")
			.contains("Version 1")
			.contains("data-confirm=\"Record the client's approval?\"")
			.contains("Download PDF");
		assertThat(html("/plans", admin)).contains("Brand strategy 2027");
		assertThat(html("/clients/" + acme.clientId(), admin)).contains("Strategic plans")
			.contains("/plans/" + id(plan));
		assertThat(getPage("/plans/" + id(plan) + "/pdf", admin)).hasStatus(200);
	}

	@Test
	void aViewerSeesPlansButGetsNoFormAndNoVerbs() {
		Account admin = signUp();
		Account viewer = createUser(admin, "VIEWER");
		Account360 acme = clientWithDesignation(admin, "Acme Foods");
		JsonNode plan = createPlan(admin, plan(acme.designationId(), "Plan", admin.userId()));
		assertThat(getPage("/plans/new", viewer)).hasStatus(403);
		assertThat(getPage("/plans/" + id(plan) + "/edit", viewer)).hasStatus(403);
		String html = html("/plans/" + id(plan), viewer);
		assertThat(html).doesNotContain("Share with client").doesNotContain("/edit\"");
		assertThat(getPage("/plans/" + UUID.randomUUID(), viewer)).hasStatus(404);
	}

}
