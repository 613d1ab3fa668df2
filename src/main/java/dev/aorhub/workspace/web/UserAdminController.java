package dev.aorhub.workspace.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.web.FormErrors;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.Role;
import dev.aorhub.workspace.application.UserAdministration;
import dev.aorhub.workspace.application.UserRequest;
import jakarta.validation.Valid;
import dev.aorhub.workspace.domain.UserAccount;
import dev.aorhub.workspace.domain.UserProfile;
import dev.aorhub.workspace.security.SignIns;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
 * The admin's user pages: list, invite (create), edit, deactivate and reset passwords.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final UserAdministration users;

	private final UserQueries queries;

	private final SignIns signIns;

	UserAdminController(UserAdministration users, UserQueries queries, SignIns signIns) {
		this.users = users;
		this.queries = queries;
		this.signIns = signIns;
	}

	@ModelAttribute("allRoles")
	List<Role> allRoles() {
		return Arrays.asList(Role.values());
	}

	@GetMapping
	String list(CurrentUser admin, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Role role, @RequestParam(required = false) Boolean active, Model model) {
		PageQuery query = PageQuery.of(page, 25, q, sort, UserQueries.SORTING);
		model.addAttribute("query", query);
		model.addAttribute("role", role);
		model.addAttribute("active", active);
		model.addAttribute("users",
				this.queries.page(admin.workspaceId(), new UserQueries.UserFilter(role, active), query));
		return "workspace/users";
	}

	@GetMapping("/export")
	@RateLimited(LimitedOperation.EXPORT)
	ResponseEntity<byte[]> export(CurrentUser admin, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Role role, @RequestParam(required = false) Boolean active) {
		return UserApiController.exportTable(this.queries, admin, q, sort, role, active)
			.toResponse(ExportFormat.parse(format), "users");
	}

	@GetMapping("/new")
	String newUser(CurrentUser admin, Model model) {
		model.addAttribute("form", new UserRequest("", "", "", List.of(Role.ACCOUNT), null, true, null));
		model.addAttribute("errors", Map.of());
		model.addAttribute("clientChoices", this.users.clientChoices(admin, null));
		return "workspace/user-form";
	}

	@PostMapping("/new")
	String create(CurrentUser admin, @Valid @ModelAttribute("form") UserRequest form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		Map<String, String> errors = FormErrors.of(binding);
		if (errors.isEmpty()) {
			try {
				UserAccount user = this.users.create(admin, form.profile(), form.password());
				redirect.addFlashAttribute("flash", user.getName() + " can now sign in as " + user.getEmail() + ".");
				return "redirect:/admin/users";
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex);
			}
		}
		model.addAttribute("errors", errors);
		model.addAttribute("form", form.withoutPassword());
		model.addAttribute("clientChoices", this.users.clientChoices(admin, null));
		return "workspace/user-form";
	}

	@GetMapping("/{id}")
	String edit(CurrentUser admin, @PathVariable UUID id, Model model) {
		UserAccount user = this.users.get(admin, id);
		model.addAttribute("user", user);
		model.addAttribute("form", new UserRequest(user.getEmail(), user.getName(), "", List.copyOf(user.getRoles()),
				user.getClientId(), user.isActive(), user.getVersion()));
		model.addAttribute("errors", Map.of());
		model.addAttribute("clientChoices", this.users.clientChoices(admin, user.getClientId()));
		return "workspace/user-form";
	}

	@PostMapping("/{id}")
	String update(CurrentUser admin, @PathVariable UUID id, @Valid @ModelAttribute("form") UserRequest form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = FormErrors.of(binding);
		if (errors.isEmpty()) {
			try {
				UserAccount user = this.users.update(admin, id, form.profile(), form.mayBeActive(), form.version());
				redirect.addFlashAttribute("flash", "Saved " + user.getName() + ".");
				return "redirect:/admin/users";
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex);
			}
			catch (ConflictException ex) {
				redirect.addFlashAttribute("flashError", ex.getMessage());
				return "redirect:/admin/users/" + id;
			}
		}
		UserAccount user = this.users.get(admin, id);
		model.addAttribute("user", user);
		model.addAttribute("errors", errors);
		model.addAttribute("clientChoices", this.users.clientChoices(admin, user.getClientId()));
		return "workspace/user-form";
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(CurrentUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			UserAccount user = this.users.deactivate(admin, id);
			redirect.addFlashAttribute("flash", user.getName() + " is deactivated and can no longer sign in.");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/activate")
	String activate(CurrentUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
		UserAccount user = this.users.activate(admin, id);
		redirect.addFlashAttribute("flash", user.getName() + " can sign in again.");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/password")
	String resetPassword(CurrentUser admin, @PathVariable UUID id, @RequestParam String password,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		try {
			UserAccount user = this.users.resetPassword(admin, id, password);
			if (id.equals(admin.userId())) {
				this.signIns.keepThisSession(request, response);
			}
			redirect.addFlashAttribute("flash",
					"The password of " + user.getName() + " was reset; their sessions and API tokens are signed out.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("passwordError", ex.problems().get(0).message());
		}
		return "redirect:/admin/users/" + id;
	}

}
