package dev.aorhub.relationships.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.clients.ClientSummary;
import dev.aorhub.clients.Clients;
import dev.aorhub.relationships.DesignationKind;
import dev.aorhub.relationships.DesignationStatus;
import dev.aorhub.relationships.application.DesignationRequest;
import dev.aorhub.relationships.application.DesignationResult;
import dev.aorhub.relationships.application.DesignationService;
import dev.aorhub.relationships.application.ServiceCategoryService;
import dev.aorhub.relationships.application.TeamRequest;
import dev.aorhub.relationships.application.TeamResult;
import dev.aorhub.relationships.application.TeamService;
import dev.aorhub.relationships.application.Warning;
import dev.aorhub.relationships.domain.Designation;
import dev.aorhub.relationships.domain.RenewalPolicy;
import dev.aorhub.relationships.domain.ServiceCategory;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.MoneyInput;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.shared.web.FormErrors;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.WorkspaceUsers;
import dev.aorhub.workspace.Workspaces;

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
 * A designation's pages: the form to record or change one, and its page with the state
 * changes and the committed team.
 */
@Controller
class DesignationPagesController {

	/** The client select offers at most this many clients (plus the chosen one). */
	static final int CLIENT_CHOICES = 1000;

	/** An existing designation as the form shows it. */
	static DesignationRequest formOf(Designation d) {
		var value = d.annualValue();
		return new DesignationRequest(d.getClientId(), d.getCategoryId(), d.getAgencyName(), d.getKind(), d.getStatus(),
				d.getMarket(), d.getScope(), d.getStartDate(), d.getEndDate(), d.getRenewalNoticeDays(),
				d.isAutoRenew(),
				new MoneyInput((value != null) ? value.amount().toPlainString() : "",
						(value != null) ? value.currency().getCurrencyCode() : ""),
				d.getAccountLeadId(), d.getVersion());
	}

	/**
	 * The values that were read, when one could not be (binding then makes no record):
	 * the rest of the form is still checked and shown.
	 */
	private static DesignationRequest readable(DesignationRequest form, BindingResult result) {
		if (form != null) {
			return form;
		}
		return new DesignationRequest(read(result, "clientId", UUID.class), read(result, "categoryId", UUID.class),
				read(result, "agencyName", String.class), read(result, "kind", DesignationKind.class),
				read(result, "status", DesignationStatus.class), read(result, "market", String.class),
				read(result, "scope", String.class), read(result, "startDate", LocalDate.class),
				read(result, "endDate", LocalDate.class), read(result, "renewalNoticeDays", Integer.class),
				read(result, "autoRenew", Boolean.class),
				new MoneyInput(read(result, "annualValue.amount", String.class),
						read(result, "annualValue.currency", String.class)),
				read(result, "accountLeadId", UUID.class), read(result, "version", Long.class));
	}

	private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter
		.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);

	private static final TeamRequest BLANK_TEAM_FORM = new TeamRequest(null, "", null, false, null, null, null);

	/** The values of the team form that were read, when one could not be. */
	private static TeamRequest readable(TeamRequest form, BindingResult result) {
		if (form != null) {
			return form;
		}
		return new TeamRequest(read(result, "userId", UUID.class), read(result, "role", String.class),
				read(result, "allocationPercent", Integer.class), read(result, "dedicated", Boolean.class),
				read(result, "startDate", LocalDate.class), read(result, "endDate", LocalDate.class), null);
	}

	/** A refusal to show on the form: the rule's message and the record it points at. */
	record Refusal(String type, String message, Object conflictingDesignationId) {

		static Refusal of(ConflictException ex) {
			return new Refusal(ex.problemType(), ex.getMessage(), ex.properties().get("conflictingDesignationId"));
		}

		/**
		 * An exclusivity conflict names the other designation, which {@code lookup}
		 * loads.
		 */
		static Refusal of(ConflictException ex, java.util.function.Function<UUID, Designation> lookup) {
			if ("exclusivity-conflict".equals(ex.problemType())
					&& ex.properties().get("conflictingDesignationId") instanceof UUID other) {
				return exclusivity(ex, lookup.apply(other));
			}
			return of(ex);
		}

		/** For people: who holds what, when, rather than the API's ids. */
		static Refusal exclusivity(ConflictException ex, Designation other) {
			String holder = other.isOurs() ? "We already hold" : other.getAgencyName() + " already holds";
			String until = (other.getEndDate() != null) ? " to " + DATE.format(other.getEndDate()) : ", open-ended";
			return new Refusal(ex.problemType(), holder + " this category exclusively in " + other.getMarket()
					+ " at this client (" + other.getStatus().label().toLowerCase(java.util.Locale.ROOT) + ", "
					+ DATE.format(other.getStartDate()) + until
					+ "). Two exclusive designations cannot overlap: end that one, change the dates or the market, "
					+ "or record this one as preferred.", other.getId());
		}

	}

	private final DesignationService designations;

	private final TeamService team;

	private final ServiceCategoryService categories;

	private final DesignationQueries queries;

	private final TeamQueries teamQueries;

	private final DesignationTermQueries termQueries;

	private final Clients clients;

	private final WorkspaceUsers users;

	private final Workspaces workspaces;

	private final WorkspaceClock clock;

	DesignationPagesController(DesignationService designations, TeamService team, ServiceCategoryService categories,
			DesignationQueries queries, TeamQueries teamQueries, DesignationTermQueries termQueries, Clients clients,
			WorkspaceUsers users, Workspaces workspaces, WorkspaceClock clock) {
		this.termQueries = termQueries;
		this.designations = designations;
		this.team = team;
		this.categories = categories;
		this.queries = queries;
		this.teamQueries = teamQueries;
		this.clients = clients;
		this.users = users;
		this.workspaces = workspaces;
		this.clock = clock;
	}

	/**
	 * A new designation is ours and led by whoever records it, unless it is another
	 * agency's ({@code agencyName}): we lead nobody on another agency's business.
	 */
	@CanEdit
	@GetMapping("/designations/new")
	String newDesignation(CurrentUser user, @RequestParam(required = false) UUID clientId,
			@RequestParam(required = false) UUID categoryId, @RequestParam(required = false) String market,
			@RequestParam(required = false) String agencyName, Model model) {
		String currency = (clientId != null) ? this.clients.find(user.workspaceId(), clientId)
			.map((c) -> c.currency().getCurrencyCode())
			.orElse(null) : null;
		if (currency == null) {
			currency = this.workspaces.settings(user.workspaceId()).baseCurrency().getCurrencyCode();
		}
		boolean theirs = agencyName != null && !agencyName.isBlank();
		var form = new DesignationRequest(clientId, categoryId, theirs ? agencyName.strip() : "",
				DesignationKind.EXCLUSIVE, DesignationStatus.ACTIVE,
				(market != null && !market.isBlank()) ? market : "Global", "", this.clock.today(user.workspaceId()),
				this.clock.today(user.workspaceId()).plusYears(2).minusDays(1), 90, false, new MoneyInput("", currency),
				theirs ? null : user.userId(), null);
		return form(user, null, form, Map.of(), Map.of(), null, model);
	}

	/**
	 * {@code leadDefaulted} says the account lead is still the one the new form offered
	 * (the signed-in user): for another agency's designation that is no one, whether or
	 * not the page's script could clear the select.
	 */
	@CanEdit
	@PostMapping("/designations/new")
	String create(CurrentUser user, @ModelAttribute("form") DesignationRequest request, BindingResult binding,
			@RequestParam(defaultValue = "false") boolean leadDefaulted, Model model, RedirectAttributes redirect) {
		DesignationRequest form = withoutDefaultLead(readable(request, binding), user, leadDefaulted);
		try {
			DesignationResult result = this.designations.create(user, form, unreadable(binding));
			redirect.addFlashAttribute("flash", "Recorded the designation.");
			redirect.addFlashAttribute("warnings", result.warnings());
			return "redirect:/designations/" + result.designation().getId();
		}
		catch (InvalidInputException ex) {
			return form(user, null, form, FormErrors.of(ex), typed(binding), null, model);
		}
		catch (ConflictException ex) {
			return form(user, null, form, Map.of(), Map.of(), refusal(user, ex), model);
		}
	}

	static DesignationRequest withoutDefaultLead(DesignationRequest form, CurrentUser user, boolean leadDefaulted) {
		boolean theirs = form.agencyName() != null && !form.agencyName().isBlank();
		if (!theirs || !leadDefaulted || !user.userId().equals(form.accountLeadId())) {
			return form;
		}
		return new DesignationRequest(form.clientId(), form.categoryId(), form.agencyName(), form.kind(), form.status(),
				form.market(), form.scope(), form.startDate(), form.endDate(), form.renewalNoticeDays(),
				form.autoRenew(), form.annualValue(), null, form.version());
	}

	@CanEdit
	@GetMapping("/designations/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		Designation designation = this.designations.get(user, id);
		return form(user, designation, formOf(designation), Map.of(), Map.of(), null, model);
	}

	@CanEdit
	@PostMapping("/designations/{id}/edit")
	String update(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") DesignationRequest request,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Designation designation = this.designations.get(user, id);
		DesignationRequest form = readable(request, binding);
		try {
			DesignationResult result = this.designations.update(user, id, form, unreadable(binding));
			redirect.addFlashAttribute("flash", "Saved the designation.");
			redirect.addFlashAttribute("warnings", result.warnings());
			return "redirect:/designations/" + id;
		}
		catch (InvalidInputException ex) {
			return form(user, designation, form, FormErrors.of(ex), typed(binding), null, model);
		}
		catch (ConflictException ex) {
			return form(user, designation, form, Map.of(), Map.of(), refusal(user, ex), model);
		}
	}

	private Refusal refusal(CurrentUser user, ConflictException ex) {
		return Refusal.of(ex, (other) -> this.designations.get(user, other));
	}

	/** "from 1 Jan 2028 to 31 Dec 2029", or "from 1 Jan 2028, open-ended". */
	static String describe(LocalDate start, LocalDate end) {
		return "from " + DATE.format(start) + ((end != null) ? " to " + DATE.format(end) : ", open-ended");
	}

	private String form(CurrentUser user, Designation designation, DesignationRequest form, Map<String, String> errors,
			Map<String, Object> typed, Refusal refusal, Model model) {
		List<ClientSummary> clientChoices = new ArrayList<>(this.clients.list(user.workspaceId(), CLIENT_CHOICES));
		if (form.clientId() != null && clientChoices.stream().noneMatch((c) -> c.id().equals(form.clientId()))) {
			this.clients.find(user.workspaceId(), form.clientId()).ifPresent((c) -> clientChoices.add(0, c));
		}
		List<ServiceCategory> categoryChoices = new ArrayList<>(this.categories.active(user.workspaceId()));
		if (designation != null
				&& categoryChoices.stream().noneMatch((c) -> c.getId().equals(designation.getCategoryId()))) {
			categoryChoices.add(this.categories.get(user, designation.getCategoryId()));
		}
		model.addAttribute("designation", designation);
		model.addAttribute("pageTitle", (designation == null) ? "Record a designation" : "Edit the designation");
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		model.addAttribute("refusal", refusal);
		model.addAttribute("clients", clientChoices);
		model.addAttribute("categories", categoryChoices);
		model.addAttribute("people", this.users.staff(user.workspaceId()));
		// The lead the new form offers (the signed-in user), which another agency's
		// designation does not take.
		model.addAttribute("defaultLeadId", (designation == null) ? user.userId() : null);
		model.addAttribute("kinds", Arrays.asList(DesignationKind.values()));
		model.addAttribute("statuses", Arrays.asList(DesignationStatus.values()));
		model.addAttribute("markets", this.queries.markets(user.workspaceId()));
		return "relationships/designation-form";
	}

	@GetMapping("/designations/{id}")
	String show(CurrentUser user, @PathVariable UUID id, Model model) {
		return page(user, id, BLANK_TEAM_FORM, Map.of(), Map.of(), model);
	}

	private String page(CurrentUser user, UUID id, TeamRequest teamForm, Map<String, String> teamErrors,
			Map<String, Object> teamTyped, Model model) {
		Designation designation = this.designations.get(user, id);
		ClientSummary client = this.clients.find(user.workspaceId(), designation.getClientId())
			.orElseThrow(() -> new NotFoundException("Client", designation.getClientId()));
		ServiceCategory category = this.categories.get(user, designation.getCategoryId());
		var lead = (designation.getAccountLeadId() != null)
				? this.users.find(user.workspaceId(), List.of(designation.getAccountLeadId()))
					.get(designation.getAccountLeadId())
				: null;
		List<Warning> warnings = new ArrayList<>(this.designations.termWarnings(designation));
		if (model.getAttribute("warnings") instanceof List<?> flashed) {
			flashed.stream()
				.filter(Warning.class::isInstance)
				.map(Warning.class::cast)
				.filter((w) -> !warnings.contains(w))
				.forEach(warnings::add);
		}
		model.addAttribute("designation", designation);
		model.addAttribute("client", client);
		model.addAttribute("category", category);
		model.addAttribute("lead", lead);
		model.addAttribute("warnings", warnings);
		model.addAttribute("window", designation.renewalWindow());
		model.addAttribute("today", this.clock.today(user.workspaceId()));
		model.addAttribute("team", this.teamQueries.ofDesignation(user.workspaceId(), id));
		model.addAttribute("teamForm", teamForm);
		model.addAttribute("teamErrors", teamErrors);
		model.addAttribute("teamTyped", teamTyped);
		model.addAttribute("people", this.users.staff(user.workspaceId()));
		model.addAttribute("nextStatuses", List.copyOf(designation.getStatus().next()));
		model.addAttribute("renewable",
				!designation.isArchived() && RenewalPolicy.RENEWABLE.contains(designation.getStatus()));
		model.addAttribute("terms",
				this.termQueries.terms(user.workspaceId(), id, PageQuery.first(DesignationTermQueries.SORTING)));
		return "relationships/designation";
	}

	@PostMapping("/designations/{id}/status")
	String changeStatus(CurrentUser user, @PathVariable UUID id, @RequestParam DesignationStatus to,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			DesignationResult result = this.designations.changeStatus(user, id, to, reason);
			redirect.addFlashAttribute("flash", "The designation is now " + to.label().toLowerCase() + ".");
			redirect.addFlashAttribute("warnings", result.warnings());
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("flashError", "The reason " + ex.problems().get(0).message() + ".");
		}
		return "redirect:/designations/" + id;
	}

	@PostMapping("/designations/{id}/archive")
	String archive(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		Designation designation = this.designations.archive(user, id);
		redirect.addFlashAttribute("flash", "Archived the designation; it no longer counts anywhere.");
		return "redirect:/clients/" + designation.getClientId() + "/roster";
	}

	@PostMapping("/designations/{id}/team")
	String addMember(CurrentUser user, @PathVariable UUID id, @ModelAttribute("teamForm") TeamRequest request,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		TeamRequest form = readable(request, binding);
		try {
			TeamResult result = this.team.add(user, id, form, unreadable(binding));
			redirect.addFlashAttribute("flash", "Added to the team.");
			redirect.addFlashAttribute("warnings", result.warnings());
			return "redirect:/designations/" + id + "#team";
		}
		catch (InvalidInputException ex) {
			return page(user, id, form, FormErrors.of(ex), typed(binding), model);
		}
	}

	@PostMapping("/designations/{id}/team/{assignmentId}/remove")
	String removeMember(CurrentUser user, @PathVariable UUID id, @PathVariable UUID assignmentId,
			RedirectAttributes redirect) {
		this.team.remove(user, id, assignmentId);
		redirect.addFlashAttribute("flash", "Taken off the team.");
		return "redirect:/designations/" + id + "#team";
	}

}
