package dev.aorhub.portal.web;

import dev.aorhub.workspace.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where a client (portal) user lands after signing in. The portal's pages grow here as
 * the modules they show land; every one of them is scoped to the user's own client.
 */
@Controller
class PortalHomeController {

	@GetMapping("/portal")
	String home(CurrentUser user, Model model) {
		model.addAttribute("clientId", user.clientId());
		return "portal/home";
	}

}
