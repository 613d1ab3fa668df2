package dev.aorhub.relationships.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The renewal form, opened from the designation's page or the renewal pipeline, the
 * designation's terms, and the account lead of another agency's new designation.
 */
class RenewalPagesTests extends RelationshipsApiTestSupport {

	@Test
	void theRenewFormIsPrefilledWithTheDefaultsAndSaysWhatWillHappen() {
		Account admin = signUp();
		UUID client = createClient(admin, "Acme Foods");
		String id = createDesignation(admin, designation(client, category(admin, "Creative"))).get("id").asString();

		String form = page("/designations/" + id + "/renew", admin);

		assertThat(form).contains("Renew <span>Creative</span>")
			.contains("<label class=\"form-label\" for=\"startDate\">New term starts</label>")
			.contains("value=\"2028-01-01\"")
			.contains("value=\"2029-12-31\"")
			.contains("value=\"250000.00\"")
			.contains("Renewing keeps the current term")
			.contains("in the designation's history");
		assertThat(page("/designations/" + id, admin)).contains("/designations/" + id + "/renew")
			.contains("id=\"terms\"")
			.contains("never renewed");
	}

	@Test
	void renewingFromThePipelineTakesTheDesignationOutOfItAndShowsBothTermsOnItsPage() {
		Account admin = signUp();
		LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
		UUID client = createClient(admin, "Pipeline Partners");
		String id = createDesignation(admin, with(designation(client, category(admin, "Social")), "startDate",
				today.minusYears(1).toString(), "endDate", today.plusDays(60).toString()))
			.get("id")
			.asString();
		String pipeline = page("/renewals", admin);
		assertThat(pipeline).contains("Pipeline Partners")
			.contains("/designations/" + id + "/renew?from=RENEWALS")
			.contains("aria-label=\"Renew Social at Pipeline Partners\"");
		assertThat(page("/designations/" + id + "/renew?from=RENEWALS", admin)).contains("href=\"/renewals\"");

		MvcTestResult renewed = postForm("/designations/" + id + "/renew?from=RENEWALS", admin, Map.of("startDate", "",
				"endDate", "", "annualValue.amount", "", "annualValue.currency", "", "kind", "EXCLUSIVE"));

		assertThat(renewed).hasStatus(302);
		assertThat(renewed.getResponse().getRedirectedUrl()).isEqualTo("/designations/" + id + "#terms");
		assertThat(page("/renewals", admin)).doesNotContain("Pipeline Partners");
		String designation = page("/designations/" + id, admin);
		assertThat(designation).contains("1 renewal").contains("Current");
		JsonNode after = body(get("/api/v1/designations/" + id, admin));
		assertThat(after.get("startDate").asString()).isEqualTo(today.plusDays(61).toString());
		assertThat(body(get("/api/v1/designations/" + id + "/terms", admin)).get("total").asLong()).isEqualTo(2);
	}

	@Test
	void theFormShowsEachFieldsMessageBesideItAndTheExclusivityConflict() {
		Account admin = signUp();
		UUID client = createClient(admin, "Cobalt Bank");
		UUID media = category(admin, "Media Buying");
		String id = createDesignation(admin, designation(client, media)).get("id").asString();
		createDesignation(admin, with(designation(client, media), "agencyName", "Oakline Media", "startDate",
				"2028-06-01", "endDate", "2030-05-31"));

		MvcTestResult invalid = postForm("/designations/" + id + "/renew", admin,
				Map.of("startDate", "2025-06-01", "endDate", "31/12/2029", "kind", "EXCLUSIVE"));
		assertThat(invalid).hasStatus(200);
		assertThat(text(invalid)).contains("Please correct the 2 fields marked below.")
			.contains("must be after the current term&#39;s start (1 Jan 2026)")
			.contains("must be a date (YYYY-MM-DD)")
			.contains("value=\"31/12/2029\"");

		MvcTestResult conflict = postForm("/designations/" + id + "/renew", admin, Map.of("kind", "EXCLUSIVE"));
		assertThat(conflict).hasStatus(200);
		assertThat(text(conflict)).contains("Exclusivity conflict").contains("Oakline Media already holds");
		assertThat(body(get("/api/v1/designations/" + id, admin)).get("endDate").asString()).isEqualTo("2027-12-31");
	}

	@Test
	void anEndedDesignationOffersNoRenewal() {
		Account admin = signUp();
		UUID client = createClient(admin, "Done Deal");
		String id = createDesignation(admin, designation(client, category(admin, "PR"))).get("id").asString();
		postJson("/api/v1/designations/" + id + "/end", admin, Map.of());

		assertThat(page("/designations/" + id, admin)).doesNotContain("/designations/" + id + "/renew");
		MvcTestResult form = getPage("/designations/" + id + "/renew", admin);
		assertThat(form).hasStatus(302);
		assertThat(form.getResponse().getRedirectedUrl()).isEqualTo("/designations/" + id);
	}

	@Test
	void anotherAgencysNewDesignationDefaultsToNoOneAsLead() {
		Account admin = signUp();
		UUID client = createClient(admin, "Lead Logic");
		String ours = page("/designations/new?clientId=" + client, admin);
		assertThat(selected(ours, admin.userId().toString())).isTrue();
		assertThat(ours).contains("name=\"leadDefaulted\"");

		String theirs = page("/designations/new?clientId=" + client + "&agencyName=Oakline", admin);
		assertThat(theirs).contains("value=\"Oakline\"").contains("<option value=\"\" selected");
		assertThat(selected(theirs, admin.userId().toString())).isFalse();

		Map<String, String> fields = Map.of("clientId", client.toString(), "categoryId",
				category(admin, "PR").toString(), "agencyName", "Oakline Media", "kind", "PREFERRED", "startDate",
				"2026-01-01", "accountLeadId", admin.userId().toString(), "leadDefaulted", "true");
		String defaulted = designationOf(postForm("/designations/new", admin, fields));
		assertThat(body(get("/api/v1/designations/" + defaulted, admin)).get("accountLeadId").isNull()).isTrue();

		Map<String, String> chosen = new java.util.HashMap<>(fields);
		chosen.remove("leadDefaulted");
		chosen.put("categoryId", category(admin, "Search").toString());
		String picked = designationOf(postForm("/designations/new", admin, chosen));
		assertThat(body(get("/api/v1/designations/" + picked, admin)).get("accountLeadId").asString())
			.isEqualTo(admin.userId().toString());

		Map<String, String> ourOwn = new java.util.HashMap<>(fields);
		ourOwn.put("agencyName", "");
		ourOwn.put("categoryId", category(admin, "Strategy").toString());
		String led = designationOf(postForm("/designations/new", admin, ourOwn));
		assertThat(body(get("/api/v1/designations/" + led, admin)).get("accountLeadId").asString())
			.isEqualTo(admin.userId().toString());
	}

	private static boolean selected(String html, String value) {
		return Pattern.compile("<option value=\"" + value + "\"[^>]*selected").matcher(html).find();
	}

	private String designationOf(MvcTestResult result) {
		assertThat(result).as(text(result)).hasStatus(302);
		return result.getResponse().getRedirectedUrl().substring("/designations/".length());
	}

	private String page(String path, Account account) {
		MvcTestResult result = getPage(path, account);
		assertThat(result).as(path).hasStatus(200);
		return text(result);
	}

}
