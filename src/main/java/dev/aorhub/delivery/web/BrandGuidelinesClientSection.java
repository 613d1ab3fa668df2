package dev.aorhub.delivery.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.clients.BrandSummary;
import dev.aorhub.clients.ClientPageSection;
import dev.aorhub.clients.Clients;
import dev.aorhub.workspace.CurrentUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The client's brands on the client page, each with its guidelines' colours or a way to
 * write them; left out for a client without brands.
 */
@Component
@Order(35)
class BrandGuidelinesClientSection implements ClientPageSection {

	private final Clients clients;

	private final BrandGuidelineQueries queries;

	BrandGuidelinesClientSection(Clients clients, BrandGuidelineQueries queries) {
		this.clients = clients;
		this.queries = queries;
	}

	@Override
	public String title() {
		return "Brand guidelines";
	}

	@Override
	public String template() {
		return "delivery/brand-client-section";
	}

	@Override
	public String fragment() {
		return "brands";
	}

	@Override
	public Map<String, Object> model(CurrentUser user, UUID clientId) {
		List<BrandSummary> brands = this.clients.brands(user.workspaceId(), clientId);
		if (brands.isEmpty()) {
			return null;
		}
		return Map.of("brands", brands, "previews", this.queries.previewsOfClient(user.workspaceId(), clientId));
	}

}
