package dev.aorhub.delivery.web;

import java.util.Set;

import dev.aorhub.shared.web.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Time tracking's entry in the main navigation, in the delivery section: one "Time" whose
 * pages (timesheet, entries, approvals) are tabs, so the menu marks it on each.
 */
@Configuration(proxyBeanMethods = false)
class TimeNavigation {

	static final String SECTION = "Delivery";

	@Bean
	NavigationEntry timesheetNavigation() {
		return new NavigationEntry(SECTION, "Time", "/time", "bi-stopwatch", 340, Set.of());
	}

}
