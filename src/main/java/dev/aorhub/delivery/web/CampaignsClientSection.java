package dev.aorhub.delivery.web;

import java.util.Map;
import java.util.UUID;

import dev.aorhub.clients.ClientPageSection;
import dev.aorhub.workspace.CurrentUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The client's campaigns on the client page, the latest first, with a link to all of
 * them.
 */
@Component
@Order(30)
class CampaignsClientSection implements ClientPageSection {

	static final int SHOWN = 8;

	private final CampaignQueries queries;

	CampaignsClientSection(CampaignQueries queries) {
		this.queries = queries;
	}

	@Override
	public String title() {
		return "Campaigns";
	}

	@Override
	public String template() {
		return "delivery/client-section";
	}

	@Override
	public String fragment() {
		return "campaigns";
	}

	@Override
	public Map<String, Object> model(CurrentUser user, UUID clientId) {
		// One statement: a row more than is shown says whether there are more.
		var rows = this.queries.latestOfClient(user.workspaceId(), clientId, SHOWN + 1);
		return Map.of("clientId", clientId, "campaigns", rows.subList(0, Math.min(SHOWN, rows.size())), "more",
				rows.size() > SHOWN);
	}

}
