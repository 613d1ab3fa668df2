package dev.aorhub.delivery.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.AgencyRecordsTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input to every delivery write and query answers a 4xx problem, never a 500: bodies
 * that are not JSON, of the wrong shape, with values of the wrong type or out of range,
 * and query parameters that do not parse.
 */
class DeliveryBadInputApiTests extends AgencyRecordsTestSupport {

	private static final List<String> BODIES = List.of("not json", "[]", "{\"name\": {\"a\": 1}}", "{}",
			"{\"date\": \"2026-02-30\", \"minutes\": \"lots\", \"billable\": \"maybe\", \"status\": \"DONE\"}",
			"{\"startDate\": \"soon\", \"endDate\": 12, \"budget\": {\"amount\": \"x\", \"currency\": \"ZZZ\"}}",
			"{\"hoursPerWeek\": \"-3\", \"roundingIncrement\": 7, \"roundingMode\": \"SIDEWAYS\"}",
			"{\"ids\": [\"not-a-uuid\"], \"reason\": 5}", "{\"ids\": null}",
			"{\"status\": \"IN_SPACE\", \"position\": -4}", "{\"rows\": [{\"hours\": [\"1:99\", \"abc\"]}]}",
			"{\"minutes\": 99999999999999}");

	@Test
	void everyDeliveryWriteAnswersBadBodiesWithAProblemNotAServerError() {
		Account admin = signUp();
		UUID anId = UUID.randomUUID();
		UUID brand = created("/api/v1/clients/" + client(admin, "Sweep Foods") + "/brands", admin,
				Map.of("name", "Sweep Organic"));
		// Written once, so that a body without the version read is refused too.
		assertThat(putJson("/api/v1/brands/" + brand + "/guidelines", admin, Map.of())).hasStatus(200);
		List<String[]> writes = List.of(new String[] { "POST", "/api/v1/campaigns" },
				new String[] { "PUT", "/api/v1/campaigns/" + anId }, new String[] { "POST", "/api/v1/tasks" },
				new String[] { "PUT", "/api/v1/tasks/" + anId },
				new String[] { "POST", "/api/v1/tasks/" + anId + "/move" },
				new String[] { "POST", "/api/v1/time-entries" }, new String[] { "PUT", "/api/v1/time-entries/" + anId },
				new String[] { "POST", "/api/v1/time-entries/submit" },
				new String[] { "POST", "/api/v1/time-entries/approve" },
				new String[] { "POST", "/api/v1/time-entries/reopen" },
				new String[] { "PUT", "/api/v1/sows/" + anId + "/time-rules" },
				new String[] { "PUT", "/api/v1/staff-capacity/" + admin.userId() },
				new String[] { "POST", "/api/v1/time-off" },
				new String[] { "PUT", "/api/v1/timesheets/" + admin.userId() + "/2026-W49" },
				new String[] { "PUT", "/api/v1/timesheets/" + admin.userId() + "/not-a-week" },
				new String[] { "POST", "/api/v1/timer/start" },
				new String[] { "PUT", "/api/v1/brands/" + brand + "/guidelines" },
				new String[] { "PUT", "/api/v1/brands/" + anId + "/guidelines" },
				new String[] { "POST", "/api/v1/creative-assets" },
				new String[] { "PUT", "/api/v1/creative-assets/" + anId },
				new String[] { "POST", "/api/v1/creative-assets/" + anId + "/submit" },
				new String[] { "POST", "/api/v1/creative-assets/" + anId + "/send-to-client" },
				new String[] { "POST", "/api/v1/creative-assets/" + anId + "/approve" },
				new String[] { "POST", "/api/v1/creative-assets/" + anId + "/request-changes" },
				new String[] { "POST", "/api/v1/creative-assets/" + anId + "/review-links" },
				new String[] { "POST", "/api/v1/creative-assets/" + anId + "/versions/1/comments" },
				new String[] { "POST", "/review/not-a-token/approve" },
				new String[] { "POST", "/review/not-a-token/request-changes" });
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
	void everyDeliveryQueryAnswersBadParametersWithAProblemNotAServerError() {
		Account admin = signUp();
		List<String> queries = List.of("/api/v1/time-entries?from=yesterday", "/api/v1/time-entries?to=2026-13-01",
				"/api/v1/time-entries?userId=nobody", "/api/v1/time-entries?status=LOST", "/api/v1/time-entries?size=0",
				"/api/v1/time-entries?sort=planet,asc", "/api/v1/time-entries?page=-1",
				"/api/v1/time-entries/export?format=pdf", "/api/v1/time-entries/export?from=x",
				"/api/v1/campaigns?status=FLYING", "/api/v1/campaigns?clientId=x", "/api/v1/campaigns?sort=x",
				"/api/v1/tasks?status=x", "/api/v1/tasks?assigneeId=x", "/api/v1/reports/time?from=x",
				"/api/v1/reports/time?from=2020-01-01&to=2026-12-31", "/api/v1/reports/time?groupBy=,,",
				"/api/v1/reports/time?format=doc", "/api/v1/sows/" + UUID.randomUUID() + "/retainer-burn?month=x",
				"/api/v1/sows/not-a-uuid/retainer-burn",
				"/api/v1/designations/" + UUID.randomUUID() + "/resourcing?weeks=x", "/api/v1/resourcing?weeks=27",
				"/api/v1/time-off?from=x", "/api/v1/time-off?size=501", "/api/v1/staff-capacity/not-a-uuid",
				"/api/v1/creative-assets?status=DONE", "/api/v1/creative-assets?kind=SCULPTURE",
				"/api/v1/creative-assets?brandId=x", "/api/v1/creative-assets?sort=x,asc",
				"/api/v1/creative-assets/export?format=pdf", "/api/v1/creative-assets/not-a-uuid",
				"/api/v1/creative-assets/" + UUID.randomUUID() + "/versions/x/file",
				"/api/v1/creative-assets/" + UUID.randomUUID() + "/versions/1/thumbnail");
		List<String> failures = new ArrayList<>();
		for (String query : queries) {
			MvcTestResult result = get(query, admin);
			int status = result.getResponse().getStatus();
			if (status >= 500 || status < 400) {
				failures.add(query + " answered " + status + ": "
						+ text(result).substring(0, Math.min(200, text(result).length())));
			}
		}
		assertThat(failures).isEmpty();
	}

}
