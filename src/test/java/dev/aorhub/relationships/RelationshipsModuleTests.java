package dev.aorhub.relationships;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.aorhub.clients.ClientArchived;
import dev.aorhub.clients.ClientRestored;
import dev.aorhub.clients.application.ClientService;
import dev.aorhub.clients.application.ClientRequest;
import dev.aorhub.relationships.application.DesignationRequest;
import dev.aorhub.relationships.application.DesignationService;
import dev.aorhub.relationships.application.ServiceCategoryService;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.SignedInAdmin;
import dev.aorhub.workspace.application.SignupService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relationships module on its own with the modules it depends on: the events its
 * designations publish, and how it keeps up with the clients module's.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "shared")
class RelationshipsModuleTests {

	@Autowired
	SignupService signups;

	@Autowired
	ClientService clients;

	@Autowired
	ServiceCategoryService categories;

	@Autowired
	DesignationService designations;

	@Autowired
	JdbcClient jdbc;

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
	void activatingAPitchPublishesDesignationActivated(Scenario scenario) {
		UUID client = client("Orbit Games");
		UUID pitch = designation(client, "PITCHING");

		scenario.stimulate(() -> this.designations.changeStatus(this.admin, pitch, DesignationStatus.ACTIVE))
			.andWaitForEventOfType(DesignationActivated.class)
			.matching((event) -> event.designationId().equals(pitch))
			.toArriveAndVerify((event) -> {
				assertThat(event.workspaceId()).isEqualTo(this.admin.workspaceId());
				assertThat(event.clientId()).isEqualTo(client);
				assertThat(event.previousStatus()).isEqualTo(DesignationStatus.PITCHING);
				assertThat(event.auditEntry().summary())
					.isEqualTo("Activated designation Creative at Orbit Games (Global, ours) (was pitching)");
			});
	}

	@Test
	void endingADesignationPublishesDesignationEnded(Scenario scenario) {
		UUID client = client("Nova Telecom");
		UUID active = designation(client, "ACTIVE");

		scenario.stimulate(() -> this.designations.changeStatus(this.admin, active, DesignationStatus.ENDED))
			.andWaitForEventOfType(DesignationEnded.class)
			.matching((event) -> event.designationId().equals(active))
			.toArriveAndVerify((event) -> {
				assertThat(event.categoryId()).isEqualTo(creative());
				assertThat(event.previousStatus()).isEqualTo(DesignationStatus.ACTIVE);
				assertThat(event.auditEntry().action()).isEqualTo("ENDED");
			});
	}

	@Test
	void anArchivedClientsDesignationsLeaveTheRosterAndComeBackWhenItIsRestored(Scenario scenario) {
		UUID client = client("Granite Co");
		designation(client, "ACTIVE");
		UUID workspace = this.admin.workspaceId();

		scenario.publish(new ClientArchived(workspace, client, "Granite Co"))
			.andWaitForStateChange(() -> clientArchived(client), (archived) -> !archived.contains(false))
			.andVerify((archived) -> assertThat(archived).containsOnly(true));
		scenario.publish(new ClientRestored(workspace, client, "Granite Co"))
			.andWaitForStateChange(() -> clientArchived(client), (archived) -> archived.stream().noneMatch((a) -> a))
			.andVerify((archived) -> assertThat(archived).containsOnly(false));
	}

	private List<Boolean> clientArchived(UUID client) {
		return this.jdbc
			.sql("SELECT client_archived FROM designation WHERE workspace_id = :workspace AND client_id = :client")
			.param("workspace", this.admin.workspaceId())
			.param("client", client)
			.query(Boolean.class)
			.list();
	}

	private UUID client(String name) {
		return this.clients.create(this.admin,
				new ClientRequest(name, null, null, null, null, null, null, null, null, null, null, null), List.of())
			.getId();
	}

	private UUID creative() {
		return this.categories.active(this.admin.workspaceId())
			.stream()
			.filter((category) -> category.getName().equals("Creative"))
			.findFirst()
			.orElseThrow()
			.getId();
	}

	private UUID designation(UUID client, String status) {
		return this.designations
			.create(this.admin,
					new DesignationRequest(client, creative(), null, DesignationKind.EXCLUSIVE,
							DesignationStatus.valueOf(status), null, null, LocalDate.of(2026, 1, 1), null, null, null,
							null, null, null),
					List.of())
			.designation()
			.getId();
	}

}
