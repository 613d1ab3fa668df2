package dev.aorhub.clients.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.aorhub.clients.ContactLevel;
import dev.aorhub.clients.web.ClientQueries.ContactRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrgChartTests {

	private static final UUID CLIENT = UUID.randomUUID();

	private final List<ContactRow> rows = new ArrayList<>();

	private ContactRow person(String name, ContactLevel level, ContactRow manager) {
		return add(name, level, manager, false, true, false);
	}

	private ContactRow add(String name, ContactLevel level, ContactRow manager, boolean primary, boolean active,
			boolean archived) {
		ContactRow row = new ContactRow(UUID.randomUUID(), CLIENT, "Client", name, null, null, null, level, primary,
				(manager != null) ? manager.id() : null, active, archived, 0, null);
		this.rows.add(row);
		return row;
	}

	private static List<String> names(List<OrgChart.Node> nodes) {
		return nodes.stream().map((node) -> node.contact().name()).toList();
	}

	@Test
	void placesEachPersonUnderTheirManagerMostSeniorFirst() {
		ContactRow cmo = person("Laura", ContactLevel.EXECUTIVE, null);
		ContactRow vp = person("Kevin", ContactLevel.SENIOR, cmo);
		person("Zed", ContactLevel.WORKING, vp);
		person("Mia", ContactLevel.MANAGER, vp);
		person("Paul", ContactLevel.SENIOR, null);

		OrgChart chart = OrgChart.of(this.rows);

		assertThat(names(chart.roots())).containsExactly("Laura", "Paul");
		OrgChart.Node kevin = chart.roots().get(0).reports().get(0);
		assertThat(kevin.contact().name()).isEqualTo("Kevin");
		assertThat(names(kevin.reports())).containsExactly("Mia", "Zed");
		assertThat(chart.size()).isEqualTo(5);
	}

	@Test
	void theDescendantsOfAPersonAreEveryoneBelowThem() {
		ContactRow cmo = person("Laura", ContactLevel.EXECUTIVE, null);
		ContactRow vp = person("Kevin", ContactLevel.SENIOR, cmo);
		ContactRow manager = person("Mia", ContactLevel.MANAGER, vp);
		ContactRow worker = person("Jake", ContactLevel.WORKING, manager);

		assertThat(OrgChart.of(this.rows).find(vp.id()).descendantIds()).containsExactlyInAnyOrder(manager.id(),
				worker.id());
	}

	@Test
	void peopleWhoseManagerIsArchivedHeadTheirOwnTree() {
		ContactRow gone = add("Gone", ContactLevel.EXECUTIVE, null, false, true, true);
		person("Left Behind", ContactLevel.SENIOR, gone);

		OrgChart chart = OrgChart.of(this.rows);

		assertThat(names(chart.roots())).containsExactly("Left Behind");
		assertThat(chart.size()).isEqualTo(1);
	}

	@Test
	void aLoopMadeOutsideTheAppStillShowsEveryone() {
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		this.rows.add(new ContactRow(a, CLIENT, "Client", "A", null, null, null, ContactLevel.SENIOR, false, b, true,
				false, 0, null));
		this.rows.add(new ContactRow(b, CLIENT, "Client", "B", null, null, null, ContactLevel.SENIOR, false, a, true,
				false, 0, null));

		OrgChart chart = OrgChart.of(this.rows);

		assertThat(chart.roots()).hasSize(1);
		assertThat(chart.roots().get(0).reports()).hasSize(1);
		assertThat(chart.roots().get(0).reports().get(0).reports()).isEmpty();
	}

	@Test
	void countsActivePeoplePerLevelToShowWhereTheRelationshipIsThin() {
		person("Laura", ContactLevel.EXECUTIVE, null);
		person("Kevin", ContactLevel.SENIOR, null);
		add("Away", ContactLevel.MANAGER, null, false, false, false);

		OrgChart chart = OrgChart.of(this.rows);

		assertThat(chart.activeByLevel()).containsEntry(ContactLevel.EXECUTIVE, 1)
			.containsEntry(ContactLevel.SENIOR, 1)
			.containsEntry(ContactLevel.MANAGER, 0)
			.containsEntry(ContactLevel.WORKING, 0);
		assertThat(chart.levelsCovered()).isEqualTo(2);
	}

	@Test
	void thePrimaryContactComesFirstAmongPeers() {
		person("Aaron", ContactLevel.EXECUTIVE, null);
		add("Zoe", ContactLevel.SENIOR, null, true, true, false);

		assertThat(names(OrgChart.of(this.rows).roots())).containsExactly("Zoe", "Aaron");
	}

}
