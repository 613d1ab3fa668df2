package dev.aorhub.contracts.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.clients.ClientSummary;
import dev.aorhub.clients.Clients;
import dev.aorhub.contracts.ContractAlerts;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.export.TableExport;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.workspace.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

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

	/** The alerts a search leaves: those whose client, title or number hold the text. */
	record Alerts(List<ContractAlerts.ExpiringMsa> msasExpiring, List<ContractAlerts.EndingSow> sowsEnding) {

		static Alerts of(ContractAlerts alerts, UUID workspaceId, LocalDate today, String q) {
			String needle = (q == null || q.isBlank()) ? null : q.strip().toLowerCase(Locale.ROOT);
			return new Alerts(
					alerts.msasExpiring(workspaceId, today, ContractAlerts.MSA_EXPIRING_DAYS)
						.stream()
						.filter((m) -> matches(needle, m.clientName(), m.title()))
						.toList(),
					alerts.sowsEnding(workspaceId, today, ContractAlerts.SOW_ENDING_DAYS)
						.stream()
						.filter((s) -> matches(needle, s.clientName(), s.title(), s.number()))
						.toList());
		}

		private static boolean matches(String needle, String... texts) {
			return needle == null || Arrays.stream(texts)
				.anyMatch((text) -> text != null && text.toLowerCase(Locale.ROOT).contains(needle));
		}

		/** One table for both kinds, the most pressing first within each. */
		TableExport table() {
			var table = new TableExport("Contract alerts", List.of("Kind", "Number", "Title", "Client", "Status",
					"Ends or expires", "Days left", "Notice (days)"));
			this.msasExpiring.forEach((m) -> table.row("MSA expiring", null, m.title(), m.clientName(), "Signed",
					m.expiryDate(), m.daysLeft(), m.noticePeriodDays()));
			this.sowsEnding.forEach((s) -> table.row("SOW ending", s.number(), s.title(), s.clientName(),
					s.status().label(), s.endDate(), s.daysLeft(), null));
			return table;
		}

	}

	@GetMapping("/contracts/alerts")
	String alerts(CurrentUser user, @RequestParam(required = false) String q, Model model) {
		var date = this.clock.today(user.workspaceId());
		Alerts found = Alerts.of(this.alerts, user.workspaceId(), date, q);
		model.addAttribute("q", (q != null) ? q.strip() : "");
		model.addAttribute("sowsEnding", found.sowsEnding());
		model.addAttribute("msasExpiring", found.msasExpiring());
		model.addAttribute("sowDays", ContractAlerts.SOW_ENDING_DAYS);
		model.addAttribute("msaDays", ContractAlerts.MSA_EXPIRING_DAYS);
		return "contracts/alerts";
	}

	@GetMapping("/contracts/alerts/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> exportAlerts(CurrentUser user, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		return Alerts.of(this.alerts, user.workspaceId(), this.clock.today(user.workspaceId()), q)
			.table()
			.toResponse(exportFormat, "contract-alerts");
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
