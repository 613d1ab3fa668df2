package dev.aorhub.planning.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input to every strategic plan write and query answers a 4xx problem, never a 500:
 * bodies that are not JSON, of the wrong shape, with values of the wrong type or out of
 * range, and query parameters that do not parse.
 */
class PlanningBadInputApiTests extends PlanningApiTestSupport {

	private static final List<String> BODIES = List.of("not json", "[]", "{\"title\": {\"a\": 1}}", "{}",
			"{\"title\": \"x\", \"competitors\": {\"name\": \"a\"}}", "{\"title\": \"x\", \"competitors\": [null]}",
			"{\"title\": \"x\", \"competitors\": [\"Rivalco\"]}",
			"{\"title\": \"x\", \"competitors\": [{\"name\": \"a\", \"shareOfVoicePercent\": \"lots\"}]}",
			"{\"title\": \"x\", \"competitors\": [{\"name\": \"a\", \"shareOfVoicePercent\": 1e400}]}",
			"{\"title\": \"x\", \"segments\": [{\"name\": \"a\", \"channels\": \"Social\"}]}",
			"{\"title\": \"x\", \"segments\": [{\"name\": \"a\", \"channels\": [null, 5]}]}",
			"{\"title\": \"x\", \"milestones\": [{\"name\": \"a\", \"dueDate\": 20260101, \"ownerId\": \"me\"}]}",
			"{\"title\": \"x\", \"milestones\": [{\"id\": 7, \"name\": \"a\", \"dueDate\": \"2026-01-01\"}]}",
			"{\"title\": \"x\", \"designationId\": \"nope\", \"clientId\": 12, \"status\": \"DONE\"}",
			"{\"title\": \"x\", \"objectives\": [\"just text\"], \"version\": \"new\"}",
			"{\"version\": 99999999999999999999999}");

	@Test
	void everyPlanWriteAnswersBadBodiesWithAProblemNotAServerError() {
		Account admin = signUp();
		Account360 acme = clientWithDesignation(admin, "Acme Foods");
		UUID real = id(createPlan(admin, plan(acme.designationId(), "Plan", admin.userId())));
		UUID anId = UUID.randomUUID();
		List<String[]> writes = List.of(new String[] { "POST", "/api/v1/strategic-plans" },
				new String[] { "PUT", "/api/v1/strategic-plans/" + anId },
				new String[] { "PUT", "/api/v1/strategic-plans/" + real },
				new String[] { "POST", "/api/v1/strategic-plans/" + anId + "/share" },
				new String[] { "POST", "/api/v1/strategic-plans/" + anId + "/approve" },
				new String[] { "POST", "/api/v1/strategic-plans/" + anId + "/new-version" });
		List<String> failures = new ArrayList<>();
		for (String[] write : writes) {
			for (String body : BODIES) {
				var request = write[0].equals("POST") ? this.mvc.post().uri(write[1]) : this.mvc.put().uri(write[1]);
				MvcTestResult result = as(admin, request.contentType(MediaType.APPLICATION_JSON).content(body))
					.exchange();
				int status = result.getResponse().getStatus();
				if (status >= 500 || status < 400) {
					failures.add(write[0] + " " + write[1] + " " + body + " answered " + status + ": "
							+ text(result).substring(0, Math.min(200, text(result).length())));
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void everyPlanQueryAnswersBadParametersWithAProblemNotAServerError() {
		Account admin = signUp();
		List<String> queries = List.of("/api/v1/strategic-plans?status=LOST", "/api/v1/strategic-plans?clientId=x",
				"/api/v1/strategic-plans?designationId=x", "/api/v1/strategic-plans?sort=planet,asc",
				"/api/v1/strategic-plans?page=-1", "/api/v1/strategic-plans?size=501",
				"/api/v1/strategic-plans?current=maybe", "/api/v1/strategic-plans/export?format=pdf",
				"/api/v1/strategic-plans/export?status=x", "/api/v1/strategic-plans/not-a-uuid",
				"/api/v1/strategic-plans/not-a-uuid/pdf", "/api/v1/strategic-plans/" + UUID.randomUUID() + "/pdf");
		List<String> failures = new ArrayList<>();
		for (String query : queries) {
			MvcTestResult result = get(query, admin);
			int status = result.getResponse().getStatus();
			if (status >= 500 || status < 400) {
				failures.add(query + " answered " + status);
			}
		}
		assertThat(failures).isEmpty();
	}

}
