package dev.aorhub.planning.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.clients.ClientSummary;
import dev.aorhub.clients.Clients;
import dev.aorhub.planning.StrategicPlanStatus;
import dev.aorhub.planning.application.StrategicPlanRequest;
import dev.aorhub.planning.application.StrategicPlanRequest.CompetitorInput;
import dev.aorhub.planning.application.StrategicPlanRequest.MilestoneInput;
import dev.aorhub.planning.application.StrategicPlanRequest.ObjectiveInput;
import dev.aorhub.planning.application.StrategicPlanRequest.ResearchInput;
import dev.aorhub.planning.application.StrategicPlanRequest.SegmentInput;
import dev.aorhub.planning.application.StrategicPlanService;
import dev.aorhub.planning.domain.MilestoneStatus;
import dev.aorhub.planning.domain.PlanContent;
import dev.aorhub.planning.domain.PlanSnapshot;
import dev.aorhub.planning.domain.SegmentPriority;
import dev.aorhub.relationships.DesignationSummary;
import dev.aorhub.relationships.Designations;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.shared.web.FormErrors;
import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.workspace.CanApprove;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.WorkspaceUsers;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
 * The strategic plan pages: the list, the form (a client, then its designation, and rows
 * to add and remove for each list), and a plan with its timeline, its versions and the
 * verbs.
 */
@Controller
class PlanPagesController {

	/** The client select offers at most this many clients (plus the chosen one). */
	static final int CLIENT_CHOICES = 1000;

	private final StrategicPlanService plans;

	private final PlanQueries queries;

	private final PlanDocument document;

	private final Clients clients;

	private final Designations designations;

	private final WorkspaceUsers users;

	private final WorkspaceClock clock;

	private final PlanWarnings warnings;

	PlanPagesController(StrategicPlanService plans, PlanQueries queries, PlanDocument document, Clients clients,
			Designations designations, WorkspaceUsers users, WorkspaceClock clock, PlanWarnings warnings) {
		this.plans = plans;
		this.queries = queries;
		this.document = document;
		this.clients = clients;
		this.designations = designations;
		this.users = users;
		this.clock = clock;
		this.warnings = warnings;
	}

	/** The current version of each plan unless {@code versions} asks for all of them. */
	@GetMapping("/plans")
	String list(CurrentUser user, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) UUID clientId, @RequestParam(required = false) StrategicPlanStatus status,
			@RequestParam(defaultValue = "false") boolean versions, Model model) {
		PageQuery query = PageQuery.of(page, 25, q, sort, PlanQueries.SORTING);
		var filter = new PlanQueries.Filter(clientId, null, status, false, !versions);
		model.addAttribute("query", query);
		model.addAttribute("clientId", clientId);
		model.addAttribute("status", status);
		model.addAttribute("versions", versions);
		model.addAttribute("zone", this.clock.zone(user.workspaceId()));
		model.addAttribute("statuses", StrategicPlanStatus.values());
		model.addAttribute("clients", this.clients.list(user.workspaceId(), 500));
		model.addAttribute("plans", this.queries.page(user.workspaceId(), filter, query));
		return "planning/plans";
	}

	@GetMapping("/plans/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> export(CurrentUser user, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) UUID clientId, @RequestParam(required = false) StrategicPlanStatus status,
			@RequestParam(defaultValue = "false") boolean versions) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		var filter = new PlanQueries.Filter(clientId, null, status, false, !versions);
		return PlanExports
			.plans(this.queries.page(user.workspaceId(), filter, PageQuery.forExport(q, sort, PlanQueries.SORTING))
				.items())
			.toResponse(exportFormat, "strategic-plans");
	}

	@CanEdit
	@GetMapping("/plans/new")
	String newPlan(CurrentUser user, @RequestParam(required = false) UUID clientId,
			@RequestParam(required = false) UUID designationId, Model model) {
		UUID client = clientId;
		if (designationId != null) {
			client = this.designations.find(user.workspaceId(), designationId)
				.map(DesignationSummary::clientId)
				.orElse(client);
		}
		var form = new StrategicPlanRequest(designationId, client, "", StrategicPlanStatus.DRAFT, List.of(), List.of(),
				List.of(), List.of(), List.of(), null);
		return form(user, null, form, Map.of(), Map.of(), model);
	}

	@CanEdit
	@PostMapping("/plans/new")
	String create(CurrentUser user, @ModelAttribute("form") StrategicPlanRequest request, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		StrategicPlanRequest form = readable(request, binding).withoutBlankRows();
		try {
			PlanSnapshot plan = this.plans.create(user, form, unreadable(binding));
			redirect.addFlashAttribute("flash", "Created the strategic plan " + plan.title() + ".");
			return "redirect:/plans/" + plan.id();
		}
		catch (InvalidInputException ex) {
			return form(user, null, form, FormErrors.of(ex), typed(binding), model);
		}
		catch (ConflictException ex) {
			model.addAttribute("flashError", ex.getMessage());
			return form(user, null, form, Map.of(), typed(binding), model);
		}
	}

	@CanEdit
	@GetMapping("/plans/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect, Model model) {
		PlanSnapshot plan = this.plans.get(user, id);
		if (plan.status() == StrategicPlanStatus.APPROVED) {
			redirect.addFlashAttribute("flashError",
					"This version is approved and locked; start a new version to change the plan.");
			return "redirect:/plans/" + id;
		}
		return form(user, plan, formOf(plan), Map.of(), Map.of(), model);
	}

	@CanEdit
	@PostMapping("/plans/{id}/edit")
	String update(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") StrategicPlanRequest request,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		PlanSnapshot plan = this.plans.get(user, id);
		StrategicPlanRequest form = readable(request, binding).withoutBlankRows();
		try {
			PlanSnapshot saved = this.plans.update(user, id, form, unreadable(binding));
			redirect.addFlashAttribute("flash",
					(plan.status() == StrategicPlanStatus.SHARED && saved.status() == StrategicPlanStatus.DRAFT)
							? "Saved the plan; it is a draft again, so share it once more when it is ready."
							: "Saved the plan.");
			return "redirect:/plans/" + id;
		}
		catch (InvalidInputException ex) {
			return form(user, plan, form, FormErrors.of(ex), typed(binding), model);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:/plans/" + id;
		}
	}

	/**
	 * The designation select and the client's competitor names for the client chosen in
	 * the form, which htmx swaps in when the client changes.
	 */
	@GetMapping("/plans/client-choices")
	String clientChoices(CurrentUser user, @RequestParam(required = false) UUID clientId,
			@RequestParam(required = false) UUID designationId, Model model) {
		var form = new StrategicPlanRequest(designationId, clientId, null, null, null, null, null, null, null, null);
		choices(user, form, model);
		model.addAttribute("form", form);
		model.addAttribute("errors", Map.of());
		return "planning/plan-form :: choices";
	}

	@GetMapping("/plans/{id}")
	String show(CurrentUser user, @PathVariable UUID id, Model model) {
		PlanQueries.Plan plan = this.queries.plan(user.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("Strategic plan", id));
		List<PlanApi.Warning> warnings = this.warnings.of(user, plan);
		model.addAttribute("v",
				PlanView.of(plan, user.workspaceName(), this.clock.today(user.workspaceId()),
						this.clock.zone(user.workspaceId()),
						this.queries.versions(user.workspaceId(), plan.row().lineageId()), warnings));
		return "planning/plan";
	}

	@CanEdit
	@PostMapping("/plans/{id}/share")
	String share(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		return verb(id, redirect, "Shared the plan with the client.", () -> this.plans.share(user, id));
	}

	@CanApprove
	@PostMapping("/plans/{id}/approve")
	String approve(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		return verb(id, redirect, "Recorded the client's approval; this version is now locked.",
				() -> this.plans.approve(user, id));
	}

	@CanEdit
	@PostMapping("/plans/{id}/new-version")
	String newVersion(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			PlanSnapshot next = this.plans.newVersion(user, id);
			redirect.addFlashAttribute("flash",
					"Started version " + next.planVersion() + ", a draft with everything the last one said.");
			return "redirect:/plans/" + next.id() + "/edit";
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:/plans/" + id;
		}
	}

	@CanEdit
	@PostMapping("/plans/{id}/archive")
	String archive(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		PlanSnapshot plan = this.plans.archive(user, id);
		redirect.addFlashAttribute("flash", "Archived version " + plan.planVersion() + " of " + plan.title() + ".");
		return "redirect:/plans";
	}

	/** The plan document, for the page's download button (the API has its own). */
	@GetMapping("/plans/{id}/pdf")
	@RateLimited(LimitedOperation.PDF)
	ResponseEntity<byte[]> pdf(CurrentUser user, @PathVariable UUID id) {
		PlanDocument.Pdf pdf = this.document.render(user, id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
			.body(pdf.bytes());
	}

	private String verb(UUID id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/plans/" + id;
	}

	private void choices(CurrentUser user, StrategicPlanRequest form, Model model) {
		UUID clientId = form.clientId();
		model.addAttribute("designations",
				(clientId != null) ? this.designations.oursAt(user.workspaceId(), clientId) : List.of());
		model.addAttribute("competitorNames",
				(clientId != null) ? this.clients.competitorNames(user.workspaceId(), clientId) : List.of());
	}

	private String form(CurrentUser user, PlanSnapshot plan, StrategicPlanRequest form, Map<String, String> errors,
			Map<String, Object> typed, Model model) {
		List<ClientSummary> clientChoices = new ArrayList<>(this.clients.list(user.workspaceId(), CLIENT_CHOICES));
		if (form.clientId() != null && clientChoices.stream().noneMatch((c) -> c.id().equals(form.clientId()))) {
			this.clients.find(user.workspaceId(), form.clientId()).ifPresent((c) -> clientChoices.add(0, c));
		}
		choices(user, form, model);
		model.addAttribute("plan", plan);
		model.addAttribute("pageTitle", (plan == null) ? "New strategic plan"
				: "Edit " + plan.title() + " (version " + plan.planVersion() + ")");
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		model.addAttribute("clients", clientChoices);
		model.addAttribute("people", this.users.staff(user.workspaceId()));
		model.addAttribute("priorities", SegmentPriority.values());
		model.addAttribute("milestoneStatuses", MilestoneStatus.values());
		model.addAttribute("maxEntries", PlanContent.MAX_ENTRIES);
		return "planning/plan-form";
	}

	static StrategicPlanRequest formOf(PlanSnapshot plan) {
		PlanContent c = plan.content();
		return new StrategicPlanRequest(c.designationId(), c.clientId(), c.title(), plan.status(),
				c.research().stream().map((r) -> new ResearchInput(r.note(), r.source())).toList(),
				c.competitors()
					.stream()
					.map((x) -> new CompetitorInput(x.name(), x.positioning(), x.strengths(), x.weaknesses(),
							x.shareOfVoicePercent(), x.recentMoves()))
					.toList(),
				c.segments()
					.stream()
					.map((s) -> new SegmentInput(s.name(), s.description(), s.size(), s.priority(), s.channels()))
					.toList(),
				c.objectives().stream().map(ObjectiveInput::new).toList(),
				c.milestones()
					.stream()
					.map((m) -> new MilestoneInput(m.id(), m.name(), m.dueDate(), m.ownerId(), m.status()))
					.toList(),
				plan.version());
	}

	/**
	 * The values that were read, when one could not be (binding then makes no record):
	 * the rest of the form is still checked and shown.
	 */
	@SuppressWarnings("unchecked")
	private static StrategicPlanRequest readable(StrategicPlanRequest form, BindingResult result) {
		if (form != null) {
			return form;
		}
		return new StrategicPlanRequest(read(result, "designationId", UUID.class), read(result, "clientId", UUID.class),
				read(result, "title", String.class), read(result, "status", StrategicPlanStatus.class),
				read(result, "research", List.class), read(result, "competitors", List.class),
				read(result, "segments", List.class), read(result, "objectives", List.class),
				read(result, "milestones", List.class), read(result, "version", Long.class));
	}

}
