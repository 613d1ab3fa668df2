package dev.aorhub.shared.web;

import java.util.List;

import dev.aorhub.ApiTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every body read as a request record: a JSON array or string where the object belongs is
 * a malformed request (400), and a number too large for its field is a 422 naming it;
 * both answered 500 before.
 */
class TypedBodyApiTests extends ApiTestSupport {

	@Test
	void aBodyThatIsNotAnObjectIsMalformedOnEveryKindOfRecord() {
		Account admin = signUp();
		for (String path : List.of("/api/v1/clients", "/api/v1/designations", "/api/v1/msas", "/api/v1/sows",
				"/api/v1/exchange-rates")) {
			for (String body : List.of("[]", "\"a client\"", "42")) {
				MvcTestResult result = as(admin,
						this.mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(body))
					.exchange();
				assertThat(result).as(path + " " + body).hasStatus(400);
				assertThat(problemType(result)).as(path).isEqualTo("malformed-request");
			}
		}
	}

	@Test
	void aNumberTooLargeForItsFieldIsNamed() {
		Account admin = signUp();
		MvcTestResult result = as(admin,
				this.mvc.post()
					.uri("/api/v1/clients")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"name\": \"Vast Co\", \"currency\": \"USD\", \"paymentTermsDays\": 99999999999999}"))
			.exchange();
		assertThat(result).hasStatus(422);
		assertThat(problemFields(result)).containsExactly("paymentTermsDays");
	}

}
