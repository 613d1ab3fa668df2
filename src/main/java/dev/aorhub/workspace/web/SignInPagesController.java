package dev.aorhub.workspace.web;

import java.util.Map;

import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.TooManyAttemptsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import dev.aorhub.shared.web.FormErrors;
import dev.aorhub.workspace.application.SignupService;
import dev.aorhub.workspace.application.SignupService.Signup;
import dev.aorhub.workspace.demo.DemoWorkspace;
import jakarta.validation.Valid;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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

	private final SignupService signups;

	private final DemoWorkspace demo;

	SignInPagesController(SignupService signups, DemoWorkspace demo) {
		this.signups = signups;
		this.demo = demo;
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
				case "password-changed" -> "Your password was changed, which signed you out. Sign in again.";
				default -> "E-mail or password is wrong.";
			});
		}
		model.addAttribute("signupEnabled", this.signups.isEnabled());
		// The app answers before the demo data is in; someone who tries the demo login
		// then should know to wait, not think the password is wrong.
		model.addAttribute("demoBeingMade", this.demo.isBeingMade());
		return "workspace/login";
	}

	@GetMapping("/signup")
	String signupForm(Model model) {
		model.addAttribute("form", new Signup("", "", "", "", "USD", "America/New_York"));
		model.addAttribute("errors", Map.of());
		model.addAttribute("signupEnabled", this.signups.isEnabled());
		return "workspace/signup";
	}

	@PostMapping("/signup")
	@RateLimited(LimitedOperation.SIGNUP)
	String signup(@Valid @ModelAttribute("form") Signup form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("signupEnabled", this.signups.isEnabled());
		if (!this.signups.isEnabled()) {
			model.addAttribute("errors", Map.of());
			return "workspace/signup";
		}
		Map<String, String> errors = FormErrors.of(binding);
		if (errors.isEmpty()) {
			try {
				this.signups.signUp(form, request.getRemoteAddr());
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex);
			}
			catch (TooManyAttemptsException ex) {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				ex.retryAfterSeconds()
					.ifPresent((seconds) -> response.setHeader(HttpHeaders.RETRY_AFTER, seconds.toString()));
				errors = Map.of("email", ex.getMessage());
			}
		}
		if (!errors.isEmpty()) {
			// The password is never echoed back.
			model.addAttribute("errors", errors);
			model.addAttribute("form", new Signup(form.workspaceName(), form.email(), form.name(), "",
					form.baseCurrency(), form.timeZone()));
			return "workspace/signup";
		}
		redirect.addFlashAttribute("flash", "Your workspace " + form.workspaceName().strip() + " is ready. Sign in.");
		redirect.addAttribute("email", form.email().strip());
		return "redirect:/login";
	}

}
