package dev.aorhub.workspace.web;

import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.audit.AuditQueries;
import dev.aorhub.workspace.audit.AuditQueries.AuditFilter;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home dashboard: the team and what changed lately. Modules add their own cards as
 * they land.
 */
@Controller
class HomeController {

	private final UserQueries users;

	private final AuditQueries audit;

	HomeController(UserQueries users, AuditQueries audit) {
		this.users = users;
		this.audit = audit;
	}

	@GetMapping("/")
	String home(CurrentUser user, Model model) {
		model.addAttribute("team", this.users.roleCounts(user.workspaceId()));
		model.addAttribute("activity",
				this.audit.page(user.workspaceId(), new AuditFilter(null, null, null, null, null, null),
						PageQuery.of(0, 8, null, null, AuditQueries.SORTING)));
		return "workspace/home";
	}

}
