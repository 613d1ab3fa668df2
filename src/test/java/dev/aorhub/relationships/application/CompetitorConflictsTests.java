package dev.aorhub.relationships.application;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.clients.ClientStatus;
import dev.aorhub.clients.ClientSummary;
import dev.aorhub.clients.Clients;
import dev.aorhub.relationships.DesignationKind;
import dev.aorhub.relationships.DesignationStatus;
import dev.aorhub.relationships.NonCompeteCheck;
import dev.aorhub.relationships.domain.Designation;
import dev.aorhub.relationships.domain.DesignationNames;
import dev.aorhub.relationships.domain.DesignationRepository;
import dev.aorhub.relationships.domain.DesignationTerms;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.time.DateRange;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class CompetitorConflictsTests {

	private static final UUID WORKSPACE = UUID.randomUUID();

	private static final UUID CREATIVE = UUID.randomUUID();

	private final UUID fizz = UUID.randomUUID();

	private final UUID pop = UUID.randomUUID();

	private final Clients clients = mock(Clients.class);

	private final DesignationRepository designations = mock(DesignationRepository.class);

	@Test
	void warnsWhenWeHoldTheCategoryAtACompetitorInAnOverlappingTerm() {
		Designation atFizz = designation(this.fizz, "2025-01-01", "2027-12-31");
		competitors(List.of(atFizz));

		List<Warning> warnings = conflicts(Map.of()).check(designation(this.pop, "2026-06-01", "2028-05-31"),
				"Pop Rival", "Creative");

		assertThat(warnings).containsExactly(
				new Warning("competitor-conflict", "We are AOR for Creative at Fizz Cola, a competitor of Pop Rival"));
	}

	@Test
	void aTermThatEndedBeforeOursStartsIsNoConflict() {
		competitors(List.of(designation(this.fizz, "2022-01-01", "2025-12-31")));

		assertThat(conflicts(Map.of()).check(designation(this.pop, "2026-06-01", null), "Pop Rival", "Creative"))
			.isEmpty();
	}

	@Test
	void withoutCompetitorsThereIsNothingToCheck() {
		when(this.clients.competitorsOf(WORKSPACE, this.pop)).thenReturn(Set.of());

		assertThat(conflicts(Map.of()).check(designation(this.pop, "2026-06-01", null), "Pop Rival", "Creative"))
			.isEmpty();
	}

	@Test
	void aNonCompeteInTheCompetitorsContractRefusesWith409() {
		Designation atFizz = designation(this.fizz, "2025-01-01", "2027-12-31");
		competitors(List.of(atFizz));
		NonCompeteCheck nonCompete = (workspace, competitor, category, from, to) -> competitor.equals(this.fizz)
				&& category.equals(CREATIVE);

		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> conflicts(Map.of("contracts", nonCompete))
				.check(designation(this.pop, "2026-06-01", "2028-05-31"), "Pop Rival", "Creative"))
			.satisfies((ex) -> {
				assertThat(ex.problemType()).isEqualTo("competitor-conflict");
				assertThat(ex.getMessage()).contains("Fizz Cola").contains("non-compete");
				assertThat(ex.properties()).containsEntry("conflictingDesignationId", atFizz.getId())
					.containsEntry("competitorClientId", this.fizz);
			});
	}

	@Test
	void aNonCompeteCheckThatAllowsItLeavesTheWarning() {
		competitors(List.of(designation(this.fizz, "2025-01-01", "2027-12-31")));
		NonCompeteCheck none = (workspace, competitor, category, from, to) -> false;

		assertThat(conflicts(Map.of("contracts", none)).check(designation(this.pop, "2026-06-01", null), "Pop Rival",
				"Creative"))
			.extracting(Warning::code)
			.containsExactly("competitor-conflict");
	}

	private void competitors(List<Designation> held) {
		when(this.clients.competitorsOf(WORKSPACE, this.pop)).thenReturn(Set.of(this.fizz));
		when(this.designations.findOursAtClients(eq(WORKSPACE), anyCollection(), eq(CREATIVE), anyCollection(),
				any(LocalDate.class)))
			.thenReturn(held);
		when(this.clients.findAll(eq(WORKSPACE), anyCollection())).thenReturn(Map.of(this.fizz,
				new ClientSummary(this.fizz, "Fizz Cola", Currency.getInstance("USD"), ClientStatus.ACTIVE, false)));
	}

	private CompetitorConflicts conflicts(Map<String, NonCompeteCheck> checks) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		checks.forEach(beans::addBean);
		ObjectProvider<NonCompeteCheck> provider = beans.getBeanProvider(NonCompeteCheck.class);
		return new CompetitorConflicts(this.clients, this.designations, provider);
	}

	private static Designation designation(UUID client, String start, String end) {
		return new Designation(WORKSPACE,
				new DesignationTerms(client, CREATIVE, null, DesignationKind.EXCLUSIVE, "Global", null,
						new DateRange(LocalDate.parse(start), (end != null) ? LocalDate.parse(end) : null), 90, false,
						null, null),
				DesignationStatus.ACTIVE, new DesignationNames("A client", "Creative"));
	}

}
