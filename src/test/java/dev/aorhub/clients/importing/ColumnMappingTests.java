package dev.aorhub.clients.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.aorhub.shared.FieldProblem;
import dev.aorhub.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ColumnMappingTests {

	@Test
	void theExportsOwnHeadersMapToTheirFields() {
		ColumnMapping mapping = ColumnMapping.suggest(ImportKind.CLIENTS, List.of("Name", "Legal name", "Industry",
				"Website", "Currency", "Payment terms (days)", "Status", "Tags", "Contacts"));

		assertThat(mapping.fieldByHeader()).containsExactly(Map.entry("Name", "name"),
				Map.entry("Legal name", "legalName"), Map.entry("Industry", "industry"),
				Map.entry("Website", "website"), Map.entry("Currency", "currency"),
				Map.entry("Payment terms (days)", "paymentTermsDays"), Map.entry("Status", "status"),
				Map.entry("Tags", "tags"));
	}

	@Test
	void usualSynonymsMatchIgnoringCaseSpacesAndPunctuation() {
		ColumnMapping mapping = ColumnMapping.suggest(ImportKind.CONTACTS,
				List.of("COMPANY", "Full Name", "E-Mail Address", "Job title", "Seniority", "ZIP", "Manager"));

		assertThat(mapping.fieldByHeader()).containsEntry("COMPANY", "client")
			.containsEntry("Full Name", "name")
			.containsEntry("E-Mail Address", "email")
			.containsEntry("Job title", "title")
			.containsEntry("Seniority", "level")
			.containsEntry("Manager", "reportsTo")
			.doesNotContainKey("ZIP");
	}

	@Test
	void aFieldIsGuessedForOneColumnOnly() {
		ColumnMapping mapping = ColumnMapping.suggest(ImportKind.CLIENTS, List.of("Client", "Company"));

		assertThat(mapping.fieldByHeader()).containsExactly(Map.entry("Client", "name"));
	}

	@Test
	void aChosenFieldMovesAwayFromTheColumnTheGuessGaveItTo() {
		ColumnMapping mapping = ColumnMapping.of(ImportKind.CLIENTS, List.of("Name", "Company"),
				Map.of("Company", "name"));

		assertThat(mapping.fieldByHeader()).containsExactly(Map.entry("Company", "name"));
	}

	@Test
	void aColumnChosenForNothingIsIgnoredAndHeadersMatchWhateverTheirCase() {
		ColumnMapping mapping = ColumnMapping.of(ImportKind.CLIENTS, List.of("Name", "Notes"), Map.of("notes", ""));

		assertThat(mapping.fieldByHeader()).containsExactly(Map.entry("Name", "name"));
	}

	@Test
	void twoColumnsChosenForOneFieldAreRefused() {
		Map<String, String> chosen = new LinkedHashMap<>();
		chosen.put("A", "name");
		chosen.put("B", "name");

		assertThat(problems(ImportKind.CLIENTS, List.of("A", "B"), chosen))
			.containsExactly("maps both 'A' and 'B' to Name");
	}

	@Test
	void unknownColumnsAndFieldsAreRefusedByName() {
		assertThat(problems(ImportKind.CLIENTS, List.of("Name"), Map.of("Nickname", "name")))
			.containsExactly("names the column 'Nickname', which the file does not have");
		assertThat(problems(ImportKind.CLIENTS, List.of("Name", "Alias"), Map.of("Alias", "alias"))).singleElement()
			.asString()
			.startsWith("maps 'Alias' to 'alias', which is not a field; use one of name, legalName");
	}

	@Test
	void aRequiredFieldMustHaveAColumn() {
		assertThat(problems(ImportKind.CLIENTS, List.of("Industry"), Map.of()))
			.containsExactly("needs a column for Name");
		assertThat(problems(ImportKind.CONTACTS, List.of("E-mail"), Map.of()))
			.containsExactly("needs a column for Client", "needs a column for Name (or First name and Last name)");
	}

	@Test
	void aContactsNameMayComeFromFirstAndLastNameColumns() {
		ColumnMapping mapping = ColumnMapping.of(ImportKind.CONTACTS, List.of("Client", "First name", "Last name"),
				Map.of());

		assertThat(mapping.fieldByHeader()).containsValues("client", "firstName", "lastName");
	}

	@Test
	void appliesToRowsAsFieldToValueLeavingBlankCellsOut() {
		TabularFile file = new TabularFile("f.csv", List.of("Company", "Sector"),
				List.of(new TabularFile.DataRow(2, List.of(" Acme ", "  ")),
						new TabularFile.DataRow(4, List.of("Beta", "Travel"))));
		ColumnMapping mapping = ColumnMapping.of(ImportKind.CLIENTS, file.headers(), Map.of("Company", "name"));

		List<MappedRow> rows = mapping.apply(file);

		assertThat(rows).extracting(MappedRow::line).containsExactly(2, 4);
		assertThat(rows.get(0).values()).containsExactly(Map.entry("name", "Acme"));
		assertThat(rows.get(1).values()).containsOnly(Map.entry("name", "Beta"), Map.entry("industry", "Travel"));
	}

	private static List<String> problems(ImportKind kind, List<String> headers, Map<String, String> chosen) {
		return assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> ColumnMapping.of(kind, headers, chosen))
			.actual()
			.problems()
			.stream()
			.peek((problem) -> assertThat(problem.field()).isEqualTo("mapping"))
			.map(FieldProblem::message)
			.toList();
	}

}
