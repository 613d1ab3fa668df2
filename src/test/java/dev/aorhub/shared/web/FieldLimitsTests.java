package dev.aorhub.shared.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aorhub.ApiTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.aorhub.clients.ClientTestData.client;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Form inputs stop at the length the request record accepts, so a person cannot type more
 * than the server would keep.
 */
class FieldLimitsTests extends ApiTestSupport {

	@Test
	void theClientAndContactFormsStopEachFieldAtItsMaximumLength() {
		Account admin = signUp();
		String clientForm = html(getPage("/clients/new", admin));
		assertThat(maxLength(clientForm, "name")).isEqualTo("200");
		assertThat(maxLength(clientForm, "industry")).isEqualTo("100");
		assertThat(maxLength(clientForm, "city")).as("a field of the nested address").isEqualTo("100");
		assertThat(maxLength(clientForm, "postalCode")).isEqualTo("20");
		assertThat(maxLength(clientForm, "notes")).isEqualTo("4000");

		String clientId = body(postJson("/api/v1/clients", admin, client("Northwind"))).get("id").asString();
		String contactForm = html(getPage("/clients/" + clientId + "/contacts/new", admin));
		assertThat(maxLength(contactForm, "name")).isEqualTo("200");
		assertThat(maxLength(contactForm, "title")).isEqualTo("200");
	}

	@Test
	void aFormThatIsNotTheRequestItselfTakesTheLimitsOfTheRequestItIsCheckedAs() {
		Account admin = signUp();
		String msaForm = html(getPage("/msas/new", admin));
		assertThat(maxLength(msaForm, "title")).isNotNull();
		assertThat(maxLength(msaForm, "notes")).isNotNull();
	}

	private String html(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return text(result);
	}

	/** The maxlength of the input or text area named {@code name}, or null. */
	private static String maxLength(String html, String name) {
		Matcher field = Pattern.compile("<(input|textarea)\\b[^>]*\\bname=\"" + Pattern.quote(name) + "\"[^>]*>")
			.matcher(html);
		assertThat(field.find()).as("a field named " + name).isTrue();
		Matcher max = Pattern.compile("\\bmaxlength=\"(\\d+)\"").matcher(field.group());
		return max.find() ? max.group(1) : null;
	}

}
