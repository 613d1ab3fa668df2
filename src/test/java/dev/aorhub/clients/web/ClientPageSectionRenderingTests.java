package dev.aorhub.clients.web;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.ApiTestSupport;
import dev.aorhub.clients.ClientStatus;
import dev.aorhub.clients.ClientSummary;
import org.junit.jupiter.api.Test;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client page renders other modules' sections by template and fragment name, with
 * their data as {@code section}: checked with the application's own template engine.
 */
class ClientPageSectionRenderingTests extends ApiTestSupport {

	@Autowired
	private ITemplateEngine templates;

	@Test
	void rendersAContributedFragmentWithItsDataEscapedUnderItsTitle() {
		Context context = new Context();
		context.setVariable("clientSummary", new ClientSummary(UUID.randomUUID(), "Summit Springs",
				Currency.getInstance("USD"), ClientStatus.ACTIVE, false));
		context.setVariable("sections",
				List.of(new ClientPageSections.Rendered("AOR roster", "clients-test/probe", "probe",
						Map.of("greeting", "<b>Hello</b>"), false),
						new ClientPageSections.Rendered("Timeline", null, null, Map.of(), true)));

		String html = this.templates.process("clients-test/sections", context);

		assertThat(html).contains("AOR roster", "&lt;b&gt;Hello&lt;/b&gt; for Summit Springs", "class=\"probe\"");
		assertThat(html).contains("Timeline", "This part could not be loaded");
		assertThat(html.indexOf("AOR roster")).isLessThan(html.indexOf("Timeline"));
	}

}
