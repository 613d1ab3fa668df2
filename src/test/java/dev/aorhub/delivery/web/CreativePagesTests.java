package dev.aorhub.delivery.web;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The creative pages: every page renders for the staff, a viewer reads them without a
 * control it could not use, forms name the field at fault, and the review link's page
 * takes the client's decision from its form without a session.
 */
class CreativePagesTests extends CreativeApiTestSupport {

	@Test
	void everyCreativePageRendersAndAViewerSeesNoControl() throws Exception {
		Account admin = signUp();
		UUID id = assetWithVersion(admin);
		upload(admin, id, png("v2.png"), "second");
		UUID campaign = UUID.fromString(body(get(ASSETS + "/" + id, admin)).get("campaignId").asString());
		for (String path : new String[] { "/assets", "/assets/" + id, "/assets/" + id + "?v=1",
				"/assets/" + id + "/compare?a=1&b=2", "/review-queue", "/assets/new",
				"/assets/new?campaignId=" + campaign, "/campaigns/" + campaign,
				"/assets/brands?campaignId=" + campaign }) {
			assertThat(getPage(path, admin)).as(path).hasStatusOk();
		}
		MvcTestResult file = getPage("/assets/" + id + "/versions/2/file", admin);
		assertThat(file).hasStatusOk().hasContentType("image/png");
		// Our own pages may frame a version (a PDF in its viewer); nothing in it runs.
		assertThat(file.getResponse().getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
		assertThat(file.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'none'",
				"frame-ancestors 'self'");
		assertThat(file.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		postJson(ASSETS + "/" + assetWithVersion(admin) + "/submit", admin,
				Map.of("reviewerIds", java.util.List.of(admin.userId())));
		assertThat(getPage("/", admin).getResponse().getContentAsString()).contains("Waiting for my review",
				"Hero banner");
		assertThat(getPage("/assets/" + id + "?v=7", admin)).hasStatus(404);
		MvcTestResult assetPage = getPage("/assets/" + id, admin);
		assertThat(assetPage.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(assetPage.getResponse().getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");

		Account viewer = createUser(admin, "VIEWER");
		for (String path : new String[] { "/assets", "/assets/" + id, "/review-queue", "/campaigns/" + campaign }) {
			MvcTestResult page = getPage(path, viewer);
			assertThat(page).as(path).hasStatusOk();
			String html = page.getResponse().getContentAsString();
			assertThat(html).as(path)
				.doesNotContainPattern("<form\\b[^>]*method=\"post\"[^>]*action=\"/assets")
				.doesNotContain("/assets/new");
		}
		assertThat(getPage("/assets/new", viewer)).hasStatus(403);
		assertThat(postForm("/assets/" + id + "/versions/1/comments", viewer, Map.of("body", "x"))).hasStatus(403);
	}

	@Test
	void theFormNamesTheFieldAtFaultAndACommentOutOfTheImageIsShownBesideItsField() throws Exception {
		Account admin = signUp();
		MvcTestResult empty = postForm("/assets/new", admin, Map.of("name", "", "kind", "IMAGE"));
		assertThat(empty).hasStatusOk();
		assertThat(empty.getResponse().getContentAsString()).contains("id=\"name-error\"", "id=\"campaignId-error\"");

		UUID id = assetWithVersion(admin);
		MvcTestResult outside = postForm("/assets/" + id + "/versions/1/comments", admin,
				Map.of("body", "Too far", "x", "1.5", "y", "abc"));
		assertThat(outside).hasStatusOk();
		assertThat(outside.getResponse().getContentAsString()).contains("id=\"x-error\"", "id=\"y-error\"");
		MvcTestResult pinned = postForm("/assets/" + id + "/versions/1/comments", admin,
				Map.of("body", "Logo", "x", "0.25", "y", "0.75"));
		assertThat(pinned).hasStatus(302);
		assertThat(getPage("/assets/" + id, admin).getResponse().getContentAsString())
			.contains("left: 25.000%; top: 75.000%");
	}

	@Test
	void theClientDecidesFromTheLinksFormWithoutASession() throws Exception {
		Account admin = signUp();
		UUID id = assetWithVersion(admin);
		bodiless(ASSETS + "/" + id + "/submit", admin);
		bodiless(ASSETS + "/" + id + "/send-to-client", admin);
		String url = body(bodiless(ASSETS + "/" + id + "/review-links", admin)).get("url").asString();
		String path = url.substring(url.indexOf("/review/"));

		MvcTestResult page = this.mvc.get().uri(path).accept(MediaType.TEXT_HTML).exchange();
		assertThat(page).hasStatusOk();
		assertThat(page.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
		assertThat(page.getResponse().getHeader("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(page.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(this.mvc.get().uri(path + "/file").exchange().getResponse().getHeader("X-Frame-Options"))
			.isEqualTo("SAMEORIGIN");
		String html = page.getResponse().getContentAsString();
		assertThat(html).contains("Approve this version").doesNotContain("_csrf").doesNotContain("/clients/");

		MvcTestResult noComment = this.mvc.post()
			.uri(path + "/request-changes")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("name", "Dana")
			.param("comment", "")
			.exchange();
		assertThat(noComment).hasStatusOk();
		assertThat(noComment.getResponse().getContentAsString()).contains("id=\"comment-error\"");
		assertThat(noComment.getRequest().getSession(false)).isNull();

		MvcTestResult changes = this.mvc.post()
			.uri(path + "/request-changes")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("name", "Dana")
			.param("comment", "Warmer colours please")
			.exchange();
		assertThat(changes).hasStatus(302);
		assertThat(changes.getResponse().getRedirectedUrl()).isEqualTo("/review/thanks?decision=changes");
		assertThat(this.mvc.get().uri("/review/thanks?decision=changes").exchange()).hasStatusOk();
		assertThat(body(get(ASSETS + "/" + id, admin)).get("status").asString()).isEqualTo("CHANGES_REQUESTED");
		// The link still opens (the asset is not approved) but takes no decision now.
		MvcTestResult again = this.mvc.post()
			.uri(path + "/approve")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("name", "Dana")
			.exchange();
		assertThat(again).hasStatusOk();
		assertThat(again.getResponse().getContentAsString()).contains("not waiting for your review");
	}

}
