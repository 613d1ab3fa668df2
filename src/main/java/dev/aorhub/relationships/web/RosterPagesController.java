package dev.aorhub.relationships.web;

import java.time.LocalDate;
import java.util.UUID;

import dev.aorhub.clients.ClientSummary;
import dev.aorhub.clients.Clients;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.workspace.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A client's agency roster: who is AOR for what in which market, where the whitespace is,
 * and the terms on a timeline.
 */
@Controller
class RosterPagesController {

	private final Clients clients;

	private final RosterQueries roster;

	private final WorkspaceClock clock;

	RosterPagesController(Clients clients, RosterQueries roster, WorkspaceClock clock) {
		this.clients = clients;
		this.roster = roster;
		this.clock = clock;
	}

	@GetMapping("/clients/{clientId}/roster")
	String roster(CurrentUser user, @PathVariable UUID clientId, Model model) {
		ClientSummary client = this.clients.find(user.workspaceId(), clientId)
			.orElseThrow(() -> new NotFoundException("Client", clientId));
		LocalDate today = this.clock.today(user.workspaceId());
		RosterQueries.Roster data = this.roster.roster(user.workspaceId(), clientId);
		model.addAttribute("client", client);
		model.addAttribute("matrix", RosterQueries.matrix(clientId, data.categories(), data.designations()));
		model.addAttribute("timeline", RosterQueries.timeline(data.designations(), today));
		model.addAttribute("otherAgencies",
				data.designations().stream().filter((d) -> !d.isOurs() && d.status().isLive()).count());
		model.addAttribute("today", today);
		return "relationships/roster";
	}

}
