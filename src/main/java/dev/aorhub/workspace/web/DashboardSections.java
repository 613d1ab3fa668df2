package dev.aorhub.workspace.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.aorhub.workspace.CurrentUser;
import dev.aorhub.workspace.DashboardSection;
import dev.aorhub.workspace.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Collects the other modules' dashboard cards in order (money first for finance). A card
 * that fails is shown as such and logged, so one module's bug never takes the home page
 * down.
 */
@Component
class DashboardSections {

	private static final Logger log = LoggerFactory.getLogger(DashboardSections.class);

	/** One card ready to render; {@code failed} when its data could not be loaded. */
	record Rendered(String title, String template, String fragment, boolean money, Map<String, Object> model,
			boolean failed) {
	}

	private final ObjectProvider<DashboardSection> sections;

	DashboardSections(ObjectProvider<DashboardSection> sections) {
		this.sections = sections;
	}

	List<Rendered> render(CurrentUser user) {
		List<DashboardSection> ordered = new ArrayList<>(this.sections.orderedStream().toList());
		if (user.hasRole(Role.FINANCE)) {
			ordered.sort(Comparator.comparing((section) -> !section.money()));
		}
		List<Rendered> rendered = new ArrayList<>();
		for (DashboardSection section : ordered) {
			try {
				Map<String, Object> model = section.model(user);
				if (model != null) {
					rendered.add(new Rendered(section.title(), section.template(), section.fragment(), section.money(),
							model, false));
				}
			}
			catch (RuntimeException ex) {
				log.error("Dashboard section '{}' failed", section.title(), ex);
				rendered.add(new Rendered(section.title(), null, null, section.money(), Map.of(), true));
			}
		}
		return rendered;
	}

}
