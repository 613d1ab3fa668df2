package dev.aorhub.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.aorhub.clients.ClientStatus;
import dev.aorhub.clients.application.ClientService;
import dev.aorhub.clients.application.ClientRequest;
import dev.aorhub.contracts.application.ApprovalRequest;
import dev.aorhub.contracts.application.ChangeOrderRequest;
import dev.aorhub.contracts.application.FeeRequest;
import dev.aorhub.contracts.application.MsaRequest;
import dev.aorhub.contracts.application.SowRequest;
import dev.aorhub.contracts.application.MsaService;
import dev.aorhub.contracts.application.SowService;
import dev.aorhub.contracts.domain.ChangeOrder;
import dev.aorhub.contracts.domain.FeeInput;
import dev.aorhub.contracts.domain.Msa;
import dev.aorhub.contracts.domain.Sow;
import dev.aorhub.shared.Money;
import dev.aorhub.shared.MoneyInput;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.Role;
import dev.aorhub.workspace.application.SignupService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contracts module on its own (with the modules it depends on): its services publish
 * the events other modules react to, carrying what those need.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class ContractsModuleTests {

	private static final DateTimeFormatter AUDIT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	@Autowired
	SignupService signups;

	@Autowired
	ClientService clients;

	@Autowired
	MsaService msas;

	@Autowired
	SowService sows;

	private CurrentUser admin;

	@BeforeEach
	void signIn() {
		String label = UUID.randomUUID().toString().substring(0, 8);
		this.admin = this.signups
			.create(new SignupService.Signup("Agency " + label, "admin-" + label + "@example.test", "Ada Admin",
					"Blue-Harbour-Lantern-42", "USD", "Europe/London"), EnumSet.of(Role.ADMIN))
			.admin();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(this.admin, null,
				this.admin.roles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList()));
		SecurityContextHolder.setContext(context);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void signingAnMsaPublishesMsaSigned(Scenario scenario) {
		UUID clientId = client("Northwind");
		Msa msa = this.msas.create(this.admin, msa(clientId, MsaStatus.DRAFT), List.of());
		scenario.stimulate(() -> this.msas.changeStatus(this.admin, msa.getId(), MsaStatus.SIGNED))
			.andWaitForEventOfType(MsaSigned.class)
			.matching((event) -> event.msaId().equals(msa.getId()))
			.toArriveAndVerify((event) -> {
				assertThat(event.workspaceId()).isEqualTo(this.admin.workspaceId());
				assertThat(event.clientId()).isEqualTo(clientId);
				assertThat(event.designationIds()).isEmpty();
				assertThat(event.signedOn()).isNotNull();
				assertThat(event.auditEntry().action()).isEqualTo("SIGNED");
				assertThat(event.signatoryName()).isNull();
				assertThat(event.auditEntry().summary())
					.isEqualTo("Signed MSA MSA on " + AUDIT_DATE.format(event.signedOn()) + " (was draft)");
			});
	}

	@Test
	void approvingAChangeOrderPublishesTheBudgetChange(Scenario scenario) {
		UUID clientId = client("Contoso");
		Msa msa = this.msas.create(this.admin, msa(clientId, MsaStatus.SIGNED), List.of());
		Sow sow = this.sows.create(this.admin, sow(msa.getId(), SowStatus.APPROVED), List.of());
		ChangeOrder order = this.sows.proposeChangeOrder(this.admin, sow.getId(),
				new ChangeOrderRequest("More launch work", new MoneyInput("15000", "USD"), 120, null), List.of());
		scenario
			.stimulate(() -> this.sows.approveChangeOrder(this.admin, sow.getId(), order.getId(),
					new ApprovalRequest("Carla Client", "Agreed on the call")))
			.andWaitForEventOfType(ChangeOrderApproved.class)
			.matching((event) -> event.changeOrderId().equals(order.getId()))
			.toArriveAndVerify((event) -> {
				assertThat(event.sowId()).isEqualTo(sow.getId());
				assertThat(event.budgetChange()).isEqualTo(Money.of("15000", "USD"));
				assertThat(event.hoursChange()).isEqualTo(120);
				assertThat(event.currentBudget()).isEqualTo(Money.of("115000", "USD"));
				assertThat(event.signatoryName()).isEqualTo("Carla Client");
				assertThat(event.auditEntry().summary())
					.isEqualTo("Recorded the approval of CO-1 of SOW " + sow.getNumber() + " by Carla Client on "
							+ AUDIT_DATE.format(event.approvedOn()) + ": Agreed on the call");
			});
	}

	@Test
	void activatingASowPublishesItsTermAndCurrency(Scenario scenario) {
		UUID clientId = client("Fabrikam");
		Msa msa = this.msas.create(this.admin, msa(clientId, MsaStatus.SIGNED), List.of());
		Sow sow = this.sows.create(this.admin, sow(msa.getId(), SowStatus.APPROVED), List.of());
		scenario.stimulate(() -> this.sows.changeStatus(this.admin, sow.getId(), SowStatus.ACTIVE, null))
			.andWaitForEventOfType(SowActivated.class)
			.matching((event) -> event.sowId().equals(sow.getId()))
			.toArriveAndVerify((event) -> {
				assertThat(event.msaId()).isEqualTo(msa.getId());
				assertThat(event.clientId()).isEqualTo(clientId);
				assertThat(event.startDate()).isEqualTo(LocalDate.of(2026, 1, 1));
				assertThat(event.endDate()).isEqualTo(LocalDate.of(2026, 12, 31));
				assertThat(event.currency().getCurrencyCode()).isEqualTo("USD");
				assertThat(event.auditEntry().summary())
					.isEqualTo("Activated SOW " + sow.getNumber() + " (was approved)");
			});
	}

	private UUID client(String name) {
		return this.clients
			.create(this.admin,
					new ClientRequest(name, null, null, null, null, "USD", null, ClientStatus.ACTIVE, null, null, null,
							null),
					List.of())
			.getId();
	}

	private static MsaRequest msa(UUID clientId, MsaStatus status) {
		return new MsaRequest(clientId, "MSA", status, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), 30, null,
				new BigDecimal("10"), null, List.of(), List.of(), null, null);
	}

	private static SowRequest sow(UUID msaId, SowStatus status) {
		return new SowRequest(msaId, null, null, "Launch campaign", null, status, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31), new MoneyInput("100000", "USD"), 600,
				List.of(FeeRequest.of(new FeeInput("COMMISSION", null, null, null, null, null, null, null, "15", null,
						null, null, null))),
				List.of(), null);
	}

}
