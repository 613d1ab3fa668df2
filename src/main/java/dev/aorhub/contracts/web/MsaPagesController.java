package dev.aorhub.contracts.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.shared.web.FieldLimits;
import dev.aorhub.clients.ClientSummary;
import dev.aorhub.clients.Clients;
import dev.aorhub.contracts.MsaStatus;
import dev.aorhub.contracts.application.AttachmentService;
import dev.aorhub.contracts.application.MsaRequest;
import dev.aorhub.contracts.application.MsaService;
import dev.aorhub.contracts.application.RateCardService;
import dev.aorhub.contracts.domain.Msa;
import dev.aorhub.contracts.domain.RateCard;
import dev.aorhub.relationships.Designations;
import dev.aorhub.relationships.ServiceCategories;
import dev.aorhub.relationships.ServiceCategorySummary;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.CanEdit;

import org.springframework.http.ResponseEntity;
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
 * The MSA pages: the list, the form, and an MSA with its SOWs, status moves and files.
 */
@Controller
@RequestMapping("/msas")
class MsaPagesController {

	/** The MSA form as typed. */
	@FieldLimits.ValidatedAs(MsaRequest.class)
	record MsaForm(String clientId, String title, String effectiveDate, String expiryDate, String paymentTermsDays,
			String rateCardId, String discountPercent, String noticePeriodDays, List<UUID> nonCompeteCategoryIds,
			List<UUID> designationIds, String notes, Long version) {

		MsaForm {
			nonCompeteCategoryIds = (nonCompeteCategoryIds != null) ? nonCompeteCategoryIds : List.of();
			designationIds = (designationIds != null) ? designationIds : List.of();
		}

		static MsaForm blank(UUID clientId) {
			return new MsaForm((clientId != null) ? clientId.toString() : null, "", "", "", "30", "", "0.0", "90",
					List.of(), List.of(), null, null);
		}

		static MsaForm of(Msa msa) {
			return new MsaForm(msa.getClientId().toString(), msa.getTitle(), msa.getEffectiveDate().toString(),
					(msa.getExpiryDate() != null) ? msa.getExpiryDate().toString() : "",
					String.valueOf(msa.getPaymentTermsDays()),
					(msa.getRateCardId() != null) ? msa.getRateCardId().toString() : "",
					msa.getDiscountPercent().text(), String.valueOf(msa.getNoticePeriodDays()),
					msa.getNonCompeteCategoryIds(), msa.getDesignationIds(), msa.getNotes(), msa.getVersion());
		}

		/** The request, with the values {@code values} could not read left out. */
		MsaRequest request(FormValues values) {
			return new MsaRequest(values.id(this.clientId, "clientId"), this.title, null,
					values.date(this.effectiveDate, "effectiveDate"), values.date(this.expiryDate, "expiryDate"),
					values.integer(this.paymentTermsDays, "paymentTermsDays"), values.id(this.rateCardId, "rateCardId"),
					values.percent(this.discountPercent, "discountPercent"),
					values.integer(this.noticePeriodDays, "noticePeriodDays"), this.nonCompeteCategoryIds,
					this.designationIds, this.notes, this.version);
		}

	}

	private final MsaService msas;

	private final RateCardService cards;

	private final AttachmentService attachments;

	private final ContractQueries queries;

	private final Clients clients;

	private final ServiceCategories categories;

	private final Designations designations;

	private final WorkspaceClock clock;

	MsaPagesController(MsaService msas, RateCardService cards, AttachmentService attachments, ContractQueries queries,
			Clients clients, ServiceCategories categories, Designations designations, WorkspaceClock clock) {
		this.msas = msas;
		this.cards = cards;
		this.attachments = attachments;
		this.queries = queries;
		this.clients = clients;
		this.categories = categories;
		this.designations = designations;
		this.clock = clock;
	}

	@GetMapping
	String list(CurrentUser user, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) MsaStatus status, @RequestParam(required = false) UUID clientId,
			@RequestParam(required = false) Integer expiringWithinDays, Model model) {
		PageQuery query = PageQuery.of(page, 25, q, sort, ContractQueries.MSA_SORTING);
		var filter = new ContractQueries.MsaFilter(clientId, status, expiringWithinDays,
				this.clock.today(user.workspaceId()), false);
		model.addAttribute("query", query);
		model.addAttribute("status", status);
		model.addAttribute("clientId", clientId);
		model.addAttribute("expiringWithinDays", expiringWithinDays);
		model.addAttribute("statuses", MsaStatus.values());
		model.addAttribute("clients", this.clients.list(user.workspaceId(), 500));
		model.addAttribute("msas", this.queries.msas(user.workspaceId(), filter, query));
		return "contracts/msas";
	}

	@GetMapping("/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> export(CurrentUser user, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) MsaStatus status, @RequestParam(required = false) UUID clientId,
			@RequestParam(required = false) Integer expiringWithinDays) {
		var filter = new ContractQueries.MsaFilter(clientId, status, expiringWithinDays,
				this.clock.today(user.workspaceId()), false);
		return ContractExports.msas(this.queries, user.workspaceId(), filter, q, sort)
			.toResponse(ExportFormat.parse(format), "msas");
	}

	@CanEdit
	@GetMapping("/new")
	String newMsa(CurrentUser user, @RequestParam(required = false) UUID clientId, Model model) {
		return form(user, null, MsaForm.blank(clientId), Map.of(), model);
	}

	@CanEdit
	@PostMapping("/new")
	String create(CurrentUser user, @ModelAttribute("form") MsaForm form, Model model, RedirectAttributes redirect) {
		try {
			FormValues values = new FormValues();
			Msa msa = this.msas.create(user, form.request(values), values.problems());
			redirect.addFlashAttribute("flash", "Recorded the MSA " + msa.getTitle() + ".");
			return "redirect:/msas/" + msa.getId();
		}
		catch (InvalidInputException ex) {
			return form(user, null, form, FormValues.errors(ex), model);
		}
	}

	@GetMapping("/{id}")
	String show(CurrentUser user, @PathVariable UUID id, Model model) {
		Msa msa = this.msas.get(user, id);
		ClientSummary client = client(user, msa.getClientId());
		model.addAttribute("msa", msa);
		model.addAttribute("client", client);
		model.addAttribute("rateCard", this.msas.effectiveRateCard(msa).orElse(null));
		model.addAttribute("nonCompetes",
				this.categories.findAll(user.workspaceId(), msa.getNonCompeteCategoryIds())
					.values()
					.stream()
					.map(ServiceCategorySummary::name)
					.toList());
		var chosen = msa.getDesignationIds();
		model.addAttribute("linkedDesignations",
				this.designations.oursAt(user.workspaceId(), msa.getClientId())
					.stream()
					.filter((choice) -> chosen.contains(choice.id()))
					.toList());
		model.addAttribute("sows",
				this.queries
					.sows(user.workspaceId(),
							new ContractQueries.SowFilter(id, null, null, null, this.clock.today(user.workspaceId()),
									false),
							PageQuery.of(0, 100, null, "startDate,asc", ContractQueries.SOW_SORTING))
					.items());
		model.addAttribute("attachments", this.attachments.of(msa));
		LocalDate today = this.clock.today(user.workspaceId());
		model.addAttribute("today", today);
		// Only the moves the state and the term allow today: no "Mark expired" before
		// the expiry date.
		model.addAttribute("moves", msa.allowedMoves(today));
		model.addAttribute("contacts", this.clients.contacts(user.workspaceId(), msa.getClientId()));
		if (!model.containsAttribute("signErrors")) {
			model.addAttribute("signErrors", Map.of());
			model.addAttribute("signForm", Map.of());
		}
		return "contracts/msa";
	}

	@CanEdit
	@GetMapping("/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		Msa msa = this.msas.get(user, id);
		return form(user, msa, MsaForm.of(msa), Map.of(), model);
	}

	@CanEdit
	@PostMapping("/{id}/edit")
	String update(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") MsaForm form, Model model,
			RedirectAttributes redirect) {
		try {
			FormValues values = new FormValues();
			Msa msa = this.msas.update(user, id, form.request(values), values.problems());
			redirect.addFlashAttribute("flash", "Saved the MSA " + msa.getTitle() + ".");
			return "redirect:/msas/" + id;
		}
		catch (InvalidInputException ex) {
			return form(user, this.msas.get(user, id), form, FormValues.errors(ex), model);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:/msas/" + id + "/edit";
		}
	}

	@PostMapping("/{id}/status")
	String move(CurrentUser user, @PathVariable UUID id, @RequestParam MsaStatus to,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			Msa msa = this.msas.changeStatus(user, id, to, reason);
			redirect.addFlashAttribute("flash",
					"The MSA " + msa.getTitle() + " is now " + to.label().toLowerCase() + ".");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("flashError", "The reason " + ex.problems().get(0).message() + ".");
		}
		return "redirect:/msas/" + id;
	}

	/** Records the client's signature: the contact who signed, and on what date. */
	@PostMapping("/{id}/sign")
	String sign(CurrentUser user, @PathVariable UUID id, @ModelAttribute SignatureForm form,
			RedirectAttributes redirect) {
		Msa msa = this.msas.get(user, id);
		try {
			this.msas.sign(user, id, form.request(this.clients.contacts(user.workspaceId(), msa.getClientId())));
			redirect.addFlashAttribute("flash", "Recorded the signature of the MSA " + msa.getTitle() + ".");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("signErrors", FormValues.errors(ex));
			redirect.addFlashAttribute("signForm", form.values());
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/msas/" + id;
	}

	@PostMapping("/{id}/archive")
	String archive(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		Msa msa = this.msas.archive(user, id);
		redirect.addFlashAttribute("flash", "Archived the MSA " + msa.getTitle() + ".");
		return "redirect:/msas";
	}

	private String form(CurrentUser user, Msa msa, MsaForm form, Map<String, String> errors, Model model) {
		model.addAttribute("msa", msa);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("clients", this.clients.list(user.workspaceId(), 500));
		List<RateCard> current = this.cards.current(user.workspaceId());
		model.addAttribute("rateCards", current);
		model.addAttribute("defaultCard", current.stream().filter(RateCard::isDefault).findFirst().orElse(null));
		model.addAttribute("categories",
				this.categories.all(user.workspaceId())
					.stream()
					.filter((c) -> !c.archived() || form.nonCompeteCategoryIds().contains(c.id()))
					.toList());
		UUID clientId = (msa != null) ? msa.getClientId() : parse(form.clientId());
		model.addAttribute("designations",
				(clientId != null) ? this.designations.oursAt(user.workspaceId(), clientId) : List.of());
		return "contracts/msa-form";
	}

	private ClientSummary client(CurrentUser user, UUID clientId) {
		return this.clients.find(user.workspaceId(), clientId)
			.orElseThrow(() -> new NotFoundException("Client", clientId));
	}

	private static UUID parse(String id) {
		try {
			return (id != null && !id.isBlank()) ? UUID.fromString(id.strip()) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
