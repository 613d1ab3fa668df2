package dev.aorhub.contracts.web;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.clients.ClientSummary;
import dev.aorhub.clients.Clients;
import dev.aorhub.contracts.ContractAlerts;
import dev.aorhub.contracts.FeeType;
import dev.aorhub.contracts.SowHours;
import dev.aorhub.contracts.SowStatus;
import dev.aorhub.contracts.application.Approvals;
import dev.aorhub.contracts.application.AttachmentService;
import dev.aorhub.contracts.application.ApprovalRequest;
import dev.aorhub.contracts.application.ChangeOrderRequest;
import dev.aorhub.contracts.application.MsaService;
import dev.aorhub.contracts.application.RateCardService;
import dev.aorhub.contracts.application.SowService;
import dev.aorhub.contracts.application.Warning;
import dev.aorhub.contracts.domain.Msa;
import dev.aorhub.contracts.domain.PerformanceMetric;
import dev.aorhub.contracts.domain.Rollover;
import dev.aorhub.contracts.domain.Sow;
import dev.aorhub.relationships.Designations;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.CanEdit;

import org.springframework.http.ResponseEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The SOW pages: the list with budgets, the form with its fee rows, and a SOW with its
 * approvals, change orders, files and PDF.
 */
@Controller
@RequestMapping("/sows")
class SowPagesController {

	private final SowService sows;

	private final MsaService msas;

	private final RateCardService cards;

	private final AttachmentService attachments;

	private final ContractQueries queries;

	private final SowPresenter presenter;

	private final SowDocument document;

	private final Clients clients;

	private final Designations designations;

	private final WorkspaceClock clock;

	private final ObjectProvider<SowHours> hours;

	SowPagesController(SowService sows, MsaService msas, RateCardService cards, AttachmentService attachments,
			ContractQueries queries, SowPresenter presenter, SowDocument document, Clients clients,
			Designations designations, WorkspaceClock clock, ObjectProvider<SowHours> hours) {
		this.hours = hours;
		this.sows = sows;
		this.msas = msas;
		this.cards = cards;
		this.attachments = attachments;
		this.queries = queries;
		this.presenter = presenter;
		this.document = document;
		this.clients = clients;
		this.designations = designations;
		this.clock = clock;
	}

	@GetMapping
	String list(CurrentUser user, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) SowStatus status, @RequestParam(required = false) UUID clientId,
			@RequestParam(required = false) Integer endingWithinDays, Model model) {
		PageQuery query = PageQuery.of(page, 25, q, sort, ContractQueries.SOW_SORTING);
		var filter = new ContractQueries.SowFilter(null, clientId, status, endingWithinDays,
				this.clock.today(user.workspaceId()), false);
		model.addAttribute("query", query);
		model.addAttribute("status", status);
		model.addAttribute("clientId", clientId);
		model.addAttribute("endingWithinDays", endingWithinDays);
		model.addAttribute("statuses", SowStatus.values());
		model.addAttribute("clients", this.clients.list(user.workspaceId(), 500));
		var sows = this.queries.sows(user.workspaceId(), filter, query);
		model.addAttribute("sows", sows);
		model.addAttribute("burn", logged(user, sows.items().stream().map((s) -> s.id()).toList()));
		return "contracts/sows";
	}

	@GetMapping("/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> export(CurrentUser user, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) SowStatus status, @RequestParam(required = false) UUID clientId,
			@RequestParam(required = false) Integer endingWithinDays) {
		var filter = new ContractQueries.SowFilter(null, clientId, status, endingWithinDays,
				this.clock.today(user.workspaceId()), false);
		return ContractExports.sows(this.queries, user.workspaceId(), filter, q, sort)
			.toResponse(ExportFormat.parse(format), "sows");
	}

	/** A new SOW starts from its MSA; without one the page asks for it first. */
	@CanEdit
	@GetMapping("/new")
	String newSow(CurrentUser user, @RequestParam(required = false) UUID msaId, Model model) {
		if (msaId == null) {
			model.addAttribute("msas",
					this.queries
						.msas(user.workspaceId(),
								new ContractQueries.MsaFilter(null, null, null, this.clock.today(user.workspaceId()),
										false),
								PageQuery.of(0, 500, null, "client,asc", ContractQueries.MSA_SORTING))
						.items()
						.stream()
						.filter((m) -> !m.status().isFinal())
						.toList());
			return "contracts/sow-pick-msa";
		}
		Msa msa = this.msas.get(user, msaId);
		return form(user, null, msa, SowForm.blank(msaId.toString()), Map.of(), model);
	}

	@CanEdit
	@PostMapping("/new")
	String create(CurrentUser user, @ModelAttribute("form") SowForm form, Model model, RedirectAttributes redirect) {
		Msa msa = this.msas.get(user, requiredId(form.msaId()));
		if (!form.saves()) {
			return form(user, null, msa, form.apply(), Map.of(), model);
		}
		try {
			FormValues values = new FormValues();
			Sow sow = this.sows.create(user, form.request(currency(user, msa), values), values.problems());
			redirect.addFlashAttribute("flash", "Created " + sow.getNumber() + " " + sow.getTitle() + ".");
			return "redirect:/sows/" + sow.getId();
		}
		catch (InvalidInputException ex) {
			return form(user, null, msa, form, FormValues.errors(ex), model);
		}
	}

	@GetMapping("/{id}")
	String show(CurrentUser user, @PathVariable UUID id, Model model) {
		Sow sow = this.sows.getWithHistory(user, id);
		model.addAttribute("v", this.presenter.view(user, sow));
		model.addAttribute("sow", sow);
		model.addAttribute("canApprove", Approvals.canApproveInternally(user));
		model.addAttribute("attachments", this.attachments.of(sow));
		var today = this.clock.today(user.workspaceId());
		long daysLeft = java.time.temporal.ChronoUnit.DAYS.between(today, sow.getEndDate());
		model.addAttribute("endingSoon", (sow.getStatus() == SowStatus.ACTIVE || sow.getStatus() == SowStatus.APPROVED)
				&& daysLeft >= 0 && daysLeft <= ContractAlerts.SOW_ENDING_DAYS);
		model.addAttribute("daysLeft", daysLeft);
		if (!model.containsAttribute("changeErrors")) {
			model.addAttribute("changeErrors", Map.of());
			model.addAttribute("changeForm", Map.of());
		}
		if (!model.containsAttribute("signErrors")) {
			model.addAttribute("signErrors", Map.of());
			model.addAttribute("signForm", Map.of());
		}
		model.addAttribute("contacts", this.clients.contacts(user.workspaceId(), sow.getClientId()));
		model.addAttribute("today", today);
		model.addAttribute("warnings", Warning.of(sow));
		model.addAttribute("burn", logged(user, List.of(sow.getId())).get(sow.getId()));
		return "contracts/sow";
	}

	@CanEdit
	@GetMapping("/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		Sow sow = this.sows.get(user, id);
		return form(user, sow, this.msas.get(user, sow.getMsaId()), SowForm.of(sow), Map.of(), model);
	}

	@CanEdit
	@PostMapping("/{id}/edit")
	String update(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") SowForm form, Model model,
			RedirectAttributes redirect) {
		Sow sow = this.sows.get(user, id);
		Msa msa = this.msas.get(user, sow.getMsaId());
		if (!form.saves()) {
			return form(user, sow, msa, form.apply(), Map.of(), model);
		}
		try {
			FormValues values = new FormValues();
			Sow saved = this.sows.update(user, id, form.request(sow.getCurrency(), values), values.problems());
			redirect.addFlashAttribute("flash", "Saved " + saved.getNumber() + ".");
			return "redirect:/sows/" + id;
		}
		catch (InvalidInputException ex) {
			return form(user, sow, msa, form, FormValues.errors(ex), model);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:/sows/" + id;
		}
	}

	@PostMapping("/{id}/internal-approval")
	String approveInternally(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		try {
			this.sows.approveInternally(user, id, new ApprovalRequest(null, comment));
			redirect.addFlashAttribute("flash", "Approved internally. It can go to the client now.");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/sows/" + id;
	}

	/**
	 * Moves the SOW; the client's approval or decline names the contact who signed (and
	 * the approval the date), picked in the form.
	 */
	@PostMapping("/{id}/status")
	String move(CurrentUser user, @PathVariable UUID id, @RequestParam SowStatus to, @ModelAttribute SignatureForm form,
			RedirectAttributes redirect) {
		try {
			Sow sow;
			if (to == SowStatus.CANCELLED) {
				sow = this.sows.cancel(user, id, form.reason());
			}
			else {
				ApprovalRequest input = (to == SowStatus.APPROVED || to == SowStatus.DRAFT)
						? form.request(this.clients.contacts(user.workspaceId(), this.sows.get(user, id).getClientId()))
						: new ApprovalRequest(null, form.comment());
				sow = this.sows.changeStatus(user, id, to, input);
			}
			redirect.addFlashAttribute("flash",
					sow.getNumber() + " is now " + sow.getStatus().label().toLowerCase() + ".");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		catch (InvalidInputException ex) {
			if (ex.problems().get(0).field().equals("reason")) {
				redirect.addFlashAttribute("flashError", "The reason " + ex.problems().get(0).message() + ".");
			}
			else {
				redirect.addFlashAttribute("signErrors", FormValues.errors(ex));
				redirect.addFlashAttribute("signForm", form.values());
			}
		}
		return "redirect:/sows/" + id;
	}

	@PostMapping("/{id}/archive")
	String archive(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		Sow sow = this.sows.archive(user, id);
		redirect.addFlashAttribute("flash", "Archived " + sow.getNumber() + ".");
		return "redirect:/sows";
	}

	@PostMapping("/{id}/change-orders")
	String proposeChangeOrder(CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String description, @RequestParam(required = false) String budgetChange,
			@RequestParam(required = false) String hoursChange, RedirectAttributes redirect) {
		Sow sow = this.sows.get(user, id);
		try {
			FormValues values = new FormValues();
			Integer hours = values.integer(hoursChange, "hoursChange");
			var order = this.sows.proposeChangeOrder(user, id,
					new ChangeOrderRequest(description, FormValues.money(budgetChange, sow.getCurrency()), hours, null),
					values.problems());
			redirect.addFlashAttribute("flash", "Proposed " + order.label() + ".");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("changeErrors", FormValues.errors(ex));
			redirect.addFlashAttribute("changeForm",
					Map.of("description", (description != null) ? description : "", "budgetChange",
							(budgetChange != null) ? budgetChange : "", "hoursChange",
							(hoursChange != null) ? hoursChange : ""));
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/sows/" + id + "#change-orders";
	}

	@PostMapping("/{id}/change-orders/{changeOrderId}/{verb}")
	String decideChangeOrder(CurrentUser user, @PathVariable UUID id, @PathVariable UUID changeOrderId,
			@PathVariable String verb, @ModelAttribute SignatureForm form, RedirectAttributes redirect) {
		try {
			var input = "send".equals(verb) ? new ApprovalRequest(null, form.comment())
					: form.request(this.clients.contacts(user.workspaceId(), this.sows.get(user, id).getClientId()));
			var order = switch (verb) {
				case "approve" -> this.sows.approveChangeOrder(user, id, changeOrderId, input);
				case "reject" -> this.sows.rejectChangeOrder(user, id, changeOrderId, input);
				case "send" -> this.sows.sendChangeOrder(user, id, changeOrderId, input);
				default -> throw new NotFoundException("No such step: " + verb);
			};
			redirect.addFlashAttribute("flash", order.label() + switch (verb) {
				case "approve" -> " is approved; the current budget includes it.";
				case "reject" -> " is rejected.";
				default -> " went to the client.";
			});
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("signErrors", FormValues.errors(ex));
			redirect.addFlashAttribute("signForm", form.values());
			redirect.addFlashAttribute("signChangeOrder", changeOrderId);
		}
		return "redirect:/sows/" + id + "#change-orders";
	}

	/** The SOW document, for the page's download button (the API has its own). */
	@GetMapping("/{id}/pdf")
	@RateLimited(LimitedOperation.PDF)
	ResponseEntity<byte[]> pdf(CurrentUser user, @PathVariable UUID id) {
		Sow sow = this.sows.getWithHistory(user, id);
		byte[] pdf = this.document.render(this.presenter.view(user, sow), this.clock.today(user.workspaceId()));
		return ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.APPLICATION_PDF)
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.attachment()
						.filename(sow.getNumber() + ".pdf")
						.build()
						.toString())
			.body(pdf);
	}

	private String form(CurrentUser user, Sow sow, Msa msa, SowForm form, Map<String, String> errors, Model model) {
		ClientSummary client = this.clients.find(user.workspaceId(), msa.getClientId())
			.orElseThrow(() -> new NotFoundException("Client", msa.getClientId()));
		model.addAttribute("sow", sow);
		model.addAttribute("msa", msa);
		model.addAttribute("client", client);
		model.addAttribute("currency",
				(sow != null) ? sow.getCurrency().getCurrencyCode() : client.currency().getCurrencyCode());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("feeTypes", FeeType.values());
		model.addAttribute("rollovers", Rollover.values());
		model.addAttribute("metrics", PerformanceMetric.values());
		model.addAttribute("rateCards",
				this.cards.current(user.workspaceId())
					.stream()
					.filter((card) -> card.getCurrency().equals(client.currency()))
					.toList());
		model.addAttribute("effectiveCard", this.msas.effectiveRateCard(msa).orElse(null));
		model.addAttribute("designations", this.designations.oursAt(user.workspaceId(), msa.getClientId()));
		model.addAttribute("clientMsas", this.queries
			.msas(user.workspaceId(),
					new ContractQueries.MsaFilter(msa.getClientId(), null, null, this.clock.today(user.workspaceId()),
							false),
					PageQuery.of(0, 100, null, "effectiveDate,desc", ContractQueries.MSA_SORTING))
			.items()
			.stream()
			.filter((m) -> m.id().equals(msa.getId()) || !m.status().isFinal())
			.toList());
		return "contracts/sow-form";
	}

	private Currency currency(CurrentUser user, Msa msa) {
		return this.clients.find(user.workspaceId(), msa.getClientId())
			.map(ClientSummary::currency)
			.orElseThrow(() -> new NotFoundException("Client", msa.getClientId()));
	}

	private static UUID requiredId(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (RuntimeException ex) {
			throw new NotFoundException("MSA " + id + " was not found");
		}
	}

	/** The hours logged under these SOWs, when a module tracks time; none otherwise. */
	private Map<UUID, SowHours.Logged> logged(CurrentUser user, List<UUID> sowIds) {
		SowHours source = this.hours.getIfAvailable();
		return (source != null) ? source.logged(user.workspaceId(), sowIds) : Map.of();
	}

}
