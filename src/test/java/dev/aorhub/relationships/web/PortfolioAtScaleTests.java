package dev.aorhub.relationships.web;

import java.util.List;
import java.util.UUID;

import dev.aorhub.relationships.RosterDataGenerator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portfolio, renewal, roster and team pages serve a large agency (2,000 clients and
 * 5,000 designations) with every filter and sort, and the API's totals match the data.
 * How fast they are is measured by the benchmark (bench/run), not asserted here.
 */
class PortfolioAtScaleTests extends RelationshipsApiTestSupport {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void listPagesServe2000ClientsAnd5000DesignationsWithEveryFilterAndSort() {
		Account admin = signUp();
		var generated = new RosterDataGenerator(this.jdbc).generate(admin.workspaceId(), 2000, 5000, 42);
		assertThat(generated.designationIds()).hasSize(5000);
		long ours = this.jdbc.queryForObject(
				"SELECT count(*) FROM designation WHERE workspace_id = ? AND agency_name IS NULL", Long.class,
				admin.workspaceId());
		UUID someClient = generated.clientIds().get(7);

		for (String path : List.of("/portfolio?page=20", "/portfolio?sort=renewal,asc&q=client%2000",
				"/portfolio?agency=ALL&sort=lead,desc&page=3", "/renewals", "/renewals?page=5",
				"/clients/" + someClient + "/roster", "/team")) {
			MvcTestResult result = getPage(path, admin);
			assertThat(result).as(path).hasStatus(200);
		}
		assertThat(get("/api/v1/designations?ours=true&size=500&sort=annualValue,desc", admin)).hasStatus(200);
		assertThat(body(get("/api/v1/designations?ours=true&size=1", admin)).get("total").asLong()).isEqualTo(ours);
	}

}
