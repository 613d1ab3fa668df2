package dev.aorhub.clients;

import java.util.List;
import java.util.UUID;

import dev.aorhub.clients.application.ClientService;
import dev.aorhub.clients.application.ClientRequest;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.SignedInAdmin;
import dev.aorhub.workspace.application.SignupService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clients module on its own with the modules it depends on: what it tells others.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "shared")
class ClientsModuleTests {

	@Autowired
	SignupService signups;

	@Autowired
	ClientService clients;

	CurrentUser admin;

	@BeforeEach
	void signUp() {
		this.admin = SignedInAdmin.signUp(this.signups);
	}

	@AfterEach
	void signOut() {
		SignedInAdmin.signOut();
	}

	@Test
	void archivingAClientPublishesClientArchived(Scenario scenario) {
		UUID client = this.clients
			.create(this.admin,
					new ClientRequest("Summit Springs", null, null, null, null, null, null, null, null, null, null,
							null),
					List.of())
			.getId();

		scenario.stimulate(() -> this.clients.archive(this.admin, client))
			.andWaitForEventOfType(ClientArchived.class)
			.matching((event) -> event.clientId().equals(client))
			.toArriveAndVerify((event) -> {
				assertThat(event.workspaceId()).isEqualTo(this.admin.workspaceId());
				assertThat(event.name()).isEqualTo("Summit Springs");
				assertThat(event.auditEntry().action()).isEqualTo("ARCHIVED");
			});
	}

}
