package dev.aorhub.shared.web;

import dev.aorhub.ApiTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The error page answers for real errors; visited on its own, it is nothing to see. */
class ErrorPagesTests extends ApiTestSupport {

	@Test
	void visitingTheErrorAddressDirectlyIsA404NotAServerError() {
		MvcTestResult result = this.mvc.get().uri("/error").exchange();

		assertThat(result).hasStatus(404);
		assertThat(text(result)).doesNotContain("has been logged");
	}

	@Test
	void anUnknownPageIsA404Page() {
		MvcTestResult result = getPage("/no-such-page", signUp());

		assertThat(result).hasStatus(404);
	}

}
