package dev.aorhub.relationships.demo;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo roster covers what the pages need to show: every kind and status, other
 * agencies, renewals coming due and one person committed above 100%.
 */
class RelationshipsDemoDataTests extends ApiTestSupport {

	@Autowired
	private RelationshipsDemoData demo;

	@Autowired
	private TransactionTemplate transaction;

	@Test
	void makesDesignationsOfEveryKindAndStatusWithTeams() {
		Account admin = signUp();
		for (int i = 0; i < 12; i++) {
			assertThat(postJson("/api/v1/clients", admin,
					Map.of("name", "Demo Client " + (char) ('A' + i), "currency", "USD", "status", "ACTIVE")))
				.hasStatus(201);
		}
		Map<String, UUID> staff = new LinkedHashMap<>();
		for (String email : List.of("marcus.lee@brightline.example", "hannah.cole@brightline.example",
				"tom.becker@brightline.example", "sofia.alvarez@brightline.example")) {
			staff.put(email, createUser(admin, "ACCOUNT").userId());
		}
		CurrentUser actor = new CurrentUser(admin.userId(), admin.workspaceId(), "Demo", admin.email(), "Ada Admin",
				EnumSet.of(Role.ADMIN, Role.ACCOUNT), null);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null,
				List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_ACCOUNT"))));
		SecurityContextHolder.setContext(context);
		try {
			this.transaction.executeWithoutResult((status) -> this.demo.on(new DemoWorkspaceCreated(actor, staff)));
		}
		finally {
			SecurityContextHolder.clearContext();
		}

		JsonNode all = body(get("/api/v1/designations?size=500", admin));
		assertThat(all.get("total").asLong()).isGreaterThanOrEqualTo(30);
		Set<String> statuses = new HashSet<>();
		Set<String> kinds = new HashSet<>();
		Set<String> agencies = new HashSet<>();
		all.get("items").forEach((d) -> {
			statuses.add(d.get("status").asString());
			kinds.add(d.get("kind").asString());
			if (!d.get("agencyName").isNull()) {
				agencies.add(d.get("agencyName").asString());
			}
		});
		assertThat(statuses).containsExactlyInAnyOrder("PITCHING", "ACTIVE", "UNDER_REVIEW", "ENDED", "LOST");
		assertThat(kinds).containsExactlyInAnyOrder("EXCLUSIVE", "PREFERRED", "PROJECT");
		assertThat(agencies).hasSizeGreaterThanOrEqualTo(3);

		JsonNode dueSoon = body(get("/api/v1/designations?ours=true&status=ACTIVE&sort=endDate,asc&size=3", admin));
		dueSoon.get("items")
			.forEach((d) -> assertThat(java.time.LocalDate.parse(d.get("endDate").asString()))
				.isBefore(java.time.LocalDate.now().plusDays(90)));

		JsonNode allocations = body(get("/api/v1/team-allocations", admin));
		assertThat(allocations.at("/items/0/userId").asString())
			.isEqualTo(staff.get("marcus.lee@brightline.example").toString());
		assertThat(allocations.at("/items/0/overAllocated").asBoolean()).isTrue();
	}

}
