package dev.aorhub.workspace.web;

import java.util.UUID;

import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.security.ApiTokens;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user's own API tokens: create, name, see when each was last used, revoke.
 */
@Controller
class AccountPagesController {

	private final ApiTokens tokens;

	AccountPagesController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/account/tokens")
	String tokens(CurrentUser user, Model model) {
		model.addAttribute("tokens", this.tokens.list(user));
		model.addAttribute("now", java.time.Instant.now());
		return "workspace/tokens";
	}

	@PostMapping("/account/tokens")
	String create(CurrentUser user, @RequestParam(required = false) String name, RedirectAttributes redirect) {
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
