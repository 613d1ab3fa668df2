package dev.aorhub.workspace.web;

import java.util.Map;

import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.web.FormErrors;
import dev.aorhub.workspace.application.SignupService;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sign-in and sign-up pages.
 */
@Controller
class SignInPagesController {

	/** The sign-up form as typed; the password is never echoed back. */
	record SignupForm(String workspaceName, String name, String email, String password, String baseCurrency,
			String timeZone) {
	}

	private final SignupService signups;

	SignInPagesController(SignupService signups) {
		this.signups = signups;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, HttpSession session, Model model) {
		if (error != null) {
			model.addAttribute("loginError", switch (error) {
				case "locked" -> {
					Object message = session.getAttribute("loginLockMessage");
					yield (message != null) ? message.toString() : "Too many failed sign-ins; try again later.";
				}
				case "disabled" -> "This account is deactivated. Ask an admin of your workspace.";
				default -> "E-mail or password is wrong.";
			});
		}
		model.addAttribute("signupEnabled", this.signups.isEnabled());
		return "workspace/login";
	}

	@GetMapping("/signup")
	String signupForm(Model model) {
		model.addAttribute("form", new SignupForm("", "", "", "", "USD", "America/New_York"));
		model.addAttribute("errors", Map.of());
		model.addAttribute("signupEnabled", this.signups.isEnabled());
		return "workspace/signup";
	}

	@PostMapping("/signup")
	String signup(@ModelAttribute("form") SignupForm form, Model model, RedirectAttributes redirect) {
		model.addAttribute("signupEnabled", this.signups.isEnabled());
		if (!this.signups.isEnabled()) {
			model.addAttribute("errors", Map.of());
			return "workspace/signup";
		}
		try {
			this.signups.signUp(new SignupService.Signup(form.workspaceName(), form.email(), form.name(),
					form.password(), form.baseCurrency(), form.timeZone()));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", FormErrors.of(ex));
			model.addAttribute("form", new SignupForm(form.workspaceName(), form.name(), form.email(), "",
					form.baseCurrency(), form.timeZone()));
			return "workspace/signup";
		}
		redirect.addFlashAttribute("flash", "Your workspace " + form.workspaceName().strip() + " is ready. Sign in.");
		redirect.addAttribute("email", form.email().strip());
		return "redirect:/login";
	}

}
