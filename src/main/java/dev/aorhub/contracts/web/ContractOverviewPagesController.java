package dev.aorhub.contracts.web;

import java.util.UUID;

import dev.aorhub.clients.ClientSummary;
import dev.aorhub.clients.Clients;
import dev.aorhub.contracts.ContractAlerts;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.workspace.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The contracts that need attention, and one client's contracts as a tree.
 */
@Controller
class ContractOverviewPagesController {

	private final ContractAlerts alerts;

	private final ContractTree tree;

	private final Clients clients;

	private final WorkspaceClock clock;

	ContractOverviewPagesController(ContractAlerts alerts, ContractTree tree, Clients clients, WorkspaceClock clock) {
		this.alerts = alerts;
		this.tree = tree;
		this.clients = clients;
		this.clock = clock;
	}

	@GetMapping("/contracts/alerts")
	String alerts(CurrentUser user, Model model) {
		var date = this.clock.today(user.workspaceId());
		model.addAttribute("sowsEnding",
				this.alerts.sowsEnding(user.workspaceId(), date, ContractAlerts.SOW_ENDING_DAYS));
		model.addAttribute("msasExpiring",
				this.alerts.msasExpiring(user.workspaceId(), date, ContractAlerts.MSA_EXPIRING_DAYS));
		model.addAttribute("sowDays", ContractAlerts.SOW_ENDING_DAYS);
		model.addAttribute("msaDays", ContractAlerts.MSA_EXPIRING_DAYS);
		return "contracts/alerts";
	}

	@GetMapping("/clients/{id}/contracts")
	String clientContracts(CurrentUser user, @PathVariable UUID id, Model model) {
		ClientSummary client = this.clients.find(user.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("Client", id));
		model.addAttribute("client", client);
		model.addAttribute("section", this.tree.of(user.workspaceId(), id).model());
		return "contracts/client-contracts";
	}

}
