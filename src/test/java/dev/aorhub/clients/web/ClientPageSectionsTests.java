package dev.aorhub.clients.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.clients.ClientPageSection;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientPageSectionsTests {

	private static final CurrentUser USER = new CurrentUser(UUID.randomUUID(), UUID.randomUUID(), "Agency",
			"a@example.test", "Ada", Set.of(Role.ACCOUNT), null);

	record Section(String title, Map<String, Object> data, RuntimeException failure) implements ClientPageSection {

		@Override
		public String template() {
			return "other/sections";
		}

		@Override
		public String fragment() {
			return "part";
		}

		@Override
		public Map<String, Object> model(CurrentUser user, UUID clientId) {
			if (this.failure != null) {
				throw this.failure;
			}
			return this.data;
		}

	}

	@Test
	void rendersTheSectionsInTheirOrderWithTheirData() {
		UUID client = UUID.randomUUID();
		List<ClientPageSections.Rendered> rendered = ClientPageSections.render(
				List.of(new Section("AOR roster", Map.of("rows", 3), null), new Section("Timeline", Map.of(), null)),
				USER, client);

		assertThat(rendered).extracting(ClientPageSections.Rendered::title).containsExactly("AOR roster", "Timeline");
		assertThat(rendered.get(0).template()).isEqualTo("other/sections");
		assertThat(rendered.get(0).fragment()).isEqualTo("part");
		assertThat(rendered.get(0).model()).containsEntry("rows", 3);
		assertThat(rendered).noneMatch(ClientPageSections.Rendered::failed);
	}

	@Test
	void aSectionWithoutDataForThisClientIsLeftOut() {
		assertThat(ClientPageSections.render(List.of(new Section("Empty", null, null)), USER, UUID.randomUUID()))
			.isEmpty();
	}

	@Test
	void aFailingSectionShowsAsFailedAndTheOthersStill() {
		List<ClientPageSections.Rendered> rendered = ClientPageSections.render(List
			.of(new Section("Broken", null, new IllegalStateException("boom")), new Section("Fine", Map.of(), null)),
				USER, UUID.randomUUID());

		assertThat(rendered).extracting(ClientPageSections.Rendered::title).containsExactly("Broken", "Fine");
		assertThat(rendered.get(0).failed()).isTrue();
		assertThat(rendered.get(0).template()).isNull();
		assertThat(rendered.get(1).failed()).isFalse();
	}

}
