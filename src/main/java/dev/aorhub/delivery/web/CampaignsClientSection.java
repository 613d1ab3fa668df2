package dev.aorhub.delivery.web;

import java.util.Map;
import java.util.UUID;

import dev.aorhub.clients.ClientPageSection;
import dev.aorhub.shared.web.PageQuery;
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
		var page = this.queries.page(user.workspaceId(), CampaignQueries.Filter.ofClient(clientId),
				PageQuery.of(0, SHOWN, null, null, CampaignQueries.SORTING));
		return Map.of("clientId", clientId, "campaigns", page.items(), "total", page.total());
	}

}
