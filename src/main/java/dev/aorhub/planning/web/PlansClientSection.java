package dev.aorhub.planning.web;

import java.util.Map;
import java.util.UUID;

import dev.aorhub.clients.ClientPageSection;
import dev.aorhub.workspace.CurrentUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The client's strategic plans on the client page: the current version of each, with a
 * link to all of them.
 */
@Component
@Order(25)
class PlansClientSection implements ClientPageSection {

	static final int SHOWN = 5;

	private final PlanQueries queries;

	PlansClientSection(PlanQueries queries) {
		this.queries = queries;
	}

	@Override
	public String title() {
		return "Strategic plans";
	}

	@Override
	public String template() {
		return "planning/client-section";
	}

	@Override
	public String fragment() {
		return "plans";
	}

	@Override
	public Map<String, Object> model(CurrentUser user, UUID clientId) {
		// One statement: a row more than is shown says whether there are more.
		var rows = this.queries.currentOfClient(user.workspaceId(), clientId, SHOWN + 1);
		return Map.of("clientId", clientId, "plans", rows.subList(0, Math.min(SHOWN, rows.size())), "more",
				rows.size() > SHOWN);
	}

}
