package dev.aorhub.planning.web;

import java.util.List;

import dev.aorhub.clients.Clients;
import dev.aorhub.workspace.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * What about one plan deserves attention, for its API answer and its page: the
 * competitors the client does not list (one query for the client's list, none when the
 * plan has no competitors).
 */
@Component
class PlanWarnings {

	private final Clients clients;

	PlanWarnings(Clients clients) {
		this.clients = clients;
	}

	List<PlanApi.Warning> of(CurrentUser user, PlanQueries.Plan plan) {
		if (plan.lists().competitors().isEmpty()) {
			return List.of();
		}
		return PlanApi.Warning.competitorsNotListed(
				plan.lists().competitors().stream().map(PlanQueries.Competitor::name).toList(),
				this.clients.competitorNames(user.workspaceId(), plan.row().clientId()));
	}

}
