package dev.aorhub.delivery.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

class TaskApiTests extends DeliveryApiTestSupport {

	@Test
	void createsATaskWith201AndLocationAtTheEndOfTheToDoColumnAsAccountWork() {
		Account admin = signUp();
		UUID campaign = createCampaign(admin, campaign(clientWithSow(admin, "Acme Foods").sowId(), "Launch"));

		MvcTestResult result = postJson("/api/v1/tasks", admin, task(campaign, "Kick-off deck"));

		assertThat(result).as(text(result)).hasStatus(201);
		JsonNode body = body(result);
		String id = body.get("id").asString();
		assertThat(result).headers().hasSingleValue(HttpHeaders.LOCATION, "/api/v1/tasks/" + id);
		assertThat(body.propertyNames()).contains("id", "campaignId", "title", "discipline", "assigneeId",
				"estimateHours", "dueDate", "status", "version");
		assertThat(body.get("campaignId").asString()).isEqualTo(campaign.toString());
		assertThat(body.get("discipline").asString()).isEqualTo("ACCOUNT");
		assertThat(body.get("status").asString()).isEqualTo("TODO");
		assertThat(body.get("position").asInt()).isZero();
		assertThat(body.get("campaignName").asString()).isEqualTo("Launch");
		assertThat(body.get("assigneeId").isNull()).isTrue();

		JsonNode second = create("/api/v1/tasks", admin, with(task(campaign, "Key visual"), "discipline", "design",
				"assigneeId", admin.userId(), "estimateHours", "12.5", "dueDate", "2026-04-15"));
		assertThat(second.get("position").asInt()).isEqualTo(1);
		assertThat(second.get("discipline").asString()).isEqualTo("DESIGN");
		assertThat(second.get("estimateHours").decimalValue()).isEqualByComparingTo("12.5");
		assertThat(second.get("assigneeName").asString()).isEqualTo("Ada Admin");
		assertThat(auditActions(admin, UUID.fromString(id))).containsExactly("CREATED");
	}

	@Test
	void rejectsInvalidInputWith422NamingEveryField() {
		Account admin = signUp();
		Account other = signUp();
		UUID campaign = createCampaign(admin, campaign(clientWithSow(admin, "Bolt Motors").sowId(), "Launch"));

		MvcTestResult result = postJson("/api/v1/tasks", admin,
				Map.of("campaignId", campaign, "title", " ", "discipline", "JUGGLING", "assigneeId", other.userId(),
						"estimateHours", "1000", "dueDate", "2026-02-30", "status", "WAITING"));

		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactlyInAnyOrder("title", "discipline", "assigneeId",
				"estimateHours", "dueDate", "status");

		MvcTestResult negative = postJson("/api/v1/tasks", admin,
				with(task(campaign, "Fine"), "estimateHours", "-1", "position", -2));
		assertThat(problemFields(negative)).containsExactlyInAnyOrder("estimateHours", "position");
		assertThat(problemFields(postJson("/api/v1/tasks", admin, Map.of("title", "No campaign"))))
			.containsExactly("campaignId");
		assertThat(
				problemFields(postJson("/api/v1/tasks", admin, with(task(campaign, "Fine"), "estimateHours", "1.234"))))
			.containsExactly("estimateHours");
	}

	@Test
	void aCampaignOfAnotherWorkspaceIsAFieldProblemAndItsTasksAreNotFound() {
		Account mine = signUp();
		Account theirs = signUp();
		UUID theirCampaign = createCampaign(theirs, campaign(clientWithSow(theirs, "Theirs").sowId(), "Secret"));
		UUID theirTask = createTask(theirs, task(theirCampaign, "Secret brief"));

		MvcTestResult borrowed = postJson("/api/v1/tasks", mine, task(theirCampaign, "Borrowed"));
		assertThat(borrowed).hasStatus(422);
		assertThat(problemFields(borrowed)).containsExactly("campaignId");

		assertThat(get("/api/v1/tasks/" + theirTask, mine)).hasStatus(404);
		assertThat(putJson("/api/v1/tasks/" + theirTask, mine, with(task(theirCampaign, "Taken"), "version", 0)))
			.hasStatus(404);
		assertThat(postJson("/api/v1/tasks/" + theirTask + "/move", mine, Map.of())).hasStatus(404);
		assertThat(delete("/api/v1/tasks/" + theirTask, mine)).hasStatus(404);
		assertThat(body(get("/api/v1/tasks?campaignId=" + theirCampaign, mine)).get("total").asLong()).isZero();
	}

	@Test
	void anUpdateNeedsTheCurrentVersionAndAMoveGoesToTheEndOfItsNewColumn() {
		Account admin = signUp();
		UUID campaign = createCampaign(admin, campaign(clientWithSow(admin, "Cobalt Bank").sowId(), "Launch"));
		UUID brief = createTask(admin, with(task(campaign, "Brief"), "discipline", "STRATEGY"));
		createTask(admin, with(task(campaign, "Media plan"), "status", "IN_PROGRESS"));

		MvcTestResult edited = putJson("/api/v1/tasks/" + brief, admin,
				with(task(campaign, "Creative brief"), "version", 0, "description", "One page"));
		assertThat(edited).as(text(edited)).hasStatus(200);
		assertThat(body(edited).get("title").asString()).isEqualTo("Creative brief");
		assertThat(body(edited).get("discipline").asString()).isEqualTo("STRATEGY");
		assertThat(body(edited).get("version").asLong()).isEqualTo(1);

		MvcTestResult stale = putJson("/api/v1/tasks/" + brief, admin, with(task(campaign, "Old"), "version", 0));
		assertThat(stale).hasStatus(409);
		assertThat(problemType(stale)).isEqualTo("stale-version");

		MvcTestResult moved = postJson("/api/v1/tasks/" + brief + "/move", admin, Map.of("status", "IN_PROGRESS"));
		assertThat(moved).as(text(moved)).hasStatus(200);
		assertThat(body(moved).get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(body(moved).get("position").asInt()).isEqualTo(1);
		MvcTestResult placed = postJson("/api/v1/tasks/" + brief + "/move", admin,
				Map.of("status", "DONE", "position", 7));
		assertThat(body(placed).get("position").asInt()).isEqualTo(7);
		assertThat(body(postJson("/api/v1/tasks/" + brief + "/move", admin, Map.of("status", "TODO"))).get("status")
			.asString()).isEqualTo("TODO");
		assertThat(problemFields(postJson("/api/v1/tasks/" + brief + "/move", admin, Map.of("status", "LATER"))))
			.containsExactly("status");
		assertThat(problemFields(postJson("/api/v1/tasks/" + brief + "/move", admin, Map.of())))
			.containsExactly("status");

		assertThat(delete("/api/v1/tasks/" + brief, admin)).hasStatus(204);
		assertThat(body(get("/api/v1/tasks/" + brief, admin)).get("archived").asBoolean()).isTrue();
		assertThat(auditActions(admin, brief)).containsExactly("CREATED", "UPDATED", "MOVED", "MOVED", "MOVED",
				"ARCHIVED");
	}

	@Test
	void aViewerReadsTasksButChangesNone() {
		Account admin = signUp();
		Account viewer = createUser(admin, "VIEWER");
		UUID campaign = createCampaign(admin, campaign(clientWithSow(admin, "Delta Air").sowId(), "Launch"));
		UUID id = createTask(admin, task(campaign, "Brief"));

		assertThat(get("/api/v1/tasks/" + id, viewer)).hasStatus(200);
		assertThat(postJson("/api/v1/tasks", viewer, task(campaign, "Mine"))).hasStatus(403);
		assertThat(putJson("/api/v1/tasks/" + id, viewer, with(task(campaign, "Mine"), "version", 0))).hasStatus(403);
		assertThat(postJson("/api/v1/tasks/" + id + "/move", viewer, Map.of("status", "DONE"))).hasStatus(403);
		assertThat(delete("/api/v1/tasks/" + id, viewer)).hasStatus(403);
		// Viewers are staff: work may be given to them, they only cannot change it.
		assertThat(
				postJson("/api/v1/tasks", admin, with(task(campaign, "For a viewer"), "assigneeId", viewer.userId())))
			.hasStatus(201);
	}

	@Test
	void listsFilterByCampaignAssigneeStatusAndTextAndExportTheSameRows() {
		Account admin = signUp();
		Account hannah = createUser(admin, "CREATIVE");
		Account360 acme = clientWithSow(admin, "Evergreen Ltd");
		UUID launch = createCampaign(admin, campaign(acme.sowId(), "Launch"));
		UUID sale = createCampaign(admin, campaign(acme.sowId(), "Sale"));
		UUID brief = createTask(admin, task(launch, "Brief"));
		UUID visual = createTask(admin, with(task(launch, "Key visual"), "assigneeId", hannah.userId(), "status",
				"IN_REVIEW", "dueDate", "2026-04-01"));
		UUID banner = createTask(admin, with(task(sale, "Banners"), "assigneeId", hannah.userId()));

		assertThat(ids(get("/api/v1/tasks?campaignId=" + launch, admin))).containsExactly(visual.toString(),
				brief.toString());
		assertThat(ids(get("/api/v1/tasks?assigneeId=" + hannah.userId() + "&sort=title,asc", admin)))
			.containsExactly(banner.toString(), visual.toString());
		assertThat(ids(get("/api/v1/tasks?status=IN_REVIEW", admin))).containsExactly(visual.toString());
		assertThat(ids(get("/api/v1/tasks?q=banner", admin))).containsExactly(banner.toString());
		assertThat(ids(get("/api/v1/tasks?clientId=" + acme.clientId() + "&size=2", admin))).hasSize(2);
		assertThat(body(get("/api/v1/tasks?clientId=" + acme.clientId() + "&size=2", admin)).get("total").asLong())
			.isEqualTo(3);

		MvcTestResult csv = get("/api/v1/tasks/export?format=csv&campaignId=" + launch, admin);
		assertThat(csv).hasStatus(200);
		assertThat(new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
			.contains("Key visual", "Brief", "IN_REVIEW")
			.doesNotContain("Banners");
		assertThat(get("/api/v1/tasks/export?format=xlsx", admin)).hasStatus(200);
	}

}
