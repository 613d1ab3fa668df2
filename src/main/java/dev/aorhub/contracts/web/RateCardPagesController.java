package dev.aorhub.contracts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.shared.web.FieldLimits;
import dev.aorhub.contracts.application.RateCardRequest;
import dev.aorhub.contracts.application.RateCardService;
import dev.aorhub.contracts.domain.RateCard;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.CanPrice;
import dev.aorhub.workspace.Workspaces;

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
 * The rate card pages: the list, a card with its roles, and the form whose role rows are
 * added and removed by round trips.
 */
@Controller
@RequestMapping("/rate-cards")
class RateCardPagesController {

	/** The usual agency roles a new card starts with. */
	static final List<String> USUAL_ROLES = List.of("Strategist", "Creative director", "Designer", "Copywriter",
			"Media planner", "Media buyer", "Account manager", "Analyst", "Fractional CMO");

	record RateForm(String role, String hourlyRate) {
	}

	@FieldLimits.ValidatedAs(RateCardRequest.class)
	record RateCardForm(String name, String currency, String effectiveFrom, String effectiveTo, Boolean isDefault,
			List<RateForm> rates, Long version, String action) {

		RateCardForm {
			rates = (rates != null) ? rates.stream().filter(Objects::nonNull).toList() : List.of();
		}

		static RateCardForm of(RateCard card) {
			return new RateCardForm(card.getName(), card.getCurrency().getCurrencyCode(),
					card.getEffectiveFrom().toString(),
					(card.getEffectiveTo() != null) ? card.getEffectiveTo().toString() : "", card.isDefault(),
					card.getRates()
						.stream()
						.map((r) -> new RateForm(r.role(), r.hourlyRate().amount().toPlainString()))
						.toList(),
					card.getVersion(), null);
		}

		RateCardForm apply() {
			List<RateForm> rows = new ArrayList<>(this.rates);
			try {
				if ("add-rate".equals(this.action)) {
					rows.add(new RateForm("", ""));
				}
				else if (this.action.startsWith("remove-rate:")) {
					rows.remove(Integer.parseInt(this.action.substring("remove-rate:".length())));
				}
			}
			catch (RuntimeException ex) {
				// A stale button: keep the rows.
			}
			return new RateCardForm(this.name, this.currency, this.effectiveFrom, this.effectiveTo, this.isDefault,
					rows, this.version, null);
		}

		boolean saves() {
			return this.action == null || this.action.isBlank() || "save".equals(this.action);
		}

		/** The request, with the values {@code values} could not read left out. */
		RateCardRequest request(FormValues values) {
			String code = (this.currency != null) ? this.currency.strip().toUpperCase() : "";
			List<RateCardRequest.Rate> inputs = this.rates.stream()
				.filter((r) -> !((r.role() == null || r.role().isBlank())
						&& (r.hourlyRate() == null || r.hourlyRate().isBlank())))
				.map((r) -> new RateCardRequest.Rate(r.role(),
						(r.hourlyRate() == null || r.hourlyRate().isBlank()) ? null
								: new dev.aorhub.shared.MoneyInput(r.hourlyRate().strip(), code)))
				.toList();
			return new RateCardRequest(this.name, this.currency, values.date(this.effectiveFrom, "effectiveFrom"),
					values.date(this.effectiveTo, "effectiveTo"), Boolean.TRUE.equals(this.isDefault), inputs,
					this.version);
		}

	}

	private final RateCardService cards;

	private final ContractQueries queries;

	private final Workspaces workspaces;

	private final WorkspaceClock clock;

	RateCardPagesController(RateCardService cards, ContractQueries queries, Workspaces workspaces,
			WorkspaceClock clock) {
		this.cards = cards;
		this.queries = queries;
		this.workspaces = workspaces;
		this.clock = clock;
	}

	@ModelAttribute("canPrice")
	boolean canPrice(CurrentUser user) {
		return dev.aorhub.contracts.application.Approvals.canSeeCosts(user);
	}

	@GetMapping
	String list(CurrentUser user, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "false") boolean archived, Model model) {
		PageQuery query = PageQuery.of(page, 25, q, sort, ContractQueries.RATE_CARD_SORTING);
		model.addAttribute("query", query);
		model.addAttribute("archived", archived);
		model.addAttribute("cards", this.queries.rateCards(user.workspaceId(), archived, query));
		return "contracts/rate-cards";
	}

	@GetMapping("/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> export(CurrentUser user, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "false") boolean archived) {
		return ContractExports.rateCards(this.queries, user.workspaceId(), archived, q, sort)
			.toResponse(ExportFormat.parse(format), "rate-cards");
	}

	@CanPrice
	@GetMapping("/new")
	String newCard(CurrentUser user, Model model) {
		String currency = this.workspaces.settings(user.workspaceId()).baseCurrency().getCurrencyCode();
		var form = new RateCardForm("", currency, this.clock.today(user.workspaceId()).withDayOfYear(1).toString(), "",
				false, USUAL_ROLES.stream().map((role) -> new RateForm(role, "")).toList(), null, null);
		return form(null, form, Map.of(), model);
	}

	@CanPrice
	@PostMapping("/new")
	String create(CurrentUser user, @ModelAttribute("form") RateCardForm form, Model model,
			RedirectAttributes redirect) {
		if (!form.saves()) {
			return form(null, form.apply(), Map.of(), model);
		}
		try {
			FormValues values = new FormValues();
			RateCard card = this.cards.create(user, form.request(values), values.problems());
			redirect.addFlashAttribute("flash", "Created the rate card " + card.getName() + ".");
			return "redirect:/rate-cards/" + card.getId();
		}
		catch (InvalidInputException ex) {
			return form(null, form, FormValues.errors(ex), model);
		}
	}

	@GetMapping("/{id}")
	String show(CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("card", this.cards.get(user, id));
		return "contracts/rate-card";
	}

	@CanPrice
	@GetMapping("/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		RateCard card = this.cards.get(user, id);
		return form(card, RateCardForm.of(card), Map.of(), model);
	}

	@CanPrice
	@PostMapping("/{id}/edit")
	String update(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") RateCardForm form, Model model,
			RedirectAttributes redirect) {
		RateCard card = this.cards.get(user, id);
		if (!form.saves()) {
			return form(card, form.apply(), Map.of(), model);
		}
		try {
			FormValues values = new FormValues();
			this.cards.update(user, id, form.request(values), values.problems());
			redirect.addFlashAttribute("flash", "Saved the rate card.");
			return "redirect:/rate-cards/" + id;
		}
		catch (InvalidInputException ex) {
			return form(card, form, FormValues.errors(ex), model);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:/rate-cards/" + id;
		}
	}

	@PostMapping("/{id}/default")
	String makeDefault(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			RateCard card = this.cards.makeDefault(user, id);
			redirect.addFlashAttribute("flash", card.getName() + " is now the default rate card.");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/rate-cards/" + id;
	}

	@PostMapping("/{id}/archive")
	String archive(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			RateCard card = this.cards.archive(user, id);
			redirect.addFlashAttribute("flash", "Archived the rate card " + card.getName() + ".");
			return "redirect:/rate-cards";
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:/rate-cards/" + id;
		}
	}

	private String form(RateCard card, RateCardForm form, Map<String, String> errors, Model model) {
		model.addAttribute("card", card);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "contracts/rate-card-form";
	}

}
