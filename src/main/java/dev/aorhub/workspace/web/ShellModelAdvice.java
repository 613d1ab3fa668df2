package dev.aorhub.workspace.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.aorhub.shared.time.WorkspaceClock;
import dev.aorhub.shared.web.NavigationEntry;
import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.Role;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's shell needs: the signed-in user, the workspace's time zone and the
 * navigation entries the user's roles may see, grouped by section.
 */
@ControllerAdvice(annotations = Controller.class)
class ShellModelAdvice {

	private final List<NavigationEntry> navigation;

	private final WorkspaceClock clock;

	ShellModelAdvice(List<NavigationEntry> navigation, WorkspaceClock clock) {
		this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
		this.clock = clock;
	}

	@ModelAttribute
	void shell(Model model, HttpServletRequest request) {
		// @RestController is a @Controller too, but the API renders no page shell: its
		// requests should not pay for one.
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return;
		}
		model.addAttribute("currentPath", request.getRequestURI());
		CurrentUser user = CurrentUser.current().orElse(null);
		if (user == null) {
			return;
		}
		model.addAttribute("me", user);
		model.addAttribute("zone", this.clock.zone(user.workspaceId()));
		Set<String> roles = user.roles().stream().map(Role::name).collect(Collectors.toSet());
		Map<String, List<NavigationEntry>> sections = new LinkedHashMap<>();
		this.navigation.stream()
			.filter((entry) -> entry.visibleTo(roles))
			.forEach((entry) -> sections.computeIfAbsent(entry.section(), (key) -> new java.util.ArrayList<>())
				.add(entry));
		model.addAttribute("navigation", sections);
	}

}
