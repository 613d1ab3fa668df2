package dev.aorhub.clients.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.clients.ContactLevel;
import dev.aorhub.clients.application.ClientService;
import dev.aorhub.clients.application.ContactRequest;
import dev.aorhub.clients.application.ContactService;
import dev.aorhub.clients.domain.Client;
import dev.aorhub.clients.domain.Contact;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.web.FormBinding;
import dev.aorhub.shared.web.FormErrors;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.CanEdit;

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

/**
 * The workspace's contacts list and the contact form of a client.
 */
@Controller
class ContactPagesController {

	private static final ContactRequest BLANK = new ContactRequest("", "", "", "", ContactLevel.MANAGER, false, null,
			true, "", null);

	/**
	 * The request as the form means it: an unticked box sends nothing, so a missing
	 * {@code primary} or {@code active} is no here (the API's null leaves it as it is).
	 * When a value could not be read binding makes no record, so it is rebuilt from the
	 * values that were.
	 */
	private static ContactRequest readable(ContactRequest form, BindingResult result) {
		ContactRequest read = (form != null) ? form : new ContactRequest(FormBinding.read(result, "name", String.class),
				FormBinding.read(result, "email", String.class), FormBinding.read(result, "phone", String.class),
				FormBinding.read(result, "title", String.class), FormBinding.read(result, "level", ContactLevel.class),
				FormBinding.read(result, "primary", Boolean.class), FormBinding.read(result, "reportsToId", UUID.class),
				FormBinding.read(result, "active", Boolean.class), FormBinding.read(result, "notes", String.class),
				FormBinding.read(result, "version", Long.class));
		return new ContactRequest(read.name(), read.email(), read.phone(), read.title(), read.level(),
				Boolean.TRUE.equals(read.primary()), read.reportsToId(), Boolean.TRUE.equals(read.active()),
				read.notes(), read.version());
	}

	private final ClientService clients;

	private final ContactService contacts;

	private final ClientQueries queries;

	ContactPagesController(ClientService clients, ContactService contacts, ClientQueries queries) {
		this.clients = clients;
		this.contacts = contacts;
		this.queries = queries;
	}

	@ModelAttribute("levels")
	List<ContactLevel> levels() {
		return List.of(ContactLevel.values());
	}

	@GetMapping("/contacts")
	String list(CurrentUser user, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) ContactLevel level, @RequestParam(required = false) Boolean active,
			@RequestParam(required = false) UUID clientId, Model model) {
		PageQuery query = PageQuery.of(page, 25, q, sort, ClientQueries.CONTACT_SORTING);
		model.addAttribute("query", query);
		model.addAttribute("level", level);
		model.addAttribute("active", active);
		model.addAttribute("clientId", clientId);
		model.addAttribute("clientOptions", this.queries.clientOptions(user.workspaceId()));
		model.addAttribute("contacts", this.queries.contacts(user.workspaceId(),
				new ClientQueries.ContactFilter(clientId, level, active, false), query));
		return "clients/contacts";
	}

	@GetMapping("/contacts/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> export(CurrentUser user, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) ContactLevel level, @RequestParam(required = false) Boolean active,
			@RequestParam(required = false) UUID clientId) {
		ExportFormat exportFormat = ExportFormat.parse(format);
		return ClientExports
			.contacts(this.queries, user, new ClientQueries.ContactFilter(clientId, level, active, false), q, sort)
			.toResponse(exportFormat, "contacts");
	}

	@CanEdit
	@GetMapping("/clients/{clientId}/contacts/new")
	String newContact(CurrentUser user, @PathVariable UUID clientId, Model model) {
		Client client = this.clients.get(user, clientId);
		return form(user, client, null, BLANK, Map.of(), model);
	}

	@CanEdit
	@PostMapping("/clients/{clientId}/contacts/new")
	String create(CurrentUser user, @PathVariable UUID clientId, @ModelAttribute("form") ContactRequest request,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Client client = this.clients.get(user, clientId);
		ContactRequest form = readable(request, binding);
		try {
			Contact contact = this.contacts.create(user, clientId, form, FormBinding.unreadable(binding));
			redirect.addFlashAttribute("flash", contact.getName() + " is added to " + client.getName() + ".");
			return "redirect:/clients/" + clientId + "#contact-" + contact.getId();
		}
		catch (InvalidInputException ex) {
			return form(user, client, null, form, FormErrors.of(ex), model);
		}
	}

	@GetMapping("/clients/{clientId}/contacts/{id}")
	String edit(CurrentUser user, @PathVariable UUID clientId, @PathVariable UUID id, Model model) {
		Client client = this.clients.get(user, clientId);
		Contact contact = this.contacts.get(user, clientId, id);
		return form(user, client, contact, ContactRequest.of(contact), Map.of(), model);
	}

	@CanEdit
	@PostMapping("/clients/{clientId}/contacts/{id}")
	String update(CurrentUser user, @PathVariable UUID clientId, @PathVariable UUID id,
			@ModelAttribute("form") ContactRequest request, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Client client = this.clients.get(user, clientId);
		ContactRequest form = readable(request, binding);
		try {
			Contact contact = this.contacts.update(user, clientId, id, form, FormBinding.unreadable(binding));
			redirect.addFlashAttribute("flash", "Saved " + contact.getName() + ".");
			return "redirect:/clients/" + clientId + "#contact-" + id;
		}
		catch (InvalidInputException ex) {
			return form(user, client, this.contacts.get(user, clientId, id), form, FormErrors.of(ex), model);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:/clients/" + clientId + "/contacts/" + id;
		}
	}

	@PostMapping("/clients/{clientId}/contacts/{id}/archive")
	String archive(CurrentUser user, @PathVariable UUID clientId, @PathVariable UUID id, RedirectAttributes redirect) {
		this.contacts.archive(user, clientId, id);
		Contact contact = this.contacts.get(user, clientId, id);
		redirect.addFlashAttribute("flash",
				contact.getName() + " is archived and left the org chart; restore them from the archived contacts.");
		return "redirect:/clients/" + clientId + "#contacts";
	}

	@PostMapping("/clients/{clientId}/contacts/{id}/restore")
	String restore(CurrentUser user, @PathVariable UUID clientId, @PathVariable UUID id, RedirectAttributes redirect) {
		Contact contact = this.contacts.restore(user, clientId, id);
		redirect.addFlashAttribute("flash", contact.getName() + " is back in the org chart.");
		return "redirect:/clients/" + clientId + "#contact-" + id;
	}

	private String form(CurrentUser user, Client client, Contact contact, ContactRequest form,
			Map<String, String> errors, Model model) {
		List<ClientQueries.ContactRow> everyone = this.queries.orgChart(user.workspaceId(), client.getId());
		OrgChart chart = OrgChart.of(everyone);
		// A contact cannot report to themselves or to anyone below them.
		Set<UUID> excluded = new HashSet<>();
		if (contact != null) {
			excluded.add(contact.getId());
			OrgChart.Node node = chart.find(contact.getId());
			if (node != null) {
				excluded.addAll(node.descendantIds());
			}
		}
		model.addAttribute("client", client);
		model.addAttribute("contact", contact);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		UUID current = form.reportsToId();
		model.addAttribute("managers",
				everyone.stream()
					.filter((row) -> !excluded.contains(row.id()) && (!row.archived() || row.id().equals(current)))
					.toList());
		return "clients/contact-form";
	}

}
