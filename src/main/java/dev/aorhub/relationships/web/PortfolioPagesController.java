package dev.aorhub.relationships.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.relationships.DesignationKind;
import dev.aorhub.relationships.DesignationStatus;
import dev.aorhub.relationships.application.ServiceCategoryService;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.export.TableExport;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.workspace.BaseCurrencyTotal;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.ExchangeRates;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The workspace-wide views: the portfolio of designations, the renewal pipeline and the
 * team's allocation.
 */
@Controller
class PortfolioPagesController {

	private final DesignationQueries queries;

	private final TeamQueries team;

	private final ServiceCategoryService categories;

	private final WorkspaceClock clock;

	private final ExchangeRates exchangeRates;

	PortfolioPagesController(DesignationQueries queries, TeamQueries team, ServiceCategoryService categories,
			WorkspaceClock clock, ExchangeRates exchangeRates) {
		this.queries = queries;
		this.team = team;
		this.categories = categories;
		this.clock = clock;
		this.exchangeRates = exchangeRates;
	}

	/**
	 * What the listing's per-currency totals add up to in the base currency: current
	 * annual values, so at today's rates.
	 */
	private BaseCurrencyTotal inBaseCurrency(CurrentUser user, DesignationQueries.Listing listing, LocalDate today) {
		return this.exchangeRates.besideRollUp(user.workspaceId(),
				listing.totals().stream().map(DesignationQueries.ValueTotal::money).toList(), today);
	}

	/** Whose designations the portfolio shows: ours by default. */
	enum Agency {

		OURS(true), OTHERS(false), ALL(null);

		private final Boolean ours;

		Agency(Boolean ours) {
			this.ours = ours;
		}

		Boolean ours() {
			return this.ours;
		}

	}

	@GetMapping("/portfolio")
	String portfolio(CurrentUser user, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) UUID clientId, @RequestParam(required = false) UUID categoryId,
			@RequestParam(required = false) DesignationStatus status,
			@RequestParam(required = false) DesignationKind kind, @RequestParam(defaultValue = "OURS") Agency agency,
			Model model) {
		PageQuery query = PageQuery.of(page, 25, q, sort, DesignationQueries.SORTING);
		LocalDate today = this.clock.today(user.workspaceId());
		var filter = new DesignationQueries.Filter(clientId, categoryId, status, kind, agency.ours(), null, false);
		model.addAttribute("query", query);
		model.addAttribute("filter", filter);
		model.addAttribute("agency", agency);
		var listing = this.queries.list(user.workspaceId(), filter, query, today);
		model.addAttribute("listing", listing);
		model.addAttribute("baseTotal", inBaseCurrency(user, listing, today));
		model.addAttribute("today", today);
		model.addAttribute("categories", this.categories.active(user.workspaceId()));
		model.addAttribute("statuses", Arrays.asList(DesignationStatus.values()));
		model.addAttribute("kinds", Arrays.asList(DesignationKind.values()));
		return "relationships/portfolio";
	}

	@GetMapping("/portfolio/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> exportPortfolio(CurrentUser user, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) UUID clientId, @RequestParam(required = false) UUID categoryId,
			@RequestParam(required = false) DesignationStatus status,
			@RequestParam(required = false) DesignationKind kind, @RequestParam(defaultValue = "OURS") Agency agency) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		PageQuery query = PageQuery.forExport(q, sort, DesignationQueries.SORTING);
		var filter = new DesignationQueries.Filter(clientId, categoryId, status, kind, agency.ours(), null, false);
		return DesignationExports.table(this.queries.page(user.workspaceId(), filter, query).items())
			.toResponse(exportFormat, "portfolio");
	}

	@GetMapping("/renewals")
	String renewals(CurrentUser user, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String q, @RequestParam(required = false) UUID leadId, Model model) {
		PageQuery query = PageQuery.of(page, 25, q, null, DesignationQueries.RENEWAL_SORTING);
		LocalDate today = this.clock.today(user.workspaceId());
		model.addAttribute("query", query);
		model.addAttribute("leadId", leadId);
		var listing = this.queries.renewals(user.workspaceId(), leadId, query, today);
		model.addAttribute("listing", listing);
		model.addAttribute("baseTotal", inBaseCurrency(user, listing, today));
		model.addAttribute("today", today);
		return "relationships/renewals";
	}

	@GetMapping("/renewals/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> exportRenewals(CurrentUser user, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) UUID leadId) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		PageQuery query = PageQuery.forExport(q, null, DesignationQueries.RENEWAL_SORTING);
		LocalDate today = this.clock.today(user.workspaceId());
		var table = new TableExport("Renewals",
				java.util.List.of("Client", "Category", "Market", "Status", "Notice date", "Days to notice", "End date",
						"Days to end", "Auto-renew", "Annual value", "Currency", "Account lead"));
		this.queries.renewals(user.workspaceId(), leadId, query, today).page().items().forEach((row) -> {
			var window = row.renewalWindow();
			table.row(row.clientName(), row.categoryName(), row.market(), row.status().name(), window.noticeDate(),
					window.daysUntilNotice(today), window.endDate(), window.daysUntilEnd(today), row.autoRenew(),
					(row.annualValue() != null) ? row.annualValue().amount() : null,
					(row.annualValue() != null) ? row.annualValue().currency().getCurrencyCode() : null,
					row.leadName());
		});
		return table.toResponse(exportFormat, "renewals");
	}

	@GetMapping("/team")
	String team(CurrentUser user, @RequestParam(required = false) String q, Model model) {
		LocalDate today = this.clock.today(user.workspaceId());
		var staff = this.team.allocations(user.workspaceId(), today, q);
		model.addAttribute("q", (q != null) ? q.strip() : "");
		model.addAttribute("staff", staff);
		model.addAttribute("overAllocated", staff.stream().filter(TeamQueries.StaffAllocation::overAllocated).count());
		model.addAttribute("committed", staff.stream().filter((s) -> s.now() > 0).count());
		model.addAttribute("today", today);
		return "relationships/team";
	}

	@GetMapping("/team/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> exportTeam(CurrentUser user, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		LocalDate today = this.clock.today(user.workspaceId());
		return TeamExports.table(this.team.allocations(user.workspaceId(), today, q), today)
			.toResponse(exportFormat, "team-allocation");
	}

}
