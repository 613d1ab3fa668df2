package dev.aorhub.workspace;

import java.util.UUID;

import dev.aorhub.workspace.application.SignupService;
import dev.aorhub.workspace.application.SignupService.Signup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workspace module on its own: what it publishes for the other modules and the audit
 * trail.
 */
@ApplicationModuleTest
class WorkspaceModuleTests {

	@Autowired
	private SignupService signups;

	@Test
	void signingUpPublishesWorkspaceCreatedWithTheFirstAdminAsItsMaker(Scenario scenario) {
		String email = "founder-" + UUID.randomUUID() + "@example.test";

		scenario
			.stimulate(() -> this.signups.signUp(new Signup("Northwind Agency", email, "Fay Founder",
					"Blue-Harbour-Lantern-42", "EUR", "Europe/Berlin"), "10.200.0.1"))
			.andWaitForEventOfType(WorkspaceCreated.class)
			.matching((event) -> event.admin().email().equals(email))
			.toArriveAndVerify((event, signedUp) -> {
				assertThat(event.workspaceId()).isEqualTo(signedUp.workspaceId());
				assertThat(event.actor().userId()).isEqualTo(signedUp.userId());
				assertThat(event.auditEntry().summary()).isEqualTo("Created workspace Northwind Agency");
				assertThat(event.auditEntry().changes().get("baseCurrency").to()).isEqualTo("EUR");
			});
	}

	@Test
	void changesWithoutAnEventOfTheirOwnAreAnnouncedForTheAuditLog(Scenario scenario) {
		String email = "founder-" + UUID.randomUUID() + "@example.test";

		scenario
			.stimulate(() -> this.signups.signUp(
					new Signup("Southwind Agency", email, "Sam Founder", "Blue-Harbour-Lantern-42", null, null),
					"10.200.0.2"))
			.andWaitForEventOfType(AuditedChange.class)
			.matching((event) -> "User".equals(event.auditEntry().entityType()))
			.toArriveAndVerify((event, signedUp) -> {
				assertThat(event.auditEntry().entityId()).isEqualTo(signedUp.userId());
				assertThat(event.auditEntry().summary()).isEqualTo("Created user Sam Founder");
				assertThat(event.actor().userId()).isEqualTo(signedUp.userId());
			});
	}

}
