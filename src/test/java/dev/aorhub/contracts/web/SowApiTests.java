package dev.aorhub.contracts.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

class SowApiTests extends ContractsApiTestSupport {

	@Test
	void createsADraftSowWithANumberAndTheOriginalAsCurrentBudget() {
		Account admin = signUp();
		UUID msaId = createMsa(admin, msa(createClient(admin, "Northwind")));
		JsonNode sow = create("/api/v1/sows", admin, sow(msaId));
		assertThat(sow.get("status").asString()).isEqualTo("DRAFT");
		assertThat(sow.get("number").asString()).matches("SOW-\\d{4}-001");
		assertThat(sow.get("budget").get("amount").asString()).isEqualTo("120000.00");
		assertThat(sow.get("currentBudget").get("amount").asString()).isEqualTo("120000.00");
		assertThat(sow.get("originalBudgetHours").asInt()).isEqualTo(800);
		assertThat(sow.get("currentBudgetHours").asInt()).isEqualTo(800);
		JsonNode second = create("/api/v1/sows", admin, with(sow(msaId), "title", "Second"));
		assertThat(second.get("number").asString()).endsWith("-002");
	}

}
