package dev.aorhub.relationships.web;

import java.util.Map;
import java.util.UUID;

import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.relationships.application.ServiceCategoryRequest;
import dev.aorhub.relationships.application.ServiceCategoryService;
import dev.aorhub.relationships.domain.ServiceCategory;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.web.FormBinding;
import dev.aorhub.shared.web.FormErrors;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.workspace.CurrentUser;

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
 * The admin's service categories page: add, rename, archive and restore.
 */
@Controller
@RequestMapping("/admin/service-categories")
class ServiceCategoryAdminController {

	private final ServiceCategoryService categories;

	private final ServiceCategoryQueries queries;

	ServiceCategoryAdminController(ServiceCategoryService categories, ServiceCategoryQueries queries) {
		this.categories = categories;
		this.queries = queries;
	}

	@GetMapping
	String list(CurrentUser admin, @RequestParam(required = false) String sort, Model model) {
		return page(admin, sort, "", Map.of(), null, model);
	}

	@GetMapping("/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> export(CurrentUser admin, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String sort) {
		return ServiceCategoryApiController.exportTable(this.queries, admin, null, sort, null)
			.toResponse(ExportFormat.parse(format), "service-categories");
	}

	@PostMapping
	String create(CurrentUser admin, @ModelAttribute("form") ServiceCategoryRequest request, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		ServiceCategoryRequest form = readable(request, binding);
		String name = (form.name() != null) ? form.name() : "";
		try {
			ServiceCategory category = this.categories.create(admin, form, FormBinding.unreadable(binding));
			redirect.addFlashAttribute("flash", "Added " + category.getName() + ".");
			return "redirect:/admin/service-categories";
		}
		catch (InvalidInputException ex) {
			return page(admin, null, name, FormErrors.of(ex), null, model);
		}
	}

	@PostMapping("/{id}")
	String rename(CurrentUser admin, @PathVariable UUID id, @ModelAttribute("form") ServiceCategoryRequest request,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		ServiceCategoryRequest form = readable(request, binding);
		String name = (form.name() != null) ? form.name() : "";
		try {
			ServiceCategory category = this.categories.rename(admin, id, form, FormBinding.unreadable(binding));
			redirect.addFlashAttribute("flash", "Saved " + category.getName() + ".");
			return "redirect:/admin/service-categories";
		}
		catch (InvalidInputException ex) {
			return page(admin, null, "", Map.of(), new RenameError(id, name, ex.problems().get(0).message()), model);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:/admin/service-categories";
		}
	}

	@PostMapping("/{id}/archive")
	String archive(CurrentUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
		ServiceCategory category = this.categories.archive(admin, id);
		redirect.addFlashAttribute("flash",
				"Archived " + category.getName() + ". Designations keep it; new ones cannot use it.");
		return "redirect:/admin/service-categories";
	}

	@PostMapping("/{id}/restore")
	String restore(CurrentUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
		ServiceCategory category = this.categories.restore(admin, id);
		redirect.addFlashAttribute("flash", "Restored " + category.getName() + ".");
		return "redirect:/admin/service-categories";
	}

	/**
	 * The name that was read when the version could not be (binding then makes no
	 * record).
	 */
	private static ServiceCategoryRequest readable(ServiceCategoryRequest form, BindingResult result) {
		return (form != null) ? form : new ServiceCategoryRequest(FormBinding.read(result, "name", String.class),
				FormBinding.read(result, "version", Long.class));
	}

	/** A rename that was refused, shown in its row. */
	record RenameError(UUID id, String name, String message) {
	}

	private String page(CurrentUser admin, String sort, String newName, Map<String, String> errors,
			RenameError renameError, Model model) {
		PageQuery query = PageQuery.of(0, PageQuery.MAX_SIZE, null, sort, ServiceCategoryQueries.SORTING);
		model.addAttribute("query", query);
		model.addAttribute("categories", this.queries.page(admin.workspaceId(), null, query));
		model.addAttribute("newName", newName);
		model.addAttribute("errors", errors);
		model.addAttribute("renameError", renameError);
		return "relationships/service-categories";
	}

}
