package dev.aorhub.delivery.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.clients.ClientSummary;
import dev.aorhub.clients.Clients;
import dev.aorhub.contracts.StatementsOfWork;
import dev.aorhub.delivery.CampaignStatus;
import dev.aorhub.delivery.application.CampaignRequest;
import dev.aorhub.delivery.application.CampaignService;
import dev.aorhub.delivery.domain.Campaign;
import dev.aorhub.relationships.Designations;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.MoneyInput;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.shared.web.FormErrors;
import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.WorkspaceUsers;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static dev.aorhub.shared.web.FormBinding.read;
import static dev.aorhub.shared.web.FormBinding.typed;
import static dev.aorhub.shared.web.FormBinding.unreadable;

/**
 * The campaign pages: the list, the form (a client, then its designations and SOWs), and
 * a campaign with its tasks and logged time.
 */
@Controller
class CampaignPagesController {

	/** The client select offers at most this many clients (plus the chosen one). */
	static final int CLIENT_CHOICES = 1000;

	private final CampaignService campaigns;

	private final CampaignQueries queries;

	private final Clients clients;

	private final Designations designations;

	private final StatementsOfWork sows;

	private final WorkspaceUsers users;

	private final WorkspaceClock clock;

	private final CreativeAssetQueries assets;

	CampaignPagesController(CampaignService campaigns, CampaignQueries queries, Clients clients,
			Designations designations, StatementsOfWork sows, WorkspaceUsers users, WorkspaceClock clock,
			CreativeAssetQueries assets) {
		this.assets = assets;
		this.campaigns = campaigns;
		this.queries = queries;
		this.clients = clients;
		this.designations = designations;
		this.sows = sows;
		this.users = users;
		this.clock = clock;
	}

	@GetMapping("/campaigns")
	String list(CurrentUser user, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) UUID clientId, @RequestParam(required = false) CampaignStatus status,
			Model model) {
		PageQuery query = PageQuery.of(page, 25, q, sort, CampaignQueries.SORTING);
		var filter = new CampaignQueries.Filter(clientId, null, null, status, null, false);
		model.addAttribute("query", query);
		model.addAttribute("clientId", clientId);
		model.addAttribute("status", status);
		model.addAttribute("statuses", CampaignStatus.values());
		model.addAttribute("clients", this.clients.list(user.workspaceId(), 500));
		model.addAttribute("campaigns", this.queries.page(user.workspaceId(), filter, query));
		return "delivery/campaigns";
	}

	@GetMapping("/campaigns/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> export(CurrentUser user, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) UUID clientId, @RequestParam(required = false) CampaignStatus status) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		var filter = new CampaignQueries.Filter(clientId, null, null, status, null, false);
		return DeliveryExports
			.campaigns(
					this.queries.page(user.workspaceId(), filter, PageQuery.forExport(q, sort, CampaignQueries.SORTING))
						.items())
			.toResponse(exportFormat, "campaigns");
	}

	/**
	 * A new campaign is owned by whoever creates it, under the SOW it was opened from.
	 */
	@CanEdit
	@GetMapping("/campaigns/new")
	String newCampaign(CurrentUser user, @RequestParam(required = false) UUID clientId,
			@RequestParam(required = false) UUID sowId, Model model) {
		UUID client = clientId;
		if (client == null && sowId != null) {
			client = this.sows.find(user.workspaceId(), sowId).map(StatementsOfWork.SowSummary::clientId).orElse(null);
		}
		String currency = (client != null)
				? this.clients.find(user.workspaceId(), client).map((c) -> c.currency().getCurrencyCode()).orElse("")
				: "";
		var form = new CampaignRequest(client, null, sowId, "", "", null, null, new MoneyInput("", currency),
				CampaignStatus.PLANNING, user.userId(), null);
		return form(user, null, form, Map.of(), Map.of(), model);
	}

	@CanEdit
	@PostMapping("/campaigns/new")
	String create(CurrentUser user, @ModelAttribute("form") CampaignRequest request, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		CampaignRequest form = readable(request, binding);
		try {
			Campaign campaign = this.campaigns.create(user, form, unreadable(binding));
			redirect.addFlashAttribute("flash", "Created the campaign " + campaign.getName() + ".");
			return "redirect:/campaigns/" + campaign.getId();
		}
		catch (InvalidInputException ex) {
			return form(user, null, form, FormErrors.of(ex), typed(binding), model);
		}
	}

	@CanEdit
	@GetMapping("/campaigns/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		Campaign campaign = this.campaigns.get(user, id);
		return form(user, campaign, formOf(campaign), Map.of(), Map.of(), model);
	}

	@CanEdit
	@PostMapping("/campaigns/{id}/edit")
	String update(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") CampaignRequest request,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Campaign campaign = this.campaigns.get(user, id);
		CampaignRequest form = readable(request, binding);
		try {
			this.campaigns.update(user, id, form, unreadable(binding));
			redirect.addFlashAttribute("flash", "Saved the campaign.");
			return "redirect:/campaigns/" + id;
		}
		catch (InvalidInputException ex) {
			return form(user, campaign, form, FormErrors.of(ex), typed(binding), model);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:/campaigns/" + id + "/edit";
		}
	}

	/**
	 * The designation and SOW selects for the client chosen in the form, which htmx swaps
	 * in when the client changes.
	 */
	@GetMapping("/campaigns/links")
	String links(CurrentUser user, @RequestParam(required = false) UUID clientId,
			@RequestParam(required = false) UUID designationId, @RequestParam(required = false) UUID sowId,
			Model model) {
		var form = new CampaignRequest(clientId, designationId, sowId, null, null, null, null, null, null, null, null);
		links(user, form, model);
		model.addAttribute("form", form);
		model.addAttribute("errors", Map.of());
		return "delivery/campaign-form :: links";
	}

	private void links(CurrentUser user, CampaignRequest form, Model model) {
		UUID clientId = form.clientId();
		model.addAttribute("designations",
				(clientId != null) ? this.designations.oursAt(user.workspaceId(), clientId) : List.of());
		model.addAttribute("sows", (clientId != null) ? this.sows.ofClient(user.workspaceId(), clientId) : List.of());
	}

	@GetMapping("/campaigns/{id}")
	String show(CurrentUser user, @PathVariable UUID id, Model model) {
		CampaignQueries.Row campaign = this.queries.find(user.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException(Campaign.ENTITY_TYPE, id));
		LocalDate today = this.clock.today(user.workspaceId());
		var counts = this.queries.taskCounts(user.workspaceId(), id, today);
		var time = this.queries.timeByPerson(user.workspaceId(), id);
		long minutes = time.stream().mapToLong(CampaignQueries.PersonTime::minutes).sum();
		long billable = time.stream().mapToLong(CampaignQueries.PersonTime::billableMinutes).sum();
		model.addAttribute("campaign", campaign);
		model.addAttribute("warnings", DeliveryApi.CampaignResponse.warnings(campaign));
		model.addAttribute("counts", counts.values());
		model.addAttribute("taskTotal", counts.values().stream().mapToLong(CampaignQueries.TaskCount::tasks).sum());
		model.addAttribute("overdue", counts.values().stream().mapToLong(CampaignQueries.TaskCount::overdue).sum());
		model.addAttribute("time", time);
		model.addAttribute("totalHours", DeliveryText.hours(minutes));
		model.addAttribute("billablePercent", DeliveryText.percent(billable, minutes));
		model.addAttribute("nextStatuses", List.copyOf(campaign.status().next()));
		model.addAttribute("assets", this.assets.ofCampaign(user.workspaceId(), id));
		model.addAttribute("today", today);
		return "delivery/campaign";
	}

	@CanEdit
	@PostMapping("/campaigns/{id}/status")
	String changeStatus(CurrentUser user, @PathVariable UUID id, @RequestParam CampaignStatus to,
			RedirectAttributes redirect) {
		try {
			this.campaigns.changeStatus(user, id, to);
			redirect.addFlashAttribute("flash", "The campaign is now " + to.label().toLowerCase() + ".");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/campaigns/" + id;
	}

	@CanEdit
	@PostMapping("/campaigns/{id}/archive")
	String archive(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		Campaign campaign = this.campaigns.archive(user, id);
		redirect.addFlashAttribute("flash", "Archived the campaign " + campaign.getName() + ".");
		return "redirect:/campaigns";
	}

	private String form(CurrentUser user, Campaign campaign, CampaignRequest form, Map<String, String> errors,
			Map<String, Object> typed, Model model) {
		List<ClientSummary> clientChoices = new ArrayList<>(this.clients.list(user.workspaceId(), CLIENT_CHOICES));
		if (form.clientId() != null && clientChoices.stream().noneMatch((c) -> c.id().equals(form.clientId()))) {
			this.clients.find(user.workspaceId(), form.clientId()).ifPresent((c) -> clientChoices.add(0, c));
		}
		links(user, form, model);
		List<CampaignStatus> statuses = new ArrayList<>();
		if (campaign == null) {
			statuses.addAll(List.of(CampaignStatus.values()));
		}
		else {
			statuses.add(campaign.getStatus());
			statuses.addAll(campaign.getStatus().next());
		}
		model.addAttribute("campaign", campaign);
		model.addAttribute("pageTitle", (campaign == null) ? "New campaign" : "Edit " + campaign.getName());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		model.addAttribute("clients", clientChoices);
		model.addAttribute("people", this.users.staff(user.workspaceId()));
		model.addAttribute("statuses", statuses);
		return "delivery/campaign-form";
	}

	static CampaignRequest formOf(Campaign c) {
		var budget = c.budget();
		return new CampaignRequest(c.getClientId(), c.getDesignationId(), c.getSowId(), c.getName(), c.getObjective(),
				c.getStartDate(), c.getEndDate(),
				new MoneyInput((budget != null) ? budget.amount().toPlainString() : "",
						(budget != null) ? budget.currency().getCurrencyCode() : ""),
				c.getStatus(), c.getOwnerId(), c.getVersion());
	}

	/**
	 * The values that were read, when one could not be (binding then makes no record):
	 * the rest of the form is still checked and shown.
	 */
	private static CampaignRequest readable(CampaignRequest form, BindingResult result) {
		if (form != null) {
			return form;
		}
		return new CampaignRequest(read(result, "clientId", UUID.class), read(result, "designationId", UUID.class),
				read(result, "sowId", UUID.class), read(result, "name", String.class),
				read(result, "objective", String.class), read(result, "startDate", LocalDate.class),
				read(result, "endDate", LocalDate.class),
				new MoneyInput(read(result, "budget.amount", String.class),
						read(result, "budget.currency", String.class)),
				read(result, "status", CampaignStatus.class), read(result, "ownerId", UUID.class),
				read(result, "version", Long.class));
	}

}
