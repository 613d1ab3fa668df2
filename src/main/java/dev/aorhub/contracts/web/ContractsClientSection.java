package dev.aorhub.contracts.web;

import java.util.Map;
import java.util.UUID;

import dev.aorhub.clients.ClientPageSection;
import dev.aorhub.workspace.CurrentUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The client's contracts on the client page: each MSA with its SOWs and their change
 * orders.
 */
@Component
@Order(20)
class ContractsClientSection implements ClientPageSection {

	private final ContractTree tree;

	ContractsClientSection(ContractTree tree) {
		this.tree = tree;
	}

	@Override
	public String title() {
		return "Contracts";
	}

	@Override
	public String template() {
		return "contracts/client-section";
	}

	@Override
	public String fragment() {
		return "contracts";
	}

	@Override
	public Map<String, Object> model(CurrentUser user, UUID clientId) {
		return this.tree.of(user.workspaceId(), clientId).model();
	}

}
