package dev.aorhub.clients.importing;

import java.util.Map;

import dev.aorhub.clients.ClientStatus;
import dev.aorhub.clients.ContactLevel;
import dev.aorhub.clients.importing.ClientRows.ClientDraft;
import dev.aorhub.clients.importing.ClientRows.ContactDraft;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientRowsTests {

	private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	private static ClientDraft client(Map<String, String> values) {
		return ClientRows.client(new MappedRow(7, values), VALIDATOR);
	}

	private static ContactDraft contact(Map<String, String> values) {
		return ClientRows.contact(new MappedRow(9, values), VALIDATOR);
	}

	@Test
	void aClientRowBecomesDetailsWithItsLine() {
		ClientDraft draft = client(Map.of("name", "Volta Motors", "status", "prospect", "paymentTermsDays", "Net 60",
				"tags", "EV; global, EV", "billingAddress.city", "Detroit", "competitors", "Ampere Auto; Other"));

		assertThat(draft.line()).isEqualTo(7);
		assertThat(draft.problems()).isEmpty();
		assertThat(draft.details().status()).isEqualTo(ClientStatus.PROSPECT);
		assertThat(draft.details().paymentTermsDays()).isEqualTo(60);
		assertThat(draft.details().normalisedTags()).containsExactly("EV", "global");
		assertThat(draft.details().address().city()).isEqualTo("Detroit");
		assertThat(draft.competitorNames()).containsExactly("Ampere Auto", "Other");
	}

	@Test
	void paymentTermsAcceptSpreadsheetNumbersAndDaysButNotFractions() {
		assertThat(client(Map.of("name", "A", "paymentTermsDays", "45.0")).details().paymentTermsDays()).isEqualTo(45);
		assertThat(client(Map.of("name", "A", "paymentTermsDays", "30 days")).details().paymentTermsDays())
			.isEqualTo(30);
		assertThat(client(Map.of("name", "A", "paymentTermsDays", "30.5")).problems())
			.containsExactly("Payment terms (days) must be a whole number of days (not '30.5')");
		assertThat(client(Map.of("name", "A", "paymentTermsDays", "400")).problems())
			.containsExactly("Payment terms (days) must be between 0 and 365");
	}

	@Test
	void problemsNameTheFieldAsThePersonImportingKnowsIt() {
		ClientDraft draft = client(Map.of("website", "nope", "currency", "EURO", "status", "Dormant",
				"billingAddress.postalCode", "x".repeat(30)));

		assertThat(draft.problems()).containsExactlyInAnyOrder("Name is required",
				"Website must be a web address such as https://acme.com",
				"Currency must be an ISO 4217 currency code such as USD",
				"Status must be PROSPECT, ACTIVE or FORMER (not 'Dormant')",
				"Postal code must be at most 20 characters");
	}

	@Test
	void aContactRowJoinsFirstAndLastNameAndReadsYesAndNo() {
		ContactDraft draft = contact(Map.of("client", "Summit Springs", "firstName", "Jennifer", "lastName", "Wu",
				"level", "Senior", "primary", "Yes", "active", "0", "reportsTo", "michael@summit.example"));

		assertThat(draft.problems()).isEmpty();
		assertThat(draft.clientName()).isEqualTo("Summit Springs");
		assertThat(draft.details().name()).isEqualTo("Jennifer Wu");
		assertThat(draft.details().level()).isEqualTo(ContactLevel.SENIOR);
		assertThat(draft.details().primary()).isTrue();
		assertThat(draft.details().active()).isFalse();
		assertThat(draft.reportsTo()).isEqualTo("michael@summit.example");
	}

	@Test
	void aBlankPrimaryIsNoAndABlankActiveIsYes() {
		ContactDraft draft = contact(Map.of("client", "C", "name", "N", "level", "working"));

		assertThat(draft.details().primary()).isFalse();
		assertThat(draft.details().active()).isTrue();
	}

	@Test
	void aContactRowReportsEachProblemOnce() {
		ContactDraft draft = contact(Map.of("email", "not-an-email", "primary", "maybe"));

		assertThat(draft.problems()).containsExactlyInAnyOrder(
				"Level is required: EXECUTIVE, SENIOR, MANAGER or WORKING", "Primary must be yes or no (not 'maybe')",
				"Client is required", "Name is required", "E-mail must be a valid e-mail address");
	}

	@Test
	void anUnknownLevelSaysWhichOnesThereAre() {
		assertThat(contact(Map.of("client", "C", "name", "N", "level", "Boss")).problems())
			.containsExactly("Level must be EXECUTIVE, SENIOR, MANAGER or WORKING (not 'Boss')");
	}

}
