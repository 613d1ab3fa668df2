package dev.aorhub.clients.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.clients.ClientStatus;
import dev.aorhub.clients.application.BrandRequest;
import dev.aorhub.clients.application.BrandService;
import dev.aorhub.clients.application.ClientService;
import dev.aorhub.clients.domain.Brand;
import dev.aorhub.clients.domain.Client;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.web.FormBinding;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.CanEdit;
import dev.aorhub.workspace.Workspaces;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clients list, the client form and the client page: the account's home.
 */
@Controller
@RequestMapping("/clients")
class ClientPagesController {

	/** A competitor as the client page shows it: linked when it is one of our clients. */
	record CompetitorLink(UUID clientId, String name) {
	}

	private final ClientService clients;

	private final BrandService brands;

	private final ClientQueries queries;

	private final ClientPageSections sections;

	private final Workspaces workspaces;

	ClientPagesController(ClientService clients, BrandService brands, ClientQueries queries,
			ClientPageSections sections, Workspaces workspaces) {
		this.clients = clients;
		this.brands = brands;
		this.queries = queries;
		this.sections = sections;
		this.workspaces = workspaces;
	}

	@ModelAttribute("statuses")
	List<ClientStatus> statuses() {
		return List.of(ClientStatus.values());
	}

	@GetMapping
	String list(CurrentUser user, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) ClientStatus status, @RequestParam(required = false) String industry,
			@RequestParam(required = false) String tag, @RequestParam(defaultValue = "false") boolean archived,
			Model model) {
		PageQuery query = PageQuery.of(page, 25, q, sort, ClientQueries.CLIENT_SORTING);
		model.addAttribute("query", query);
		model.addAttribute("status", status);
		model.addAttribute("industry", (industry != null) ? industry : "");
		model.addAttribute("tag", (tag != null) ? tag : "");
		model.addAttribute("archived", archived);
		model.addAttribute("industries", this.queries.industries(user.workspaceId()));
		model.addAttribute("tags", this.queries.tags(user.workspaceId()));
		model.addAttribute("clients", this.queries.clients(user.workspaceId(),
				new ClientQueries.ClientFilter(status, industry, tag, archived), query));
		return "clients/clients";
	}

	@GetMapping("/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> export(CurrentUser user, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) ClientStatus status, @RequestParam(required = false) String industry,
			@RequestParam(required = false) String tag, @RequestParam(defaultValue = "false") boolean archived) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		return ClientExports
			.clients(this.queries, user, new ClientQueries.ClientFilter(status, industry, tag, archived), q, sort)
			.toResponse(exportFormat, "clients");
	}

	@CanEdit
	@GetMapping("/new")
	String newClient(CurrentUser user, Model model) {
		String currency = this.workspaces.settings(user.workspaceId()).baseCurrency().getCurrencyCode();
		return form(user, null, ClientForm.empty(currency), Map.of(), Map.of(), model);
	}

	@CanEdit
	@PostMapping("/new")
	String create(CurrentUser user, @ModelAttribute("form") ClientForm bound, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		ClientForm form = ClientForm.readable(bound, binding);
		try {
			Client client = this.clients.create(user, form.request(), ClientForm.unreadable(binding));
			redirect.addFlashAttribute("flash", client.getName() + " is added.");
			return "redirect:/clients/" + client.getId();
		}
		catch (InvalidInputException ex) {
			return form(user, null, form, form.errors(ex.problems()), FormBinding.typed(binding), model);
		}
	}

	@GetMapping("/{id}")
	String show(CurrentUser user, @PathVariable UUID id, Model model) {
		Client client = this.clients.get(user, id);
		List<ClientQueries.ContactRow> contacts = this.queries.orgChart(user.workspaceId(), id);
		List<Brand> brands = this.brands.list(client);
		model.addAttribute("client", client);
		model.addAttribute("clientSummary", client.summary());
		model.addAttribute("websiteHref", websiteHref(client.getWebsite()));
		model.addAttribute("competitors",
				client.getCompetitors().stream().map((c) -> new CompetitorLink(c.clientId(), c.name())).toList());
		model.addAttribute("competedBy", this.queries.listedAsCompetitorBy(user.workspaceId(), id));
		model.addAttribute("chart", OrgChart.of(contacts));
		model.addAttribute("archivedContacts", contacts.stream().filter(ClientQueries.ContactRow::archived).toList());
		model.addAttribute("brands", brands.stream().filter((b) -> !b.isArchived()).toList());
		model.addAttribute("archivedBrands", brands.stream().filter(Brand::isArchived).toList());
		model.addAttribute("sections", this.sections.render(user, id));
		return "clients/client";
	}

	@CanEdit
	@GetMapping("/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		Client client = this.clients.get(user, id);
		return form(user, client, ClientForm.of(client), Map.of(), Map.of(), model);
	}

	@CanEdit
	@PostMapping("/{id}/edit")
	String update(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") ClientForm bound,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		ClientForm form = ClientForm.readable(bound, binding);
		try {
			Client client = this.clients.update(user, id, form.request(), ClientForm.unreadable(binding));
			redirect.addFlashAttribute("flash", "Saved " + client.getName() + ".");
			return "redirect:/clients/" + id;
		}
		catch (InvalidInputException ex) {
			return form(user, this.clients.get(user, id), form, form.errors(ex.problems()), FormBinding.typed(binding),
					model);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:/clients/" + id + "/edit";
		}
	}

	@PostMapping("/{id}/archive")
	String archive(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		Client client = this.clients.archive(user, id);
		redirect.addFlashAttribute("flash",
				client.getName() + " is archived. Its history stays; restore it at any time.");
		return "redirect:/clients/" + id;
	}

	@PostMapping("/{id}/restore")
	String restore(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		Client client = this.clients.restore(user, id);
		redirect.addFlashAttribute("flash", client.getName() + " is restored.");
		return "redirect:/clients/" + id;
	}

	/**
	 * The name that was read when the version could not be (binding then makes no
	 * record).
	 */
	private static BrandRequest readable(BrandRequest form, BindingResult result) {
		return (form != null) ? form : new BrandRequest(FormBinding.read(result, "name", String.class),
				FormBinding.read(result, "version", Long.class));
	}

	@PostMapping("/{id}/brands")
	String addBrand(CurrentUser user, @PathVariable UUID id, @ModelAttribute BrandRequest request,
			BindingResult binding, RedirectAttributes redirect) {
		BrandRequest form = readable(request, binding);
		String name = form.name();
		try {
			Brand brand = this.brands.create(user, id, form, FormBinding.unreadable(binding));
			redirect.addFlashAttribute("flash", "Added the brand " + brand.getName() + ".");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("brandError", "Brand name " + ex.problems().get(0).message() + ".");
			redirect.addFlashAttribute("brandName", name);
		}
		return "redirect:/clients/" + id + "#brands";
	}

	@PostMapping("/{id}/brands/{brandId}")
	String renameBrand(CurrentUser user, @PathVariable UUID id, @PathVariable UUID brandId,
			@ModelAttribute BrandRequest request, BindingResult binding, RedirectAttributes redirect) {
		BrandRequest form = readable(request, binding);
		try {
			Brand brand = this.brands.rename(user, id, brandId, form, FormBinding.unreadable(binding));
			redirect.addFlashAttribute("flash", "Renamed the brand to " + brand.getName() + ".");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("brandError", "Brand name " + ex.problems().get(0).message() + ".");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/clients/" + id + "#brands";
	}

	@PostMapping("/{id}/brands/{brandId}/archive")
	String archiveBrand(CurrentUser user, @PathVariable UUID id, @PathVariable UUID brandId,
			RedirectAttributes redirect) {
		Brand brand = this.brands.archive(user, id, brandId);
		redirect.addFlashAttribute("flash", "Archived the brand " + brand.getName() + ".");
		return "redirect:/clients/" + id + "#brands";
	}

	@PostMapping("/{id}/brands/{brandId}/restore")
	String restoreBrand(CurrentUser user, @PathVariable UUID id, @PathVariable UUID brandId,
			RedirectAttributes redirect) {
		Brand brand = this.brands.restore(user, id, brandId);
		redirect.addFlashAttribute("flash", "Restored the brand " + brand.getName() + ".");
		return "redirect:/clients/" + id + "#brands";
	}

	private String form(CurrentUser user, Client client, ClientForm form, Map<String, String> errors,
			Map<String, Object> typed, Model model) {
		model.addAttribute("client", client);
		model.addAttribute("form", form);
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		UUID self = (client != null) ? client.getId() : null;
		model.addAttribute("otherClients",
				this.queries.clientOptions(user.workspaceId())
					.stream()
					.filter((option) -> !option.id().equals(self))
					.toList());
		model.addAttribute("industryChoices", industryChoices(this.queries.industries(user.workspaceId())));
		return "clients/client-form";
	}

	private static List<String> industryChoices(List<String> used) {
		SortedSet<String> choices = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		choices.addAll(List.of("Automotive", "Beverages", "Consumer packaged goods", "Fashion", "Financial services",
				"Fintech", "Healthcare", "Insurance", "Quick-service restaurants", "Retail", "SaaS", "Telecom",
				"Travel"));
		choices.addAll(used);
		return List.copyOf(choices);
	}

	/**
	 * A link to the client's website; the address was validated as a plain web address.
	 */
	static String websiteHref(String website) {
		if (website == null || website.isBlank()) {
			return null;
		}
		String lower = website.toLowerCase(Locale.ROOT);
		return (lower.startsWith("http://") || lower.startsWith("https://")) ? website : "https://" + website;
	}

}
