package dev.aorhub.contracts.web;

import java.util.Map;
import java.util.UUID;

import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.contracts.application.CostRateService;
import dev.aorhub.contracts.application.CostRateRequest;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.MoneyInput;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.WorkspaceUsers;
import dev.aorhub.workspace.Workspaces;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin page of staff cost rates: what an hour of each person costs, from a date on.
 */
@Controller
@RequestMapping("/admin/cost-rates")
class CostRatePagesController {

	private final CostRateService rates;

	private final ContractQueries queries;

	private final WorkspaceUsers users;

	private final Workspaces workspaces;

	CostRatePagesController(CostRateService rates, ContractQueries queries, WorkspaceUsers users,
			Workspaces workspaces) {
		this.rates = rates;
		this.queries = queries;
		this.users = users;
		this.workspaces = workspaces;
	}

	@GetMapping
	String list(CurrentUser user, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort, Model model) {
		PageQuery query = PageQuery.of(page, 50, q, sort, ContractQueries.COST_RATE_SORTING);
		model.addAttribute("query", query);
		model.addAttribute("rates", this.queries.costRates(user.workspaceId(), null, query));
		model.addAttribute("staff", this.users.staff(user.workspaceId()));
		model.addAttribute("currency", this.workspaces.settings(user.workspaceId()).baseCurrency().getCurrencyCode());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
			model.addAttribute("form", Map.of());
		}
		return "contracts/cost-rates";
	}

	@GetMapping("/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> export(CurrentUser user, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort) {
		return ContractExports.costRates(this.queries, user.workspaceId(), null, q, sort)
			.toResponse(ExportFormat.parse(format), "cost-rates");
	}

	@PostMapping
	String create(CurrentUser user, @RequestParam(required = false) String userId,
			@RequestParam(required = false) String hourlyCost, @RequestParam(required = false) String currency,
			@RequestParam(required = false) String effectiveFrom, RedirectAttributes redirect) {
		try {
			FormValues values = new FormValues();
			var input = new CostRateRequest(values.id(userId, "userId"),
					(hourlyCost == null || hourlyCost.isBlank()) ? null : new MoneyInput(hourlyCost, currency),
					values.date(effectiveFrom, "effectiveFrom"), null);
			this.rates.create(user, input, values.problems());
			redirect.addFlashAttribute("flash", "Saved the cost rate.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("errors", FormValues.errors(ex));
			redirect.addFlashAttribute("form",
					Map.of("userId", (userId != null) ? userId : "", "hourlyCost",
							(hourlyCost != null) ? hourlyCost : "", "effectiveFrom",
							(effectiveFrom != null) ? effectiveFrom : ""));
		}
		return "redirect:/admin/cost-rates";
	}

	@PostMapping("/{id}/delete")
	String delete(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		this.rates.delete(user, id);
		redirect.addFlashAttribute("flash", "Removed the cost rate.");
		return "redirect:/admin/cost-rates";
	}

}
