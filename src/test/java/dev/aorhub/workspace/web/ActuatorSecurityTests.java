package dev.aorhub.workspace.web;

import dev.aorhub.ApiTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Metrics cover every workspace: they are the operator's, not a workspace admin's; health
 * stays open for probes.
 */
class ActuatorSecurityTests extends ApiTestSupport {

	@Test
	void healthAndInfoNeedNoToken() {
		assertThat(this.mvc.get().uri("/actuator/health").exchange()).hasStatus(200);
		assertThat(this.mvc.get().uri("/actuator/health/liveness").exchange()).hasStatus(200);
		assertThat(this.mvc.get().uri("/actuator/info").exchange()).hasStatus(200);
	}

	@Test
	void aWorkspaceAdminIsRefusedTheMetrics() {
		Account admin = signUp();

		for (String path : new String[] { "/actuator/metrics", "/actuator/metrics/jvm.memory.used",
				"/actuator/prometheus" }) {
			MvcTestResult refused = get(path, admin);
			assertThat(refused).as(path).hasStatus(403);
			assertThat(problemType(refused)).isEqualTo("forbidden");
		}
	}

	@Test
	void withoutATokenTheMetricsAnswer401() {
		assertThat(this.mvc.get().uri("/actuator/metrics").exchange()).hasStatus(401);
		assertThat(this.mvc.get().uri("/actuator/prometheus").exchange()).hasStatus(401);
		MvcTestResult wrong = this.mvc.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + OPERATOR_TOKEN + "x")
			.exchange();
		assertThat(wrong).hasStatus(401);
	}

	@Test
	void theOperatorsTokenReadsTheMetricsAndThePrometheusScrape() {
		MvcTestResult metrics = this.mvc.get()
			.uri("/actuator/metrics")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + OPERATOR_TOKEN)
			.exchange();
		assertThat(metrics).hasStatus(200);
		assertThat(text(metrics)).contains("jvm.memory.used");

		MvcTestResult scrape = this.mvc.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + OPERATOR_TOKEN)
			.exchange();
		assertThat(scrape).hasStatus(200);
		assertThat(text(scrape)).contains("jvm_memory_used_bytes");
	}

	@Test
	void theOperatorSeesHowManyStatementsARequestRan() {
		Account admin = signUp();
		get("/api/v1/me", admin); // a token's first use records when it was last used
		double before = statementsSoFar();

		assertThat(get("/api/v1/me", admin)).hasStatus(200);

		// The token lookup; reading the metric itself runs none.
		assertThat(statementsSoFar() - before).isEqualTo(1.0);
	}

	private double statementsSoFar() {
		MvcTestResult metric = this.mvc.get()
			.uri("/actuator/metrics/aorhub.sql.statements")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + OPERATOR_TOKEN)
			.exchange();
		assertThat(metric).hasStatus(200);
		return Double.parseDouble(text(metric).replaceAll(".*\"value\":([0-9.E]+).*", "$1"));
	}

	@Test
	void theOperatorsTokenIsNoApiToken() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/me")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + OPERATOR_TOKEN)
			.exchange();
		assertThat(result).hasStatus(401);
	}

}
