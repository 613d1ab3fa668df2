package dev.aorhub.workspace.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.shared.web.FormErrors;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.CanPrice;
import dev.aorhub.workspace.Role;
import dev.aorhub.workspace.application.ExchangeRateImport;
import dev.aorhub.workspace.application.ExchangeRateRequest;
import dev.aorhub.workspace.application.ExchangeRateService;
import dev.aorhub.workspace.domain.ExchangeRate;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static dev.aorhub.shared.web.FormBinding.read;
import static dev.aorhub.shared.web.FormBinding.typed;
import static dev.aorhub.shared.web.FormBinding.unreadable;

/**
 * The exchange-rates page: every staff user sees the rates totals convert with; admins
 * and finance add, change, remove and import them.
 */
@Controller
@RequestMapping("/exchange-rates")
class ExchangeRatePagesController {

	private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter
		.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);

	private static final ExchangeRateRequest BLANK = new ExchangeRateRequest("", null, null, null);

	private final ExchangeRateService rates;

	private final ExchangeRateImport imports;

	private final ExchangeRateQueries queries;

	private final WorkspaceClock clock;

	ExchangeRatePagesController(ExchangeRateService rates, ExchangeRateImport imports, ExchangeRateQueries queries,
			WorkspaceClock clock) {
		this.rates = rates;
		this.imports = imports;
		this.queries = queries;
		this.clock = clock;
	}

	@GetMapping
	String list(CurrentUser user, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) UUID edit, Model model) {
		if (edit != null) {
			if (!user.canPrice()) {
				throw new AccessDeniedException("Only admin and finance users change exchange rates");
			}
			ExchangeRate rate = this.rates.get(user, edit);
			return page(user, page, q, sort, edit, new ExchangeRateRequest(rate.getCurrency().getCurrencyCode(),
					rate.getRate(), rate.getValidFrom(), rate.getVersion()), Map.of(), Map.of(), model);
		}
		return page(user, page, q, sort, null, BLANK, Map.of(), Map.of(), model);
	}

	@GetMapping("/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> export(CurrentUser user, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort) {
		return this.queries.export(user.workspaceId(), null, q, sort, this.clock.today(user.workspaceId()))
			.toResponse(ExportFormat.parse(format), "exchange-rates");
	}

	@PostMapping
	String create(CurrentUser user, @ModelAttribute("form") ExchangeRateRequest request, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		ExchangeRateRequest form = readable(request, binding);
		try {
			ExchangeRate rate = this.rates.create(user, form, unreadable(binding));
			redirect.addFlashAttribute("flash", "Added the " + rate.getCurrency().getCurrencyCode() + " rate.");
			return "redirect:/exchange-rates";
		}
		catch (InvalidInputException ex) {
			return page(user, null, null, null, null, form, FormErrors.of(ex), typed(binding), model);
		}
		catch (ConflictException ex) {
			return page(user, null, null, null, null, form, Map.of("validFrom", ex.getMessage()), typed(binding),
					model);
		}
	}

	@PostMapping("/{id}/edit")
	String update(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") ExchangeRateRequest request,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		ExchangeRate rate = this.rates.get(user, id);
		ExchangeRateRequest form = readable(request, binding);
		form = new ExchangeRateRequest(rate.getCurrency().getCurrencyCode(), form.rate(), form.validFrom(),
				form.version());
		try {
			this.rates.update(user, id, form, unreadable(binding));
			redirect.addFlashAttribute("flash", "Saved the " + rate.getCurrency().getCurrencyCode() + " rate.");
			return "redirect:/exchange-rates";
		}
		catch (InvalidInputException ex) {
			return page(user, null, null, null, id, form, FormErrors.of(ex), typed(binding), model);
		}
		catch (ConflictException ex) {
			if ("stale-version".equals(ex.problemType())) {
				redirect.addFlashAttribute("flashError", ex.getMessage());
				return "redirect:/exchange-rates?edit=" + id;
			}
			return page(user, null, null, null, id, form, Map.of("validFrom", ex.getMessage()), typed(binding), model);
		}
	}

	/** Asks before removing: a rate that totals convert with should not go by a slip. */
	@CanPrice
	@GetMapping("/{id}/delete")
	String confirmDelete(CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("rate", this.rates.get(user, id));
		model.addAttribute("base", this.rates.baseCurrency(user).getCurrencyCode());
		return "workspace/exchange-rate-delete";
	}

	@PostMapping("/{id}/delete")
	String delete(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		ExchangeRate rate = this.rates.get(user, id);
		this.rates.delete(user, id);
		redirect.addFlashAttribute("flash", "Removed the " + rate.getCurrency().getCurrencyCode() + " rate from "
				+ DATE.format(rate.getValidFrom()) + ".");
		return "redirect:/exchange-rates";
	}

	@PostMapping("/import")
	@RateLimited(LimitedOperation.IMPORT)
	String importFile(CurrentUser user, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) {
		try {
			byte[] bytes = (file != null) ? file.getBytes() : null;
			ExchangeRateImport.Result result = this.imports.importCsv(user, bytes);
			redirect.addFlashAttribute("flash", "Imported " + result.rowsImported() + " exchange rates.");
			return "redirect:/exchange-rates";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ExchangeRateImport.RejectedException ex) {
			model.addAttribute("importResult", ex.result());
			return page(user, null, null, null, null, BLANK, Map.of(), Map.of(), model);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("importError", FormErrors.of(ex).getOrDefault("file", ex.getMessage()));
			return page(user, null, null, null, null, BLANK, Map.of(), Map.of(), model);
		}
	}

	private String page(CurrentUser user, Integer page, String q, String sort, UUID editing, ExchangeRateRequest form,
			Map<String, String> errors, Map<String, Object> typed, Model model) {
		LocalDate today = this.clock.today(user.workspaceId());
		PageQuery query = PageQuery.of(page, 50, q, sort, ExchangeRateQueries.SORTING);
		model.addAttribute("query", query);
		model.addAttribute("rates", this.queries.page(user.workspaceId(), null, query, today));
		model.addAttribute("base", this.rates.baseCurrency(user).getCurrencyCode());
		model.addAttribute("today", today);
		model.addAttribute("canChange", user.hasRole(Role.ADMIN) || user.hasRole(Role.FINANCE));
		model.addAttribute("editing", editing);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		model.addAttribute("columns", String.join(", ", ExchangeRateImport.COLUMNS));
		return "workspace/exchange-rates";
	}

	/**
	 * The values that were read, when one could not be (binding then makes no record).
	 */
	private static ExchangeRateRequest readable(ExchangeRateRequest form, BindingResult result) {
		if (form != null) {
			return form;
		}
		return new ExchangeRateRequest(read(result, "currency", String.class), read(result, "rate", BigDecimal.class),
				read(result, "validFrom", LocalDate.class), read(result, "version", Long.class));
	}

}
