package dev.aorhub.workspace.web;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import dev.aorhub.shared.web.LimitedOperation;
import dev.aorhub.shared.web.RateLimited;
import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.TooManyAttemptsException;
import dev.aorhub.shared.web.FormErrors;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.application.OwnAccount;
import dev.aorhub.workspace.security.ApiTokens;
import dev.aorhub.workspace.security.SecondFactorSession;
import dev.aorhub.workspace.security.SecondFactors;
import dev.aorhub.workspace.security.SignIns;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user's own account: name, password, and API tokens (create, name, see when each was
 * last used, revoke).
 */
@Controller
class AccountPagesController {

	private final ApiTokens tokens;

	private final OwnAccount ownAccount;

	private final Clock clock;

	private final SignIns signIns;

	private final SecondFactors secondFactors;

	AccountPagesController(ApiTokens tokens, OwnAccount ownAccount, Clock clock, SignIns signIns,
			SecondFactors secondFactors) {
		this.secondFactors = secondFactors;
		this.tokens = tokens;
		this.ownAccount = ownAccount;
		this.clock = clock;
		this.signIns = signIns;
	}

	@GetMapping("/account/profile")
	String profile(CurrentUser user, Model model) {
		model.addAttribute("name", user.name());
		model.addAttribute("secondFactorEnrolled", this.secondFactors.isEnrolled(user));
		model.addAttribute("errors", Map.of());
		return "workspace/profile";
	}

	@PostMapping("/account/profile")
	String rename(CurrentUser user, @RequestParam(required = false) String name, Model model,
			RedirectAttributes redirect) {
		try {
			this.ownAccount.rename(user, name);
			redirect.addFlashAttribute("flash", "Your name is saved.");
			return "redirect:/account/profile";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("name", name);
			model.addAttribute("secondFactorEnrolled", this.secondFactors.isEnrolled(user));
			model.addAttribute("errors", FormErrors.of(ex));
			return "workspace/profile";
		}
	}

	@PostMapping("/account/password")
	String changePassword(CurrentUser user, @RequestParam(required = false) String currentPassword,
			@RequestParam(required = false) String newPassword, Model model, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		try {
			this.ownAccount.changePassword(user, currentPassword, newPassword);
			this.signIns.keepThisSession(request, response);
			redirect.addFlashAttribute("flash",
					"Your password is changed. Your other sessions and your API tokens are signed out.");
			return "redirect:/account/profile";
		}
		catch (InvalidInputException ex) {
			return profileWithErrors(user, model, FormErrors.of(ex));
		}
		catch (TooManyAttemptsException ex) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			ex.retryAfterSeconds()
				.ifPresent((seconds) -> response.setHeader(HttpHeaders.RETRY_AFTER, seconds.toString()));
			return profileWithErrors(user, model, Map.of("currentPassword", ex.getMessage()));
		}
	}

	private String profileWithErrors(CurrentUser user, Model model, Map<String, String> errors) {
		model.addAttribute("name", user.name());
		model.addAttribute("secondFactorEnrolled", this.secondFactors.isEnrolled(user));
		model.addAttribute("errors", errors);
		return "workspace/profile";
	}

	@GetMapping("/account/tokens")
	String tokens(CurrentUser user, Model model) {
		model.addAttribute("tokens", this.tokens.list(user));
		model.addAttribute("now", this.clock.instant());
		return "workspace/tokens";
	}

	@PostMapping("/account/tokens")
	@RateLimited(LimitedOperation.TOKEN)
	String create(CurrentUser user, @RequestParam(required = false) String name, RedirectAttributes redirect,
			HttpServletRequest request) {
		// A token outlives the session: only a session that passed the second factor
		// makes one for a user it applies to, however the session began.
		if (!SecondFactorPagesController.mayActWithoutSecondFactor(this.secondFactors, user, request)) {
			SecondFactorSession.judgeAgain(request);
			redirect.addFlashAttribute("flashError",
					"Confirm it is you with your second factor, then create the token.");
			return "redirect:/account/tokens";
		}
		try {
			var issued = this.tokens.issue(user, name);
			// Shown once: only its hash is kept.
			redirect.addFlashAttribute("newToken", issued);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("flashError", "Token name " + ex.problems().get(0).message() + ".");
		}
		return "redirect:/account/tokens";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		this.tokens.revoke(user, id);
		redirect.addFlashAttribute("flash", "The token was revoked; requests that use it are refused from now on.");
		return "redirect:/account/tokens";
	}

}
