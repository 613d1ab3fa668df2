package dev.aorhub.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aorhub.ApiTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Static files are served from their own folders only, so the links of a page that are
 * not static files never go through the resource chain, while every file the pages link
 * to still answers, webjars with their version in the link.
 */
class StaticResourcesTests extends ApiTestSupport {

	private static final Pattern STATIC_LINK = Pattern.compile("(?:href|src)=\"(/(?:css|js|img|webjars)/[^\"]+)\"");

	@Autowired
	private ResourceUrlProvider resourceUrls;

	@Test
	void onlyTheStaticFoldersAreResourcePatterns() {
		assertThat(this.resourceUrls.getHandlerMap().keySet()).contains("/css/**", "/js/**", "/img/**", "/webjars/**")
			.doesNotContain("/**");
	}

	@Test
	void aPageLinkIsNoStaticResource() {
		assertThat(this.resourceUrls.getForLookupPath("/clients/" + UUID.randomUUID())).isNull();
		assertThat(this.resourceUrls.getForLookupPath("/css/app.css")).isEqualTo("/css/app.css");
	}

	@Test
	void everyStaticLinkOfTheSignInPageAndOfTheShellAnswers() {
		Account admin = signUp();
		List<String> links = staticLinks(text(this.mvc.get().uri("/login").exchange()));
		links.addAll(staticLinks(text(getPage("/", admin))));
		assertThat(links).contains("/css/app.css", "/js/app.js", "/js/theme.js", "/img/logo.svg")
			.anyMatch((link) -> link.matches("/webjars/bootstrap/\\d[^/]*/dist/css/bootstrap\\.min\\.css"))
			.anyMatch((link) -> link.matches("/webjars/htmx\\.org/\\d[^/]*/dist/htmx\\.min\\.js"));
		for (String link : links) {
			MvcTestResult result = this.mvc.get().uri(link).exchange();
			assertThat(result).as(link).hasStatusOk();
			assertThat(result.getResponse().getContentAsByteArray()).as(link).isNotEmpty();
			assertThat(result.getResponse().getHeader("Last-Modified")).as(link).isNotNull();
		}
	}

	@Test
	void webjarsAnswerWithoutTheirVersionAndServeTheFontsTheirStylesLinkTo() {
		assertThat(this.mvc.get().uri("/webjars/htmx.org/dist/htmx.min.js").exchange()).hasStatusOk();
		assertThat(this.mvc.get().uri("/webjars/bootstrap-icons/font/fonts/bootstrap-icons.woff2").exchange())
			.hasStatusOk();
	}

	@Test
	void aMissingStaticFileIsNotFound() {
		assertThat(this.mvc.get().uri("/css/missing.css").exchange()).hasStatus(404);
	}

	private static List<String> staticLinks(String html) {
		List<String> links = new ArrayList<>();
		Matcher matcher = STATIC_LINK.matcher(html);
		while (matcher.find()) {
			links.add(matcher.group(1));
		}
		return links;
	}

}
