package dev.aorhub.relationships.web;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.clients.ClientSummary;
import dev.aorhub.clients.Clients;
import dev.aorhub.relationships.DesignationKind;
import dev.aorhub.relationships.application.DesignationResult;
import dev.aorhub.relationships.application.DesignationService;
import dev.aorhub.relationships.application.RenewalRequest;
import dev.aorhub.relationships.application.ServiceCategoryService;
import dev.aorhub.relationships.domain.Designation;
import dev.aorhub.relationships.domain.RenewalPolicy;
import dev.aorhub.relationships.domain.Term;
import dev.aorhub.relationships.web.DesignationPagesController.Refusal;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.MoneyInput;
import dev.aorhub.shared.NotFoundException;
import dev.aorhub.shared.web.FormErrors;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.CanEdit;

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
 * The renewal form: the next term of a designation, prefilled with what an empty renewal
 * would give, opened from the designation's page or the renewal pipeline.
 */
@Controller
class RenewalPagesController {

	/** Where the form was opened from, for its way back. */
	enum From {

		DESIGNATION, RENEWALS

	}

	private final DesignationService designations;

	private final ServiceCategoryService categories;

	private final Clients clients;

	RenewalPagesController(DesignationService designations, ServiceCategoryService categories, Clients clients) {
		this.designations = designations;
		this.categories = categories;
		this.clients = clients;
	}

	@CanEdit
	@GetMapping("/designations/{id}/renew")
	String form(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "DESIGNATION") From from,
			Model model, RedirectAttributes redirect) {
		Designation designation = this.designations.get(user, id);
		if (!RenewalPolicy.RENEWABLE.contains(designation.getStatus())) {
			redirect.addFlashAttribute("flashError", "Only an active designation or one under review can be renewed.");
			return "redirect:/designations/" + id;
		}
		Term proposal = this.designations.proposedRenewal(designation);
		Term basis = (proposal != null) ? proposal : designation.currentTerm();
		var form = new RenewalRequest((proposal != null) ? proposal.dates().start() : null,
				(proposal != null) ? proposal.dates().end() : null, formValue(basis), basis.kind());
		return page(user, designation, form, from, Map.of(), Map.of(), null, model);
	}

	@CanEdit
	@PostMapping("/designations/{id}/renew")
	String renew(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "DESIGNATION") From from,
			@ModelAttribute("form") RenewalRequest request, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Designation designation = this.designations.get(user, id);
		RenewalRequest form = (request != null) ? request
				: new RenewalRequest(read(binding, "startDate", java.time.LocalDate.class),
						read(binding, "endDate", java.time.LocalDate.class),
						new MoneyInput(read(binding, "annualValue.amount", String.class),
								read(binding, "annualValue.currency", String.class)),
						read(binding, "kind", DesignationKind.class));
		try {
			DesignationResult result = this.designations.renew(user, id, form, unreadable(binding));
			Designation renewed = result.designation();
			redirect.addFlashAttribute("flash",
					"Renewed: the designation now runs "
							+ DesignationPagesController.describe(renewed.getStartDate(), renewed.getEndDate())
							+ ". The previous term is kept under Terms.");
			redirect.addFlashAttribute("warnings", result.warnings());
			return "redirect:/designations/" + id + "#terms";
		}
		catch (InvalidInputException ex) {
			return page(user, designation, form, from, FormErrors.of(ex), typed(binding), null, model);
		}
		catch (ConflictException ex) {
			return page(user, designation, form, from, Map.of(), Map.of(),
					Refusal.of(ex, (other) -> this.designations.get(user, other)), model);
		}
	}

	private static MoneyInput formValue(Term term) {
		return (term.annualValue() != null) ? MoneyInput.of(term.annualValue()) : new MoneyInput("", "");
	}

	private String page(CurrentUser user, Designation designation, RenewalRequest form, From from,
			Map<String, String> errors, Map<String, Object> typed, Refusal refusal, Model model) {
		ClientSummary client = this.clients.find(user.workspaceId(), designation.getClientId())
			.orElseThrow(() -> new NotFoundException("Client", designation.getClientId()));
		model.addAttribute("designation", designation);
		model.addAttribute("client", client);
		model.addAttribute("category", this.categories.get(user, designation.getCategoryId()));
		model.addAttribute("current", designation.currentTerm());
		model.addAttribute("form", form);
		model.addAttribute("from", from);
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		model.addAttribute("refusal", refusal);
		model.addAttribute("kinds", Arrays.asList(DesignationKind.values()));
		return "relationships/renew";
	}

}
