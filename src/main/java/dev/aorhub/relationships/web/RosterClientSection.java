package dev.aorhub.relationships.web;

import java.util.Map;
import java.util.UUID;

import dev.aorhub.clients.ClientPageSection;
import dev.aorhub.relationships.ClientRoster;
import dev.aorhub.workspace.CurrentUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The AOR roster on the client page: who holds which category in which market, and the
 * whitespace to grow into.
 */
@Component
@Order(10)
class RosterClientSection implements ClientPageSection {

	private final ClientRoster roster;

	RosterClientSection(ClientRoster roster) {
		this.roster = roster;
	}

	@Override
	public String title() {
		return "AOR roster";
	}

	@Override
	public String template() {
		return "relationships/client-section";
	}

	@Override
	public String fragment() {
		return "roster";
	}

	@Override
	public Map<String, Object> model(CurrentUser user, UUID clientId) {
		return Map.of("matrix", this.roster.matrix(user.workspaceId(), clientId), "clientId", clientId);
	}

}
