package dev.aorhub.clients.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.ApiTestSupport;
import dev.aorhub.clients.ClientSummary;
import dev.aorhub.clients.Clients;
import dev.aorhub.clients.ContactSummary;
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
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class ClientDemoDataTests extends ApiTestSupport {

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private Clients clients;

	/**
	 * What the demo seeder does: publishes the event in its transaction, as the admin.
	 */
	private Account seed() {
		Account admin = signUp("Brightline Partners");
		CurrentUser user = new CurrentUser(admin.userId(), admin.workspaceId(), "Brightline Partners", admin.email(),
				"Ada Admin", Set.of(Role.ADMIN, Role.ACCOUNT), null);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.roles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList()));
		SecurityContextHolder.setContext(context);
		try {
			this.transaction.executeWithoutResult((status) -> this.events
				.publishEvent(new DemoWorkspaceCreated(user, Map.of(user.email(), user.userId()))));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		return admin;
	}

	@Test
	void theDemoAgencyHasADozenClientsInVariedIndustriesWithPeopleAtEveryLevel() {
		Account admin = seed();

		List<ClientSummary> clients = this.clients.list(admin.workspaceId(), 100);
		assertThat(clients).hasSizeGreaterThanOrEqualTo(12);
		JsonNode list = body(get("/api/v1/clients?size=100", admin)).get("items");
		assertThat(list.values().stream().map((c) -> c.get("industry").asString()).distinct().count())
			.isGreaterThanOrEqualTo(12);

		List<ContactSummary> contacts = new ArrayList<>();
		for (ClientSummary client : clients) {
			List<ContactSummary> people = this.clients.contacts(admin.workspaceId(), client.id());
			assertThat(people).as("contacts of %s", client.name()).isNotEmpty();
			assertThat(people.stream().filter(ContactSummary::primary)).as("primary contact of %s", client.name())
				.hasSize(1);
			contacts.addAll(people);
		}
		assertThat(contacts).hasSizeGreaterThanOrEqualTo(30);
		assertThat(contacts.stream().map(ContactSummary::level).distinct()).hasSize(4);
		JsonNode managed = body(get("/api/v1/contacts?size=500", admin)).get("items");
		assertThat(managed.values().stream().filter((c) -> !c.get("reportsToId").isNull()).count())
			.isGreaterThanOrEqualTo(20);
	}

	@Test
	void twoBeverageClientsCompeteAndSomeClientsHaveBrands() {
		Account admin = seed();
		UUID summit = idOf(admin, "Summit Springs");
		UUID fizzwell = idOf(admin, "Fizzwell");

		assertThat(this.clients.competitorsOf(admin.workspaceId(), summit)).contains(fizzwell);
		assertThat(this.clients.competitorsOf(admin.workspaceId(), fizzwell)).contains(summit);
		assertThat(body(get("/api/v1/clients/" + summit + "/brands", admin)).get("total").asLong()).isEqualTo(2);
	}

	@Test
	void theDemoDataIsInTheAuditLog() {
		Account admin = seed();

		JsonNode events = body(get("/api/v1/audit?entityType=Client&size=100", admin));
		assertThat(events.get("total").asLong()).isGreaterThanOrEqualTo(12);
	}

	private UUID idOf(Account admin, String name) {
		return this.clients.list(admin.workspaceId(), 100)
			.stream()
			.filter((client) -> client.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
	}

}
