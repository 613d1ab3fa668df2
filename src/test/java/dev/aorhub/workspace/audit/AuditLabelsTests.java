package dev.aorhub.workspace.audit;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditLabelsTests {

	private static final UUID ADA = UUID.fromString("01900000-0000-7000-8000-000000000001");

	private static final UUID OTHER = UUID.fromString("01900000-0000-7000-8000-000000000002");

	@Test
	void knownFieldsHaveTheirOwnLabel() {
		assertThat(AuditLabels.field("paymentTermsDays")).isEqualTo("Payment terms (days)");
		assertThat(AuditLabels.field("annualValue.amount")).isEqualTo("Annual value");
		assertThat(AuditLabels.field("accountLeadId")).isEqualTo("Account lead");
		assertThat(AuditLabels.field("email")).isEqualTo("E-mail");
	}

	@Test
	void otherFieldsAreSplitAtTheirCapitals() {
		assertThat(AuditLabels.field("legalName")).isEqualTo("Legal name");
		assertThat(AuditLabels.field("startDate")).isEqualTo("Start date");
		assertThat(AuditLabels.field("fees[1].percent")).isEqualTo("Fees 2 percent");
	}

	@Test
	void actionsAndRecordTypesReadAsWords() {
		assertThat(AuditLabels.action("UPDATED")).isEqualTo("Changed");
		assertThat(AuditLabels.action("INTERNALLY_APPROVED")).isEqualTo("Internally approved");
		assertThat(AuditLabels.entityType("TeamAssignment")).isEqualTo("Team assignment");
		assertThat(AuditLabels.entityType("SOW")).isEqualTo("SOW");
	}

	@Test
	void codesReadAsWordsButCurrenciesStayCodes() {
		assertThat(AuditLabels.value("status", "INTERNALLY_APPROVED", Map.of())).isEqualTo("Internally approved");
		assertThat(AuditLabels.value("kind", "OURS", Map.of())).isEqualTo("Ours");
		assertThat(AuditLabels.value("currency", "USD", Map.of())).isEqualTo("USD");
		assertThat(AuditLabels.value("baseCurrency", "EUR", Map.of())).isEqualTo("EUR");
		assertThat(AuditLabels.value("roles", "ADMIN, NEW_BUSINESS", Map.of())).isEqualTo("Admin, New business");
	}

	@Test
	void moneyDatesAndYesNoAreFormatted() {
		assertThat(AuditLabels.value("annualValue", "120000.00 USD", Map.of())).isEqualTo("USD 120,000.00");
		assertThat(AuditLabels.value("budgetChange", "-1500 EUR", Map.of())).isEqualTo("EUR -1,500.00");
		assertThat(AuditLabels.value("endDate", "2028-12-31", Map.of())).isEqualTo("31 Dec 2028");
		assertThat(AuditLabels.value("deliverables", "Launch plan (2027-03-01) done", Map.of()))
			.isEqualTo("Launch plan (1 Mar 2027) done");
		assertThat(AuditLabels.value("autoRenew", "true", Map.of())).isEqualTo("Yes");
		assertThat(AuditLabels.value("archived", "false", Map.of())).isEqualTo("No");
		assertThat(AuditLabels.value("paymentTermsDays", "45", Map.of())).isEqualTo("45");
		assertThat(AuditLabels.value("notes", null, Map.of())).isEqualTo("(empty)");
	}

	@Test
	void recordTextReadsAsLabelsAndFormattedValues() {
		assertThat(AuditLabels.value("fees",
				"Fixed[milestones=[Milestone[name=Concepts, amount=25000.00 USD, dueDate=2027-02-02]]]", Map.of()))
			.isEqualTo("Fixed (milestones: (Milestone (name: Concepts, amount: USD 25,000.00, due date: 2 Feb 2027)))");
		assertThat(AuditLabels.value("rates", "STRATEGY 150.00, CREATIVE 120.00", Map.of()))
			.isEqualTo("STRATEGY 150.00, CREATIVE 120.00");
	}

	@Test
	void idsAreNamedAndNeverShownRaw() {
		Map<UUID, String> names = Map.of(ADA, "Ada Lovelace");
		assertThat(AuditLabels.value("accountLeadId", ADA.toString(), names)).isEqualTo("Ada Lovelace");
		assertThat(AuditLabels.value("categoryId", OTHER.toString(), names)).isEqualTo("a linked record");
		assertThat(AuditLabels.value("designationIds", ADA + ", " + OTHER, names))
			.isEqualTo("Ada Lovelace, a linked record");
	}

	@Test
	void summariesShowTheirDatesInTheWorkspaceFormat() {
		assertThat(AuditLabels.dates("Set the EUR exchange rate from 2026-01-01"))
			.isEqualTo("Set the EUR exchange rate from 1 Jan 2026");
	}

}
