package dev.aorhub.contracts.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.aorhub.contracts.ContractAlerts;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.DashboardSection;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The contracts that need attention on the home dashboard: SOWs ending within 60 days and
 * MSAs expiring within 90, a few of each, linking to the alerts page for the rest.
 */
@Component
@Order(30)
class ContractsDashboardSection implements DashboardSection {

	/** How many of each the card lists. */
	static final int SHOWN = 5;

	private final ContractAlerts alerts;

	private final WorkspaceClock clock;

	ContractsDashboardSection(ContractAlerts alerts, WorkspaceClock clock) {
		this.alerts = alerts;
		this.clock = clock;
	}

	@Override
	public String title() {
		return "Contracts ending";
	}

	@Override
	public String template() {
		return "contracts/dashboard";
	}

	@Override
	public String fragment() {
		return "ending";
	}

	@Override
	public Map<String, Object> model(CurrentUser user) {
		LocalDate today = this.clock.today(user.workspaceId());
		// One more than shown says whether the alerts page has more.
		List<ContractAlerts.EndingSow> sows = this.alerts.sowsEnding(user.workspaceId(), today,
				ContractAlerts.SOW_ENDING_DASHBOARD_DAYS, SHOWN + 1);
		List<ContractAlerts.ExpiringMsa> msas = this.alerts.msasExpiring(user.workspaceId(), today,
				ContractAlerts.MSA_EXPIRING_DAYS, SHOWN + 1);
		return Map.of("sows", sows.subList(0, Math.min(SHOWN, sows.size())), "moreSows", sows.size() > SHOWN, "msas",
				msas.subList(0, Math.min(SHOWN, msas.size())), "moreMsas", msas.size() > SHOWN, "sowDays",
				ContractAlerts.SOW_ENDING_DASHBOARD_DAYS, "msaDays", ContractAlerts.MSA_EXPIRING_DAYS);
	}

}
