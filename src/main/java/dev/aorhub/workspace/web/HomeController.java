package dev.aorhub.workspace.web;

import dev.aorhub.shared.web.PageQuery;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.audit.AuditQueries;
import dev.aorhub.workspace.audit.AuditQueries.AuditFilter;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home dashboard: what each role needs today. The modules contribute their cards
 * (renewals due, AOR value, contracts ending, over-allocated people) as
 * {@link dev.aorhub.workspace.DashboardSection} beans; the workspace adds what changed
 * lately and, for an admin, the first steps still to take.
 */
@Controller
class HomeController {

	/** How many audit entries the dashboard lists. */
	static final int ACTIVITY = 10;

	private final DashboardSections sections;

	private final GettingStarted gettingStarted;

	private final AuditQueries audit;

	HomeController(DashboardSections sections, GettingStarted gettingStarted, AuditQueries audit) {
		this.sections = sections;
		this.gettingStarted = gettingStarted;
		this.audit = audit;
	}

	@GetMapping("/")
	String home(CurrentUser user, Model model) {
		model.addAttribute("sections", this.sections.render(user));
		if (user.isAdmin()) {
			GettingStarted.Steps steps = this.gettingStarted.of(user.workspaceId());
			model.addAttribute("steps", steps.allDone() ? null : steps);
		}
		model.addAttribute("activity", this.audit.page(user, new AuditFilter(null, null, null, null, null, null),
				PageQuery.of(0, ACTIVITY, null, null, AuditQueries.SORTING)));
		return "workspace/home";
	}

}
