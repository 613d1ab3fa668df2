package dev.aorhub.contracts.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.ApiTestSupport;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.DemoWorkspaceCreated;
import dev.aorhub.workspace.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class ContractsDemoDataTests extends ApiTestSupport {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void theDemoAgencyHasContractsWithEveryFeeModelAndAlerts() {
		Account admin = signUp("Demo agency");
		for (String name : List.of("Northwind Foods", "Contoso Motors", "Fabrikam Health", "Litware Retail",
				"Tailspin Air", "Adventure Works")) {
			Map<String, Object> client = new java.util.LinkedHashMap<>();
			client.put("name", name);
			client.put("currency", name.startsWith("Contoso") ? "EUR" : "USD");
			client.put("status", "ACTIVE");
			assertThat(postJson("/api/v1/clients", admin, client)).hasStatus(201);
		}
		CurrentUser user = new CurrentUser(admin.userId(), admin.workspaceId(), "Demo agency", admin.email(),
				"Ada Admin", Set.of(Role.ADMIN, Role.ACCOUNT), null);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
				List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_ACCOUNT"))));
		SecurityContextHolder.setContext(context);
		try {
			this.transaction.executeWithoutResult((status) -> this.events
				.publishEvent(new DemoWorkspaceCreated(user, Map.of(admin.email(), admin.userId()))));
		}
		finally {
			SecurityContextHolder.clearContext();
		}

		JsonNode cards = body(get("/api/v1/rate-cards", admin));
		assertThat(cards.get("total").asInt()).isEqualTo(3);
		assertThat(body(get("/api/v1/msas?size=100", admin)).get("total").asInt()).isGreaterThanOrEqualTo(5);
		JsonNode sows = body(get("/api/v1/sows?size=100", admin)).get("items");
		Set<String> feeTypes = new HashSet<>();
		Set<String> metrics = new HashSet<>();
		Set<String> changeStatuses = new HashSet<>();
		boolean hybrid = false;
		for (JsonNode item : sows) {
			JsonNode sow = body(get("/api/v1/sows/" + item.get("id").asString(), admin));
			sow.get("fees").forEach((fee) -> {
				feeTypes.add(fee.get("type").asString());
				if (fee.has("metric")) {
					metrics.add(fee.get("metric").asString());
				}
			});
			hybrid |= sow.get("fees").size() > 1;
			body(get("/api/v1/sows/" + item.get("id").asString() + "/change-orders", admin))
				.forEach((order) -> changeStatuses.add(order.get("status").asString()));
		}
		assertThat(feeTypes).containsExactlyInAnyOrder("RETAINER", "TIME_AND_MATERIALS", "FIXED", "COMMISSION",
				"PERFORMANCE");
		assertThat(metrics).contains("LEAD", "REVENUE", "ACQUISITION");
		assertThat(hybrid).isTrue();
		assertThat(changeStatuses).containsExactlyInAnyOrder("APPROVED", "PROPOSED", "REJECTED");
		JsonNode alerts = body(get("/api/v1/contracts/alerts", admin));
		assertThat(alerts.get("sowsEnding").size()).isEqualTo(1);
		assertThat(alerts.get("msasExpiring").size()).isEqualTo(1);
		MvcTestResult statuses = get("/api/v1/sows?status=ACTIVE", admin);
		assertThat(body(statuses).get("total").asInt()).isGreaterThan(2);
	}

}
