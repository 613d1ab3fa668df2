package dev.aorhub.delivery.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.AgencyRecordsTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

class BrandGuidelinePagesTests extends AgencyRecordsTestSupport {

	@Test
	void theFormAddsRowsNamesBadFieldsBesideThemAndSaves() {
		Account admin = signUp();
		UUID client = client(admin, "Harbour Foods");
		UUID brand = created("/api/v1/clients/" + client + "/brands", admin, Map.of("name", "Harbour Organic"));
		String base = "/brands/" + brand + "/guidelines";

		assertThat(text(getPage(base, admin))).contains("No guidelines for this brand yet", "Write the guidelines");
		String form = text(getPage(base + "/edit", admin));
		assertThat(form).contains("Colour 1 name", "Add a colour", "Tone of voice");

		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("colours[0].name", "Harbour navy");
		fields.put("colours[0].hex", "#0b1f3a");
		fields.put("action", "add-colour");
		String twoRows = text(postForm(base + "/edit", admin, fields));
		assertThat(twoRows).contains("Colour 2 name", "value=\"Harbour navy\"");

		fields.put("colours[1].name", "Sunrise");
		fields.put("colours[1].hex", "orange");
		fields.put("dos[0].text", "Use the logo on white or navy only");
		fields.put("action", "save");
		MvcTestResult rejected = postForm(base + "/edit", admin, fields);
		assertThat(rejected).hasStatus(200);
		assertThat(text(rejected)).contains("must be a hex colour such as #1A2B3C", "is-invalid",
				"value=\"Use the logo on white or navy only\"");

		fields.put("colours[1].hex", "#fa0");
		// A row added and left empty is dropped rather than refused.
		fields.put("donts[0].text", "");
		MvcTestResult saved = postForm(base + "/edit", admin, fields);
		assertThat(saved).hasStatus(302);
		String page = text(getPage(base, admin));
		assertThat(page).contains("Harbour navy", "#0B1F3A", "#FFAA00", "Use the logo on white or navy only");
		assertThat(text(getPage("/clients/" + client, admin))).contains("Brand guidelines", "Harbour Organic",
				"background:#0B1F3A");
	}

	@Test
	void aViewerReadsTheGuidelinesButGetsNoFormToChangeThem() {
		Account admin = signUp();
		UUID client = client(admin, "Keystone");
		UUID brand = created("/api/v1/clients/" + client + "/brands", admin, Map.of("name", "Keystone Pro"));
		assertThat(putJson("/api/v1/brands/" + brand + "/guidelines", admin,
				Map.of("colours", java.util.List.of(Map.of("name", "Slate", "hex", "#334455")))))
			.hasStatus(200);
		Account viewer = createUser(admin, "VIEWER");
		String page = text(getPage("/brands/" + brand + "/guidelines", viewer));
		assertThat(page).contains("Slate").doesNotContain("method=\"post\" enctype", "/edit\"");
		assertThat(getPage("/brands/" + brand + "/guidelines/edit", viewer)).hasStatus(403);
		assertThat(getPage("/brands/" + brand + "/guidelines", signUp())).hasStatus(404);
	}

}
