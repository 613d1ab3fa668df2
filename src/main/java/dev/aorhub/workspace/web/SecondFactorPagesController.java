package dev.aorhub.workspace.web;

import java.util.List;
import java.util.Map;

import dev.aorhub.shared.InvalidInputException;
import dev.aorhub.shared.TooManyAttemptsException;
import dev.aorhub.shared.web.FormErrors;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.Role;
import dev.aorhub.workspace.security.SecondFactorSession;
import dev.aorhub.workspace.security.SecondFactors;
import dev.aorhub.workspace.security.SecondFactors.Requirement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second factor's pages: the code asked after the password, and the account page that
 * sets up an authenticator app, its recovery codes and passkeys.
 */
@Controller
class SecondFactorPagesController {

	private final SecondFactors secondFactors;

	SecondFactorPagesController(SecondFactors secondFactors) {
		this.secondFactors = secondFactors;
	}

	@GetMapping("/login/code")
	String codePage(CurrentUser user, HttpServletRequest request, Model model) {
		if (SecondFactorSession.hasPassed(request)) {
			return "redirect:" + landing(user);
		}
		model.addAttribute("errors", Map.of());
		model.addAttribute("hasTotp", this.secondFactors.hasTotp(user));
		return "workspace/second-factor-code";
	}

	@PostMapping("/login/code")
	String checkCode(CurrentUser user, @RequestParam(required = false) String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		try {
			String method = this.secondFactors.check(user, code, request.getRemoteAddr());
			SecondFactorSession.passed(request);
			if ("RECOVERY_CODE".equals(method)) {
				return "redirect:/account/second-factor?recovery-code-used";
			}
			return "redirect:" + landing(user);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", FormErrors.of(ex));
		}
		catch (TooManyAttemptsException ex) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("errors", Map.of("code", ex.getMessage()));
		}
		model.addAttribute("hasTotp", this.secondFactors.hasTotp(user));
		return "workspace/second-factor-code";
	}

	@GetMapping("/account/second-factor")
	String overview(CurrentUser user, HttpServletRequest request, Model model) {
		model.addAttribute("hasTotp", this.secondFactors.hasTotp(user));
		model.addAttribute("pendingTotp", this.secondFactors.pendingTotpEnrolment(user).orElse(null));
		model.addAttribute("recoveryCodesLeft", this.secondFactors.recoveryCodesLeft(user));
		model.addAttribute("passkeys", this.secondFactors.passkeys(user));
		model.addAttribute("required",
				SecondFactorSession.state(request)
					.filter((state) -> state == SecondFactorSession.State.ENROLMENT_NEEDED)
					.isPresent());
		model.addAttribute("rule", this.secondFactors.rule(user.workspaceId()));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "workspace/second-factor";
	}

	@PostMapping("/account/second-factor/totp")
	String startTotp(CurrentUser user, RedirectAttributes redirect) {
		try {
			this.secondFactors.startTotpEnrolment(user);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("flashError", "An authenticator app is already set up.");
		}
		return "redirect:/account/second-factor";
	}

	@PostMapping("/account/second-factor/totp/confirm")
	String confirmTotp(CurrentUser user, @RequestParam(required = false) String code, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			List<String> codes = this.secondFactors.confirmTotp(user, code, request.getRemoteAddr());
			SecondFactorSession.passed(request);
			redirect.addFlashAttribute("recoveryCodes", codes);
			redirect.addFlashAttribute("flash", "Your authenticator app is set up. Keep your recovery codes safe.");
			return "redirect:/account/second-factor";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", FormErrors.of(ex));
		}
		catch (TooManyAttemptsException ex) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("errors", Map.of("code", ex.getMessage()));
		}
		return overview(user, request, model);
	}

	@PostMapping("/account/second-factor/totp/remove")
	String removeTotp(CurrentUser user, @RequestParam(required = false) String confirmation, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			this.secondFactors.removeTotp(user, confirmation, request.getRemoteAddr());
			redirect.addFlashAttribute("flash", "Your authenticator app and recovery codes are removed.");
			return "redirect:/account/second-factor";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", FormErrors.of(ex));
		}
		catch (TooManyAttemptsException ex) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("errors", Map.of("confirmation", ex.getMessage()));
		}
		return overview(user, request, model);
	}

	@PostMapping("/account/second-factor/recovery-codes")
	String regenerateRecoveryCodes(CurrentUser user, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("recoveryCodes", this.secondFactors.regenerateRecoveryCodes(user));
			redirect.addFlashAttribute("flash", "New recovery codes are made; the old ones no longer work.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("flashError", "Set up an authenticator app first.");
		}
		return "redirect:/account/second-factor";
	}

	@PostMapping("/account/second-factor/passkeys/{credentialId}/remove")
	String removePasskey(CurrentUser user, @PathVariable String credentialId, RedirectAttributes redirect) {
		this.secondFactors.removePasskey(user, credentialId);
		redirect.addFlashAttribute("flash", "The passkey is removed; it no longer signs you in.");
		return "redirect:/account/second-factor";
	}

	/**
	 * Whether a token may be made in this session: see {@link AccountPagesController}.
	 */
	static boolean mayActWithoutSecondFactor(SecondFactors secondFactors, CurrentUser user,
			HttpServletRequest request) {
		return SecondFactorSession.hasPassed(request) || secondFactors.requirementFor(user) == Requirement.NONE;
	}

	private static String landing(CurrentUser user) {
		return user.roles().contains(Role.CLIENT) ? "/portal" : "/";
	}

}
