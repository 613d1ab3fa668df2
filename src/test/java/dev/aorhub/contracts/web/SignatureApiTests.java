package dev.aorhub.contracts.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.shared.time.WorkspaceClock;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's signatures: of an MSA ({@code /sign}), of a SOW ({@code /approve}) and of
 * a change order ({@code .../approve}) record the date (today by default, never later)
 * and the signatory, one of the client's contacts.
 */
class SignatureApiTests extends ContractsApiTestSupport {

	@Autowired
	private WorkspaceClock clock;

	@Test
	void signingAnMsaWithNoBodyRecordsTodayAndNoSignatory() {
		Account admin = signUp();
		UUID msaId = createMsa(admin, msa(createClient(admin, "Unnamed Signer")));

		MvcTestResult signed = postWithoutBody("/api/v1/msas/" + msaId + "/sign", admin);

		assertThat(signed).as(text(signed)).hasStatus(200);
		JsonNode msa = body(signed);
		assertThat(msa.get("status").asString()).isEqualTo("SIGNED");
		assertThat(msa.get("signedOn").asString()).isEqualTo(today(admin).toString());
		assertThat(msa.get("signatoryContactId").isNull()).isTrue();
		assertThat(msa.get("signatoryName").isNull()).isTrue();
	}

	@Test
	void signingAnMsaRecordsTheContactAndDateAndTheAuditLogNamesThem() {
		Account admin = signUp();
		UUID clientId = createClient(admin, "Named Signer");
		UUID carla = createContact(admin, clientId, "Carla Client", "CMO");
		UUID msaId = createMsa(admin, msa(clientId));
		LocalDate lastWeek = today(admin).minusDays(7);

		MvcTestResult signed = postJson("/api/v1/msas/" + msaId + "/sign", admin,
				Map.of("signedOn", lastWeek.toString(), "signatoryContactId", carla));

		assertThat(signed).as(text(signed)).hasStatus(200);
		assertThat(body(signed).get("signedOn").asString()).isEqualTo(lastWeek.toString());
		assertThat(body(signed).get("signatoryContactId").asString()).isEqualTo(carla.toString());
		assertThat(body(signed).get("signatoryName").asString()).isEqualTo("Carla Client");
		assertThat(body(get("/api/v1/msas/" + msaId, admin)).get("signatoryName").asString()).isEqualTo("Carla Client");
		JsonNode history = body(get("/api/v1/audit?entityId=" + msaId + "&sort=occurredAt,asc", admin));
		assertThat(history.get("items").values()).extracting((event) -> event.get("summary").asString())
			.anySatisfy((summary) -> assertThat(summary).contains("Signed MSA")
				.contains("by Carla Client on " + lastWeek.getDayOfMonth()));
	}

	@Test
	void aContactOfAnotherClientOrWorkspaceOrADayToComeIs422OnItsField() {
		Account admin = signUp();
		UUID clientId = createClient(admin, "Careful Signer");
		UUID otherClients = createContact(admin, createClient(admin, "Other Client"), "Olga Other", "CEO");
		Account stranger = signUp();
		UUID strangers = createContact(stranger, createClient(stranger, "Stranger Client"), "Sam Stranger", "CFO");
		UUID msaId = createMsa(admin, msa(clientId));
		String path = "/api/v1/msas/" + msaId + "/sign";

		assertThat(problemFields(postJson(path, admin, Map.of("signatoryContactId", otherClients))))
			.containsExactly("signatoryContactId");
		assertThat(problemFields(postJson(path, admin, Map.of("signatoryContactId", strangers))))
			.containsExactly("signatoryContactId");
		assertThat(problemFields(postJson(path, admin, Map.of("signedOn", today(admin).plusDays(1).toString()))))
			.containsExactly("signedOn");
		assertThat(problemFields(postJson(path, admin, Map.of("signedOn", "yesterday")))).containsExactly("signedOn");
		// Nothing was half-written: the MSA is still unsigned.
		JsonNode msa = body(get("/api/v1/msas/" + msaId, admin));
		assertThat(msa.get("status").asString()).isEqualTo("DRAFT");
		assertThat(msa.get("signedOn").isNull()).isTrue();
	}

	@Test
	void aSowApprovalWithNoBodyIsSignedTodayAndAContactFillsTheApproverName() {
		Account admin = signUp();
		UUID clientId = createClient(admin, "Approving Client");
		UUID dana = createContact(admin, clientId, "Dana Rivers", "VP Marketing");
		UUID msaId = createMsa(admin, msa(clientId));
		UUID plain = sentSow(admin, msaId);
		UUID named = sentSow(admin, msaId);

		MvcTestResult approved = postWithoutBody("/api/v1/sows/" + plain + "/approve", admin);
		assertThat(approved).as(text(approved)).hasStatus(200);
		assertThat(body(approved).get("signedOn").asString()).isEqualTo(today(admin).toString());
		assertThat(body(approved).get("signatoryName").isNull()).isTrue();

		LocalDate monday = today(admin).minusDays(2);
		MvcTestResult signed = postJson("/api/v1/sows/" + named + "/approve", admin,
				Map.of("signatoryContactId", dana, "signedOn", monday.toString(), "comment", "Signed on paper"));
		assertThat(signed).as(text(signed)).hasStatus(200);
		assertThat(body(signed).get("status").asString()).isEqualTo("APPROVED");
		assertThat(body(signed).get("signedOn").asString()).isEqualTo(monday.toString());
		assertThat(body(signed).get("signatoryContactId").asString()).isEqualTo(dana.toString());
		assertThat(body(signed).get("signatoryName").asString()).isEqualTo("Dana Rivers");
		JsonNode steps = body(get("/api/v1/sows/" + named + "/approvals", admin));
		assertThat(steps.values()).extracting((step) -> step.get("approverName").asString()).contains("Dana Rivers");

		UUID foreign = createContact(admin, createClient(admin, "Not This One"), "Nora Else", "CMO");
		UUID third = sentSow(admin, msaId);
		assertThat(problemFields(
				postJson("/api/v1/sows/" + third + "/approve", admin, Map.of("signatoryContactId", foreign))))
			.containsExactly("signatoryContactId");
		assertThat(body(get("/api/v1/sows/" + third, admin)).get("status").asString()).isEqualTo("SENT");
	}

	@Test
	void aChangeOrderApprovalRecordsTheContactAndTheDateItWasApprovedOn() {
		Account admin = signUp();
		UUID clientId = createClient(admin, "Changing Client");
		UUID carla = createContact(admin, clientId, "Carla Client", "CMO");
		UUID sowId = approvedSow(admin, createMsa(admin, msa(clientId)));
		String orders = "/api/v1/sows/" + sowId + "/change-orders";
		UUID first = id(postJson(orders, admin, Map.of("description", "More video", "budgetChange", usd("5000.00"))));
		UUID second = id(postJson(orders, admin, Map.of("description", "More social", "budgetChange", usd("1000.00"))));
		LocalDate yesterday = today(admin).minusDays(1);

		assertThat(problemFields(postJson(orders + "/" + first + "/approve", admin,
				Map.of("approvedOn", today(admin).plusDays(3).toString()))))
			.containsExactly("approvedOn");
		MvcTestResult approved = postJson(orders + "/" + first + "/approve", admin,
				Map.of("approvedOn", yesterday.toString(), "signatoryContactId", carla));
		assertThat(approved).as(text(approved)).hasStatus(200);
		assertThat(body(approved).get("status").asString()).isEqualTo("APPROVED");
		assertThat(body(approved).get("approvedOn").asString()).isEqualTo(yesterday.toString());
		assertThat(body(approved).get("signatoryContactId").asString()).isEqualTo(carla.toString());
		assertThat(body(approved).get("approverName").asString()).isEqualTo("Carla Client");

		MvcTestResult plain = postWithoutBody(orders + "/" + second + "/approve", admin);
		assertThat(plain).as(text(plain)).hasStatus(200);
		assertThat(body(plain).get("approvedOn").asString()).isEqualTo(today(admin).toString());

		JsonNode history = body(get("/api/v1/audit?entityId=" + first + "&sort=occurredAt,asc", admin));
		assertThat(history.get("items").values()).extracting((event) -> event.get("summary").asString())
			.anySatisfy((summary) -> assertThat(summary).contains("CO-1 of SOW").contains(" by Carla Client on "));
	}

	private UUID sentSow(Account admin, UUID msaId) {
		UUID sowId = createSow(admin, sow(msaId));
		assertThat(verb("/api/v1/sows/" + sowId + "/internal-approval", admin)).hasStatus(200);
		assertThat(verb("/api/v1/sows/" + sowId + "/send", admin)).hasStatus(200);
		return sowId;
	}

	private LocalDate today(Account account) {
		return this.clock.today(account.workspaceId());
	}

}
