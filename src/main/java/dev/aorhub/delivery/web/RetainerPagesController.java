package dev.aorhub.delivery.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.contracts.StatementsOfWork;
import dev.aorhub.contracts.StatementsOfWork.SowSummary;
import dev.aorhub.delivery.RetainerMonth;
import dev.aorhub.delivery.application.RetainerBurnService;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.workspace.ClientDirectory;
import dev.aorhub.workspace.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Retainer burn for people: every retainer's month at a glance, most burnt first, and one
 * SOW's month with its burn-down chart and the months before.
 */
@Controller
class RetainerPagesController {

	private final RetainerBurnService burns;

	private final StatementsOfWork sows;

	private final ClientDirectory clients;

	private final WorkspaceClock clock;

	RetainerPagesController(RetainerBurnService burns, StatementsOfWork sows, ClientDirectory clients,
			WorkspaceClock clock) {
		this.burns = burns;
		this.sows = sows;
		this.clients = clients;
		this.clock = clock;
	}

	/** One retainer of the overview: its SOW, client and this month. */
	record RetainerRow(SowSummary sow, String clientName, RetainerMonth month) {
	}

	@GetMapping("/retainers")
	String retainers(CurrentUser viewer, @RequestParam(required = false) String month, Model model) {
		YearMonth wanted = Months.parse(month, "month");
		if (wanted == null) {
			wanted = YearMonth.from(this.clock.today(viewer.workspaceId()));
		}
		List<SowSummary> workable = this.sows.workableIn(viewer.workspaceId(), wanted);
		Map<UUID, RetainerMonth> months = this.burns.currentMonths(viewer.workspaceId(), workable, wanted);
		Map<UUID, String> names = this.clients.clientNames(viewer.workspaceId(),
				workable.stream().map(SowSummary::clientId).toList());
		List<RetainerRow> rows = workable.stream()
			.filter((sow) -> months.containsKey(sow.id()))
			.map((sow) -> new RetainerRow(sow, names.get(sow.clientId()), months.get(sow.id())))
			.sorted(Comparator.comparingInt((RetainerRow row) -> row.month().percentUsed()).reversed())
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("month", wanted);
		model.addAttribute("previous", wanted.minusMonths(1));
		model.addAttribute("next", wanted.plusMonths(1));
		return "delivery/retainers";
	}

	@GetMapping("/retainers/{sowId}")
	String retainer(CurrentUser viewer, @PathVariable UUID sowId, @RequestParam(required = false) String month,
			@RequestParam(required = false) UUID feeId, Model model) {
		var burn = this.burns.burn(viewer.workspaceId(), sowId, feeId, Months.parse(month, "month"));
		List<RetainerMonth> history = burn.history();
		model.addAttribute("burn", burn);
		model.addAttribute("chart", BurnChart.of(burn));
		List<RetainerMonth> recent = new ArrayList<>(history.subList(Math.max(0, history.size() - 12), history.size()));
		Collections.reverse(recent);
		model.addAttribute("history", recent);
		model.addAttribute("clientName",
				this.clients.clientName(viewer.workspaceId(), burn.sow().clientId()).orElse(""));
		YearMonth shown = burn.month().month();
		model.addAttribute("previous",
				shown.isAfter(YearMonth.from(burn.sow().startDate())) ? shown.minusMonths(1) : null);
		model.addAttribute("next", shown.isBefore(YearMonth.from(burn.sow().endDate())) ? shown.plusMonths(1) : null);
		return "delivery/retainer";
	}

}
