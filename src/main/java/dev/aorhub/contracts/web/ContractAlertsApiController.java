package dev.aorhub.contracts.web;

import java.util.List;

import dev.aorhub.contracts.ContractAlerts;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.workspace.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contracts that need attention: SOWs ending within 30 days, MSAs expiring within 90.
 */
@Tag(name = "Contract alerts")
@RestController
class ContractAlertsApiController {

	record AlertsResponse(List<ContractAlerts.EndingSow> sowsEnding, List<ContractAlerts.ExpiringMsa> msasExpiring) {
	}

	private final ContractAlerts alerts;

	private final WorkspaceClock clock;

	ContractAlertsApiController(ContractAlerts alerts, WorkspaceClock clock) {
		this.alerts = alerts;
		this.clock = clock;
	}

	@Operation(summary = "List contract alerts (SOWs ending soon, MSAs expiring)")
	@GetMapping("/api/v1/contracts/alerts")
	AlertsResponse alerts(CurrentUser user) {
		var date = this.clock.today(user.workspaceId());
		return new AlertsResponse(this.alerts.sowsEnding(user.workspaceId(), date, ContractAlerts.SOW_ENDING_DAYS),
				this.alerts.msasExpiring(user.workspaceId(), date, ContractAlerts.MSA_EXPIRING_DAYS));
	}

}
