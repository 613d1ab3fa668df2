package dev.aorhub.planning.web;

import java.util.Set;

import dev.aorhub.shared.web.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The planning module's entries in the main navigation: a section of its own, "Strategy",
 * between the relationships and the delivery of the work.
 */
@Configuration(proxyBeanMethods = false)
class PlanningNavigation {

	static final String SECTION = "Strategy";

	@Bean
	NavigationEntry strategicPlansNavigation() {
		return new NavigationEntry(SECTION, "Strategic plans", "/plans", "bi-compass", 250, Set.of());
	}

}
