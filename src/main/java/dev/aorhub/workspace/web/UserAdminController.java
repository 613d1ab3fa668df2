package dev.aorhub.workspace.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.aorhub.shared.ConflictException;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.export.ExportFormat;
import dev.aorhub.shared.web.FormErrors;
import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.Role;
import dev.aorhub.workspace.application.UserAdministration;
import dev.aorhub.workspace.domain.UserAccount;
import dev.aorhub.workspace.domain.UserProfile;

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
 * The admin's user pages: list, invite (create), edit, deactivate and reset passwords.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	/** The user form as typed; the password field is used only when creating. */
	record UserForm(String email, String name, List<Role> roles, UUID clientId, Boolean active, String password,
			Long version) {

		UserForm {
			roles = (roles != null) ? List.copyOf(roles) : List.of();
		}

		UserProfile profile() {
			Set<Role> set = this.roles.isEmpty() ? Set.of() : EnumSet.copyOf(this.roles);
			return new UserProfile(this.email, this.name, set, this.clientId);
		}

		static UserForm of(UserAccount user) {
			return new UserForm(user.getEmail(), user.getName(), List.copyOf(user.getRoles()), user.getClientId(),
					user.isActive(), "", user.getVersion());
		}

	}

	private final UserAdministration users;

	private final UserQueries queries;

	UserAdminController(UserAdministration users, UserQueries queries) {
		this.users = users;
		this.queries = queries;
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
	ResponseEntity<byte[]> export(CurrentUser admin, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Role role, @RequestParam(required = false) Boolean active) {
		return UserApiController.exportTable(this.queries, admin, q, sort, role, active)
			.toResponse(ExportFormat.parse(format), "users");
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("form", new UserForm("", "", List.of(Role.ACCOUNT), null, true, "", null));
		model.addAttribute("errors", Map.of());
		return "workspace/user-form";
	}

	@PostMapping("/new")
	String create(CurrentUser admin, @ModelAttribute("form") UserForm form, Model model, RedirectAttributes redirect) {
		try {
			UserAccount user = this.users.create(admin, form.profile(), form.password());
			redirect.addFlashAttribute("flash", user.getName() + " can now sign in as " + user.getEmail() + ".");
			return "redirect:/admin/users";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", FormErrors.of(ex));
			model.addAttribute("form", withoutPassword(form));
			return "workspace/user-form";
		}
	}

	@GetMapping("/{id}")
	String edit(CurrentUser admin, @PathVariable UUID id, Model model) {
		UserAccount user = this.users.get(admin, id);
		model.addAttribute("user", user);
		model.addAttribute("form", UserForm.of(user));
		model.addAttribute("errors", Map.of());
		return "workspace/user-form";
	}

	@PostMapping("/{id}")
	String update(CurrentUser admin, @PathVariable UUID id, @ModelAttribute("form") UserForm form, Model model,
			RedirectAttributes redirect) {
		try {
			UserAccount user = this.users.update(admin, id, form.profile(), !Boolean.FALSE.equals(form.active()),
					form.version());
			redirect.addFlashAttribute("flash", "Saved " + user.getName() + ".");
			return "redirect:/admin/users";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("user", this.users.get(admin, id));
			model.addAttribute("errors", FormErrors.of(ex));
			return "workspace/user-form";
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:/admin/users/" + id;
		}
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
			RedirectAttributes redirect) {
		try {
			UserAccount user = this.users.resetPassword(admin, id, password);
			redirect.addFlashAttribute("flash", "The password of " + user.getName() + " was reset.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("passwordError", ex.problems().get(0).message());
		}
		return "redirect:/admin/users/" + id;
	}

	private static UserForm withoutPassword(UserForm form) {
		return new UserForm(form.email(), form.name(), form.roles(), form.clientId(), form.active(), "",
				form.version());
	}

}
